/**
 * Complete answers the browser tests start from: a family in Montreal that can apply from inside
 * Canada (the contract's first worked example, with the answers version 2 adds: no family member
 * with a pending claim, one child under 14), and a person abroad who can apply with a family class
 * application. Tests spread them and change what their story needs.
 */
import type { Answers } from '../../../src/rules';

export const montrealFamily: Readonly<Answers> = {
  status: 'foreign-national', location: 'in-canada', inadmissibility: [], spouseOrPartnerInCanada: 'no',
  permitHolderEligible: 'no', destination: 'QC', removal: 'none', refugeeClaim: 'none', designatedForeignNational: false,
  pendingHc: false, familySponsor: 'no', fearOfReturn: 'no', economicProfile: 'no', caregiverExperience: 'no',
  spouseIncluded: true, dependentChildren: 1, familyMemberPendingClaim: 'no', biometricsExempt: 1, childrenAffected: true, childHarm: 'yes', lifeRiskNoMedicalCare: false,
  hardships: ['establishment', 'family-separation'], severity: 'severe', homeCountryHelp: 'not-sought-with-reason', yearsInCanada: 4,
};

export const fromAbroad: Readonly<Answers> = {
  status: 'foreign-national', location: 'outside-canada', inadmissibility: [], destination: 'QC', removal: 'none',
  refugeeClaim: 'none', designatedForeignNational: false, pendingHc: false, familySponsor: 'yes', fearOfReturn: 'no',
  economicProfile: 'no', caregiverExperience: 'no', spouseIncluded: false, dependentChildren: 0, childrenAffected: false,
  lifeRiskNoMedicalCare: false, hardships: ['family-separation'], severity: 'serious', homeCountryHelp: 'sought-no-proof',
};
