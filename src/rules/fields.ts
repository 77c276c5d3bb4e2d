/**
 * The answers of a case file (spec/case-file.md §1): every field, its allowed values as a zod/mini
 * schema, and the condition under which it is required. The wizard derives its step schemas from
 * `fieldSchemas`; the case-file check and `assess` read the conditions from `fieldApplies`.
 */
import * as z from 'zod/mini';
import { isIsoDate } from './dates';
import { PARAMETERS, only } from './parameters';
import { familyIncluded, hasNonExemptibleGround, isDfn, isForeignNational, isInCanada } from './predicates';

/** The versions of the case file the engine reads; it writes the newest. */
export const CASE_FILE_VERSIONS = [1, 2] as const;
export type CaseFileVersion = (typeof CASE_FILE_VERSIONS)[number];

export const STATUSES = ['citizen', 'permanent-resident', 'protected-person', 'foreign-national'] as const;
export const LOCATIONS = ['in-canada', 'outside-canada'] as const;
export const DESTINATIONS = [
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'NT',
  'NU',
  'ON',
  'PE',
  'QC',
  'SK',
  'YT',
  'undecided',
] as const;
export const REMOVALS = ['none', 'order-in-canada', 'removed'] as const;
export const REMOVAL_ORDER_TYPES = ['departure', 'exclusion', 'deportation', 'unknown'] as const;
/** The grounds of version 1; version 2 adds `cessation` (IRPA s. 40.1). */
export const INADMISSIBILITY_GROUNDS_V1 = [
  'security',
  'human-rights',
  'sanctions',
  'organized-crime',
  'criminality',
  'health',
  'financial',
  'misrepresentation',
  'non-compliance',
  'family-member',
] as const;
export const INADMISSIBILITY_GROUNDS = [...INADMISSIBILITY_GROUNDS_V1, 'cessation'] as const;
export const YES_NO_UNSURE = ['yes', 'no', 'unsure'] as const;
export const YES_NO = ['yes', 'no'] as const;
export const REFUGEE_CLAIMS = ['none', 'pending', 'rejected', 'abandoned', 'withdrawn', 'ineligible'] as const;
export const HARDSHIPS = [
  'safety',
  'health-care',
  'family-separation',
  'family-violence',
  'country-conditions',
  'discrimination',
  'establishment',
  'costs-of-return',
  'other',
] as const;
export const SEVERITIES = ['severe', 'serious', 'moderate', 'minor'] as const;
export const HOME_COUNTRY_HELP = [
  'sought-with-proof',
  'sought-no-proof',
  'not-sought-with-reason',
  'not-sought',
] as const;
export const MAX_DEPENDENT_CHILDREN = 20;
export const MAX_YEARS_IN_CANADA = 100;
export const MAX_BIOMETRICS_EXEMPT = 22;

type Of<T extends readonly string[]> = T[number];
export type InadmissibilityGround = Of<typeof INADMISSIBILITY_GROUNDS>;

export interface Answers {
  status?: Of<typeof STATUSES>;
  location?: Of<typeof LOCATIONS>;
  destination?: Of<typeof DESTINATIONS>;
  removal?: Of<typeof REMOVALS>;
  removalOrderType?: Of<typeof REMOVAL_ORDER_TYPES>;
  inadmissibility?: (InadmissibilityGround | 'unsure')[];
  inadmissibilityFound?: boolean;
  spouseOrPartnerInCanada?: Of<typeof YES_NO_UNSURE>;
  permitHolderEligible?: Of<typeof YES_NO_UNSURE>;
  refugeeClaim?: Of<typeof REFUGEE_CLAIMS>;
  withdrawnAfterEvidence?: boolean;
  lastDecisionDate?: string;
  prraPending?: boolean;
  pendingHc?: boolean;
  designatedForeignNational?: boolean;
  designationDate?: string;
  dfnFinalDecisionDate?: string;
  familySponsor?: Of<typeof YES_NO_UNSURE>;
  fearOfReturn?: Of<typeof YES_NO>;
  entryDate?: string;
  economicProfile?: Of<typeof YES_NO_UNSURE>;
  caregiverExperience?: Of<typeof YES_NO_UNSURE>;
  spouseIncluded?: boolean;
  dependentChildren?: number;
  familyMemberPendingClaim?: Of<typeof YES_NO_UNSURE>;
  biometricsExempt?: number;
  childrenAffected?: boolean;
  childHarm?: Of<typeof YES_NO>;
  lifeRiskNoMedicalCare?: boolean;
  hardships?: Of<typeof HARDSHIPS>[];
  severity?: Of<typeof SEVERITIES>;
  homeCountryHelp?: Of<typeof HOME_COUNTRY_HELP>;
  yearsInCanada?: number;
}

