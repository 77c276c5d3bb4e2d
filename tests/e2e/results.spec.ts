/**
 * The results page, one journey per outcome, each in English and French: the outcome in words,
 * one card per rule that fired with a citation link to the official text in the page's language,
 * dates and amounts as Intl writes them for the language, and no axe violation. Answers are
 * seeded into the tab's store; the expected assessment comes from the engine on today's date.
 */
import type { Page } from '@playwright/test';
import { catalogue as en } from '../../src/i18n/catalogue-en';
import { catalogue as fr } from '../../src/i18n/catalogue-fr';
import type { Lang } from '../../src/i18n/shell';
import { STEP_SLUGS } from '../../src/questions/slugs';
import { RULES, assess, feeSets, only, periods, valueOn, type Answers, type Assessment } from '../../src/rules';
import { localToday } from '../../src/wizard/today';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

const CATALOGUES = { en, fr } as const;
const LOCALE = { en: 'en-CA', fr: 'fr-CA' } as const;
const RESULTS_PATH = { en: '/en/results', fr: '/fr/resultat' } as const;
const OFFICIAL_HOSTS = ['laws-lois.justice.gc.ca', 'www.canada.ca', 'scc-csc.lexum.com', 'www.legisquebec.gouv.qc.ca'];
const LANG_SEGMENT = { en: /\/(eng|en)\//, fr: /\/(fra|fr)\// } as const;

const today = localToday();
const rulesChecked = RULES.map((r) => r.checked).sort()[0] as string;
const feesChecked = valueOn(feeSets, today)?.checked as string;

/** A local day `n` months before today, as the wizard would store it. */
function monthsAgo(n: number): string {
  const d = new Date();
  d.setMonth(d.getMonth() - n);
  return localToday(d);
}

const inCanada: Answers = {
  status: 'foreign-national', location: 'in-canada', destination: 'ON', removal: 'none', inadmissibility: [],
  spouseOrPartnerInCanada: 'no', permitHolderEligible: 'no', refugeeClaim: 'none', pendingHc: false,
  designatedForeignNational: false, familySponsor: 'no', fearOfReturn: 'no', economicProfile: 'no',
  caregiverExperience: 'no', spouseIncluded: false, dependentChildren: 0, childrenAffected: false,
  lifeRiskNoMedicalCare: false, hardships: ['establishment'], severity: 'serious',
  homeCountryHelp: 'sought-with-proof', yearsInCanada: 3,
};

const outsideCanada: Answers = {
  status: 'foreign-national', location: 'outside-canada', destination: 'BC', removal: 'none', inadmissibility: [],
  refugeeClaim: 'none', pendingHc: false, designatedForeignNational: false, familySponsor: 'no',
  fearOfReturn: 'no', economicProfile: 'no', caregiverExperience: 'no', spouseIncluded: false,
  dependentChildren: 0, childrenAffected: false, lifeRiskNoMedicalCare: false,
  hardships: ['family-separation'], severity: 'serious', homeCountryHelp: 'sought-with-proof',
};

interface Journey {
  name: string;
  answers: Answers;
  outcome: Assessment['outcome'];
  /** more checks on the page, given the assessment */
  more?: (page: Page, lang: Lang, assessment: Assessment) => Promise<void>;
}

const money = (amount: number, lang: Lang) =>
  new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: 'CAD', trailingZeroDisplay: 'stripIfInteger' }).format(amount);
const longDate = (iso: string, lang: Lang) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
};

