/**
 * The rules changelog, kept as data: one entry per rules version (`RULES_VERSION`, which changes
 * whenever a rule, a citation, a date or a figure changes), oldest first. Each entry says from which
 * version it counts (`since`: the entry before it, or for the first entry the version the files
 * saved before it carry), the day it was published, and its changes: the rules and the dated
 * parameters each concerns, the answers it added, and its sentence in each language (consultant
 * words, `consultant.changelog.*`). A reopened file's "then and now" names the changes since the
 * version it was saved under. Loaded with consultant mode only (decision 0015).
 */
import type { ConsultantKey } from '../i18n/consultant-en';
import { RULES_VERSION, type FieldId, type IsoDate } from '../rules';

export interface RulesChange {
  /** ids of the rules it concerns: rules of the table, or ids in `RETIRED_RULE_IDS` */
  rules: readonly string[];
  /** ids of the dated parameters it concerns (`ALL_PARAMETERS`) */
  parameters: readonly string[];
  /** answers it added to the case file */
  fields: readonly FieldId[];
  /** what changed and why, in both languages' consultant words */
  words: Extract<ConsultantKey, `consultant.changelog.${string}`>;
}

export interface ChangelogEntry {
  version: string;
  /** the version it counts from */
  since: string;
  /** the day the version was published */
  date: IsoDate;
  changes: readonly RulesChange[];
}

/** Rule ids no longer in the table; ids are never reused, so an old file may still name them. */
export const RETIRED_RULE_IDS: readonly string[] = [];

/** Rules the Act dates (`inForce` in the table) when version 2026-05-31.13cb1c96 applied the dates. */
const DATED_RULES = [
  'exclude.non-exemptible-inadmissibility',
  'warn.possible-non-exemptible-inadmissibility',
  'bar.pending-hc',
  'bar.pending-refugee-claim',
  'bar.pending-prra',
  'bar.twelve-month',
  'lift.twelve-month',
  'bar.designated-foreign-national',
  'warn.refugee-claim-one-year',
  'warn.risk-not-weighed',
  'warn.family-member-pending-claim',
];

export const RULES_CHANGELOG: readonly ChangelogEntry[] = [
  {
    version: '2026-05-31.13cb1c96',
    since: '2026-05-31.1',
    date: '2026-11-30',
    changes: [
      {
        rules: ['exclude.non-exemptible-inadmissibility', 'warn.possible-non-exemptible-inadmissibility'],
        parameters: [],
        fields: ['inadmissibilityFound'],
        words: 'consultant.changelog.decided-ground',
      },
      {
        rules: ['suggest.temporary-resident-permit'],
        parameters: [],
        fields: [],
        words: 'consultant.changelog.cessation',
      },
      { rules: DATED_RULES, parameters: ['date.irpa-in-force'], fields: [], words: 'consultant.changelog.in-force' },
      { rules: [], parameters: ['fees.in-canada-hc'], fields: [], words: 'consultant.changelog.fees-unknown' },
      {
        rules: [],
        parameters: ['age.biometrics-youngest', 'age.biometrics-oldest'],
        fields: ['biometricsExempt'],
        words: 'consultant.changelog.biometrics-exempt',
      },
      {
        rules: ['warn.family-member-pending-claim'],
        parameters: [],
        fields: ['familyMemberPendingClaim'],
        words: 'consultant.changelog.family-member-claim',
      },
      {
        rules: ['warn.declare-family-members', 'inform.sponsor-appeal', 'inform.prra'],
        parameters: ['period.sponsor-appeal', 'period.prra-application'],
        fields: [],
        words: 'consultant.changelog.new-listed-rules',
      },
      {
        rules: [
          'suggest.family-sponsorship',
          'suggest.economic-program',
          'suggest.caregiver-program',
          'suggest.temporary-resident-permit',
        ],
        parameters: ['period.trp-wait'],
        fields: [],
        words: 'consultant.changelog.routes-closed',
      },
      {
        rules: ['bar.pending-refugee-claim'],
        parameters: [],
        fields: [],
        words: 'consultant.changelog.pending-amendment',
      },
      {
        rules: ['bar.designated-foreign-national', 'warn.withdrawal-consequences', 'inform.quebec-selection'],
        parameters: [],
        fields: [],
        words: 'consultant.changelog.citations',
      },
      {
        rules: ['inform.quebec-selection', 'suggest.economic-program'],
        parameters: ['fact.processing-months-quebec', 'fact.processing-months-elsewhere', 'fact.peq-reopened'],
        fields: [],
        words: 'consultant.changelog.facts',
      },
      {
        rules: ['bar.twelve-month'],
        parameters: [
          'period.permit-holder-health',
          'period.permit-holder',
          'period.exclusion-order',
          'period.exclusion-order-misrepresentation',
          'period.common-law',
          'age.dependent-child',
        ],
        fields: [],
        words: 'consultant.changelog.legal-review',
      },
    ],
  },
];

/**
 * The changes since `version`, the rules version a file was saved under: none under the current
 * rules; the entries after its own (or all, when it is the version the first entry counts from);
 * all of them when the changelog does not know it (`known` false).
 */
export function changesSince(
  version: string,
  changelog: readonly ChangelogEntry[] = RULES_CHANGELOG,
  current: string = RULES_VERSION,
): { entries: readonly ChangelogEntry[]; known: boolean } {
  if (version === current) return { entries: [], known: true };
  const own = changelog.findIndex((entry) => entry.version === version);
  if (own >= 0) return { entries: changelog.slice(own + 1), known: true };
  return { entries: changelog, known: changelog[0]?.since === version };
}