export type FieldId = keyof Answers;

/** Problem codes carried by schema issues (the words live in the catalogues). */
const dateSchema = z.string().check(z.refine(isIsoDate, { error: 'invalid-date' }));
const entryDateSchema = z.string().check(
  z.refine(isIsoDate, { error: 'invalid-date', abort: true }),
  z.refine((d) => d > only(PARAMETERS.refugeeOneYearEntriesAfter), { error: 'date-too-early' }),
);

function list<T extends readonly [string, ...string[]]>(values: T) {
  return z.array(z.enum(values));
}

export const fieldSchemas = {
  status: z.enum(STATUSES),
  location: z.enum(LOCATIONS),
  destination: z.enum(DESTINATIONS),
  removal: z.enum(REMOVALS),
  removalOrderType: z.enum(REMOVAL_ORDER_TYPES),
  inadmissibility: list([...INADMISSIBILITY_GROUNDS, 'unsure'] as const),
  inadmissibilityFound: z.boolean(),
  spouseOrPartnerInCanada: z.enum(YES_NO_UNSURE),
  permitHolderEligible: z.enum(YES_NO_UNSURE),
  refugeeClaim: z.enum(REFUGEE_CLAIMS),
  withdrawnAfterEvidence: z.boolean(),
  lastDecisionDate: dateSchema,
  prraPending: z.boolean(),
  pendingHc: z.boolean(),
  designatedForeignNational: z.boolean(),
  designationDate: dateSchema,
  dfnFinalDecisionDate: dateSchema,
  familySponsor: z.enum(YES_NO_UNSURE),
  fearOfReturn: z.enum(YES_NO),
  entryDate: entryDateSchema,
  economicProfile: z.enum(YES_NO_UNSURE),
  caregiverExperience: z.enum(YES_NO_UNSURE),
  spouseIncluded: z.boolean(),
  dependentChildren: z.int().check(z.minimum(0), z.maximum(MAX_DEPENDENT_CHILDREN)),
  familyMemberPendingClaim: z.enum(YES_NO_UNSURE),
  biometricsExempt: z.int().check(z.minimum(0), z.maximum(MAX_BIOMETRICS_EXEMPT)),
  childrenAffected: z.boolean(),
  childHarm: z.enum(YES_NO),
  lifeRiskNoMedicalCare: z.boolean(),
  hardships: list(HARDSHIPS),
  severity: z.enum(SEVERITIES),
  homeCountryHelp: z.enum(HOME_COUNTRY_HELP),
  yearsInCanada: z.number().check(z.minimum(0), z.maximum(MAX_YEARS_IN_CANADA)),
} satisfies Record<FieldId, z.ZodMiniType>;

/** Field ids in the order of the spec's table, which is also the order the wizard asks them. */
export const FIELD_IDS = Object.keys(fieldSchemas) as FieldId[];
/** Answers that exist from version 2 only: unknown keys in a version-1 file, and never required there. */
export const V2_FIELDS: readonly FieldId[] = ['inadmissibilityFound', 'familyMemberPendingClaim', 'biometricsExempt'];

/** A field's schema in a file of that version (version 1 has no `cessation` ground). */
export function fieldSchemaFor(field: FieldId, version: CaseFileVersion): z.ZodMiniType {
  if (version === 1 && field === 'inadmissibility') return list([...INADMISSIBILITY_GROUNDS_V1, 'unsure'] as const);
  return fieldSchemas[field];
}

/** The number range of a numeric field, for messages. */
export const NUMBER_RANGES: Partial<Record<FieldId, { min: number; max: number }>> = {
  dependentChildren: { min: 0, max: MAX_DEPENDENT_CHILDREN },
  biometricsExempt: { min: 0, max: MAX_BIOMETRICS_EXEMPT },
  yearsInCanada: { min: 0, max: MAX_YEARS_IN_CANADA },
};