const JOURNEYS: Journey[] = [
  { name: 'a citizen is not eligible', answers: { status: 'citizen' }, outcome: 'not-eligible' },
  {
    name: 'a person living with a sponsoring spouse uses the spouse in Canada class',
    answers: { status: 'foreign-national', location: 'in-canada', inadmissibility: [], spouseOrPartnerInCanada: 'yes', permitHolderEligible: 'no' },
    outcome: 'use-other-class',
    more: async (page, lang) => {
      await expect(page.locator('[data-step="step.apply-spouse-in-canada-class"]')).toBeVisible();
      await expect(page.locator('[data-myth="other-program"]')).toBeVisible();
      await expect(page.getByText(CATALOGUES[lang]['help.public.consultants'])).toBeVisible();
    },
  },
  {
    name: 'a rejected claim two months ago is barred until a date',
    answers: { ...inCanada, refugeeClaim: 'rejected', lastDecisionDate: monthsAgo(2) },
    outcome: 'barred',
    more: async (page, lang, assessment) => {
      expect(assessment.earliestApplicationDate).not.toBeNull();
      const date = longDate(assessment.earliestApplicationDate as string, lang);
      await expect(page.locator('[data-outcome]')).toContainText(date);
      const bar = page.locator('[data-rule="bar.twelve-month"]');
      await expect(bar).toContainText(String(only(periods.twelveMonthBar)));
      await expect(bar).toContainText(date);
      await expect(page.locator('[data-step="step.wait-until-earliest-date"]')).toContainText(date);
    },
  },
  {
    name: 'a pending refugee claim bars with no date',
    answers: { ...inCanada, refugeeClaim: 'pending' },
    outcome: 'barred',
    more: async (page, lang, assessment) => {
      expect(assessment.earliestApplicationDate).toBeNull();
      const summary = page.locator('[data-outcome]');
      await expect(summary).toContainText(CATALOGUES[lang]['results.summary.barred-no-date']);
      await expect(summary.getByRole('listitem')).toHaveText([CATALOGUES[lang]['results.first.bar.pending-refugee-claim']]);
      await expect(page.locator('[data-rule="warn.withdrawal-consequences"]')).toBeVisible();
    },
  },
  {
    name: 'a family in Canada can apply, with the fee table',
    answers: { ...inCanada, spouseIncluded: true, dependentChildren: 2, childrenAffected: true, childHarm: 'no', hardships: ['establishment', 'health-care'] },
    outcome: 'can-apply',
    more: async (page, lang, assessment) => {
      const fees = assessment.fees;
      expect(fees).not.toBeNull();
      if (!fees) return;
      const table = page.getByRole('table');
      await expect(table.locator('caption')).toContainText(longDate(fees.effectiveFrom, lang));
      await expect(table.locator('[data-fee="total"]')).toContainText(money(fees.total, lang));
      for (const item of fees.items) {
        await expect(table.locator(`[data-fee="${item.id}"]`)).toContainText(money(item.unitAmount, lang));
      }
      await expect(page.getByText('IMM 5283', { exact: false }).first()).toBeVisible();
      for (const topic of ['children', 'establishment', 'health-care', 'home-help']) {
        await expect(page.locator(`[data-evidence="${topic}"]`)).toBeVisible();
      }
      await expect(page.getByText(CATALOGUES[lang]['refusal.status'])).toBeVisible();
    },
  },
  {
    name: 'a person deported abroad can apply with a family class application',
    answers: { ...outsideCanada, removal: 'removed', removalOrderType: 'deportation', familySponsor: 'yes' },
    outcome: 'can-apply',
    more: async (page, lang) => {
      await expect(page.getByRole('table')).toHaveCount(0);
      await expect(page.getByText(CATALOGUES[lang]['fees.abroad'])).toBeVisible();
      await expect(page.locator('[data-class="family"]')).toContainText(CATALOGUES[lang]['abroad.yours']);
      await expect(page.locator('[data-step="step.request-authorization-to-return"]')).toBeVisible();
      await expect(page.locator('[data-myth="removed"]')).toBeVisible();
    },
  },
  {
    name: 'a person in Quebec can apply and learns of the CSQ and the support',
    answers: { ...inCanada, destination: 'QC' },
    outcome: 'can-apply',
    more: async (page, lang) => {
      await expect(page.locator('[data-rule="inform.quebec-selection"]')).toContainText('CSQ');
      const support = page.locator('[data-rule="inform.quebec-support"]');
      await expect(support.getByRole('listitem').filter({ hasText: CATALOGUES[lang]['quebec.support.school'] })).toHaveCount(1);
      await expect(page.locator('[data-step="step.prepare-for-quebec-selection"]')).toBeVisible();
    },
  },
];

async function seed(page: Page, answers: Answers): Promise<void> {
  const stored = JSON.stringify({ version: 1, answers, seen: Object.keys(STEP_SLUGS) });
  await page.addInitScript((value) => sessionStorage.setItem('hc-navigator', value), stored);
}

for (const journey of JOURNEYS) {
  for (const lang of ['en', 'fr'] as const) {
    test(`${journey.name} (${lang})`, async ({ page }) => {
      const assessment = assess({ format: 'hc-case', version: 1, answers: journey.answers }, today);
      expect(assessment.outcome).toBe(journey.outcome);
      await seed(page, journey.answers);
      await page.goto(RESULTS_PATH[lang]);
      await expect(page).toHaveURL(new RegExp(`${RESULTS_PATH[lang]}$`));
      const text = CATALOGUES[lang];
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text['results.title']);
      await expect(page.locator('[data-outcome]')).toContainText(text[`results.outcome.${journey.outcome}`]);

      const cards = page.locator('[data-rule]');
      await expect(cards).toHaveCount(assessment.rules.length);
      for (const rule of assessment.rules) {
        const card = page.locator(`[data-rule="${rule.id}"]`);
        await expect(card.getByRole('heading', { level: 3 })).not.toBeEmpty();
        await expect(card).toContainText(rule.id);
        const hrefs = await card.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
        expect(hrefs.length, `${rule.id} has a citation link`).toBeGreaterThan(0);
        for (const href of hrefs) {
          const url = new URL(href);
          expect(OFFICIAL_HOSTS, `${href} is an official site`).toContain(url.host);
          expect(url.protocol).toBe('https:');
          expect(url.pathname, `${href} is in ${lang}`).toMatch(LANG_SEGMENT[lang]);
        }
      }
      await expect(page.getByText(text['about.not-advice'])).toBeVisible();
      await expect(page.locator('[data-checked="rules"]')).toContainText(longDate(rulesChecked, lang));
      await expect(page.locator('[data-checked="fees"]')).toContainText(longDate(feesChecked, lang));
      await journey.more?.(page, lang, assessment);
      await expectNoAxeViolations(page);
    });
  }
}
