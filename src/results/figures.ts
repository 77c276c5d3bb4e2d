/**
 * The few figures the page shows that are not rules of the engine, each with its source and the
 * date it describes, so no number is written into a sentence. Re-check them with the engine's
 * parameters before a release (research-notes.md (b), H6, I8).
 */
export const FIGURES = {
  /** in-Canada H&C processing, IRCC's CIMM briefing of 2024-11-25 (research notes G10) */
  processingMonths: { quebec: 49, elsewhere: 20, on: '2024-11-19' },
  /** children under this age give no biometrics (IRPR s. 12.1(a)) */
  biometricsMinimumAge: 14,
  /** Quebec's PEQ closed to new applications (research notes I8, S7: verify on quebec.ca) */
  peqClosed: '2025-11-19',
} as const;