export const DATE_FIELDS: readonly FieldId[] = [
  'lastDecisionDate',
  'designationDate',
  'dfnFinalDecisionDate',
  'entryDate',
];
export const ARRAY_FIELDS: readonly FieldId[] = ['inadmissibility', 'hardships'];

export function isFieldId(key: string): key is FieldId {
  return Object.prototype.hasOwnProperty.call(fieldSchemas, key);
}

const NEGATIVE_CLAIMS = ['rejected', 'abandoned', 'withdrawn'] as const;

/**
 * Every condition includes "foreign national": for anyone else steps 1–2 decide and nothing
 * beyond `status` is read. When a field applies (the spec's "required when" column; for `entryDate`, its "asked when").
 * Reads valid values only. A field that does not apply is ignored by every rule.
 */
export const fieldApplies: Record<FieldId, (a: Answers) => boolean> = {
  status: () => true,
  location: isForeignNational,
  destination: isForeignNational,
  removal: isForeignNational,
  removalOrderType: (a) => isForeignNational(a) && a.removal !== undefined && a.removal !== 'none',
  inadmissibility: isForeignNational,
  inadmissibilityFound: (a) => isForeignNational(a) && hasNonExemptibleGround(a),
  spouseOrPartnerInCanada: isInCanada,
  permitHolderEligible: isInCanada,
  refugeeClaim: isForeignNational,
  withdrawnAfterEvidence: (a) => isForeignNational(a) && a.refugeeClaim === 'withdrawn',
  lastDecisionDate: (a) =>
    isForeignNational(a) &&
    (a.refugeeClaim === 'rejected' ||
      a.refugeeClaim === 'abandoned' ||
      (a.refugeeClaim === 'withdrawn' && a.withdrawnAfterEvidence === true)),
  prraPending: (a) => isForeignNational(a) && (a.refugeeClaim === 'ineligible' || isDfn(a)),
  pendingHc: isForeignNational,
  designatedForeignNational: isForeignNational,
  designationDate: isDfn,
  dfnFinalDecisionDate: isDfn,
  familySponsor: isForeignNational,
  fearOfReturn: isForeignNational,
  entryDate: (a) => isInCanada(a) && a.refugeeClaim === 'none' && a.fearOfReturn === 'yes',
  economicProfile: isForeignNational,
  caregiverExperience: isForeignNational,
  spouseIncluded: isForeignNational,
  dependentChildren: isForeignNational,
  familyMemberPendingClaim: (a) => isForeignNational(a) && familyIncluded(a),
  biometricsExempt: isInCanada,
  childrenAffected: isForeignNational,
  childHarm: (a) => isForeignNational(a) && a.childrenAffected === true,
  lifeRiskNoMedicalCare: isForeignNational,
  hardships: isForeignNational,
  severity: isForeignNational,
  homeCountryHelp: isForeignNational,
  yearsInCanada: isInCanada,
};

/** Fields that may be left out even when they apply. */
const OPTIONAL: ReadonlySet<FieldId> = new Set<FieldId>(['entryDate', 'biometricsExempt']);

/** `dfnFinalDecisionDate` is required only for a DFN whose claim ended negatively. */
function requiredBeyondApplies(field: FieldId, a: Answers): boolean {
  if (field === 'dfnFinalDecisionDate') {
    return (NEGATIVE_CLAIMS as readonly string[]).includes(a.refugeeClaim ?? '');
  }
  return !OPTIONAL.has(field);
}

export function fieldRequired(field: FieldId, a: Answers, version: CaseFileVersion): boolean {
  if (version === 1 && V2_FIELDS.includes(field)) return false;
  return fieldApplies[field](a) && requiredBeyondApplies(field, a);
}

/** Only the applicable values: what every rule reads. */
export function applicableAnswers(a: Answers): Answers {
  const view: Answers = {};
  for (const field of FIELD_IDS) {
    if (a[field] !== undefined && fieldApplies[field](a)) (view as Record<string, unknown>)[field] = a[field];
  }
  return view;
}
