import { STEPS } from '../../src/questions/catalogue';
import { RULES_VERSION, assess, checkAnswers, type Answers } from '../../src/rules';
import { localToday } from '../../src/lib/today';
import { expect, test } from './support/fixtures';
import { STORAGE_KEY, storedEntry } from './support/stored-entry';

const answers: Answers = {
  status: 'foreign-national',
  location: 'in-canada',
  inadmissibility: ['health'],
  spouseOrPartnerInCanada: 'no',
  permitHolderEligible: 'unsure',
  destination: 'QC',
  removal: 'order-in-canada',
  removalOrderType: 'departure',
  refugeeClaim: 'none',
  designatedForeignNational: false,
  pendingHc: false,
  familySponsor: 'unsure',
  fearOfReturn: 'yes',
  economicProfile: 'no',
  caregiverExperience: 'no',
  spouseIncluded: true,
  dependentChildren: 2,
  familyMemberPendingClaim: 'unsure',
  biometricsExempt: 1,
  childrenAffected: true,
  childHarm: 'yes',
  lifeRiskNoMedicalCare: false,
  hardships: ['health-care', 'safety'],
  severity: 'severe',
  homeCountryHelp: 'not-sought',
  yearsInCanada: 3.5,
};

for (const lang of ['en', 'fr'] as const) {
  test(`the printed result carries every answer and every reason (${lang})`, async ({ page }) => {
    await page.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [
      STORAGE_KEY,
      storedEntry(
        answers,
        STEPS.map((s) => s.id),
      ),
    ] as const);
    await page.goto(lang === 'en' ? '/en/results' : '/fr/resultat');
    await expect(page.locator('[data-outcome]')).toBeVisible();
    await expect(
      page.getByRole('button', { name: lang === 'en' ? 'Print or save as PDF' : 'Imprimer ou enregistrer en PDF' }),
    ).toBeVisible();
    // On screen the answers list is for paper only.
    for (const paperOnly of await page.locator('.print-only').all()) await expect(paperOnly).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    // A header says what the paper is and when and under which rules it was worked out; no link to change answers.
    await expect(page.locator('.print-header')).toContainText(
      lang === 'en' ? 'Result worked out on' : 'Résultat établi le',
    );
    await expect(page.locator('.print-header')).toContainText(RULES_VERSION);
    await expect(
      page.getByRole('link', {
        name: lang === 'en' ? 'Check or change your answers' : 'Vérifier ou changer vos réponses',
      }),
    ).toBeHidden();
    const check = checkAnswers(answers, localToday(), 'complete');
    if (!check.ok) throw new Error('test answers are invalid');
    const assessment = assess(check.caseFile, localToday());
    for (const rule of assessment.rules) await expect(page.locator(`[data-rule="${rule.id}"]`)).toBeVisible();
    // The reference sections, folded on screen, print in full under their own headings.
    const references = page.locator('details.reference');
    await expect(references).toHaveCount(4);
    for (const reference of await references.all()) {
      await expect(reference.locator('summary')).toBeHidden();
      await expect(reference.locator('section > h2')).toBeVisible();
      await expect(reference.locator('section > :last-child')).toBeVisible();
    }
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
