import type { Answers } from '../../src/rules';
import { assess, checkCaseFile } from '../../src/rules';
import { STEPS } from '../../src/questions/catalogue';
import { localToday } from '../../src/wizard/today';
import { expect, test } from './support/fixtures';

const answers: Answers = {
  status: 'foreign-national', location: 'in-canada', inadmissibility: ['health'], spouseOrPartnerInCanada: 'no',
  permitHolderEligible: 'unsure', destination: 'QC', removal: 'order-in-canada', removalOrderType: 'departure',
  refugeeClaim: 'none', designatedForeignNational: false, pendingHc: false, familySponsor: 'unsure', fearOfReturn: 'yes',
  economicProfile: 'no', caregiverExperience: 'no', spouseIncluded: true, dependentChildren: 2, childrenAffected: true,
  childHarm: 'yes', lifeRiskNoMedicalCare: false, hardships: ['health-care', 'safety'], severity: 'severe',
  homeCountryHelp: 'not-sought', yearsInCanada: 3.5,
};

for (const lang of ['en', 'fr'] as const) {
  test(`the printed result carries every answer and every reason (${lang})`, async ({ page }) => {
    await page.addInitScript((stored) => sessionStorage.setItem('hc-navigator', JSON.stringify(stored)),
      { version: 1, answers, seen: STEPS.map((s) => s.id) });
    await page.goto(lang === 'en' ? '/en/results' : '/fr/resultat');
    await expect(page.locator('[data-outcome]')).toBeVisible();
    await expect(page.getByRole('button', { name: lang === 'en' ? 'Print or save as PDF' : 'Imprimer ou enregistrer en PDF' })).toBeVisible();
    // On screen the answers list is for paper only.
    await expect(page.locator('.print-only')).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    const check = checkCaseFile({ format: 'hc-case', version: 1, answers }, localToday(), 'complete');
    if (!check.ok) throw new Error('test answers are invalid');
    const assessment = assess(check.caseFile, localToday());
    for (const rule of assessment.rules) await expect(page.locator(`[data-rule="${rule.id}"]`)).toBeVisible();
    for (const field of Object.keys(answers)) {
      const row = page.locator(`.print-only [data-field="${field}"]`);
      await expect(row, field).toBeVisible();
      await expect(row.locator('dd')).not.toHaveText('');
    }
    await expect(page.locator('.header')).toBeHidden();
    await expect(page.getByRole('button', { name: lang === 'en' ? 'Quick exit' : 'Sortie rapide' })).toBeHidden();
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
}
