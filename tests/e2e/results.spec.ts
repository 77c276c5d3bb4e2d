/**
 * The results page, one situation per outcome and per kind of rule: the outcome in words, one card
 * per rule that fired with a citation link to the official text in the page's language, dates and
 * amounts as Intl writes them for the language, and no axe violation. Answers are seeded into the
 * tab's store as the store itself writes them (never a walk through the wizard); the expected
 * assessment comes from the engine on today's date, the date the page uses. The situations that
 * only add words run in one language: the other language's words are checked over the catalogue.
 */
import type { Page } from '@playwright/test';
import { catalogue as en } from '../../src/i18n/catalogue-en';
import { catalogue as fr } from '../../src/i18n/catalogue-fr';
import type { Lang } from '../../src/i18n/shell';
import { STEPS } from '../../src/questions/catalogue';
import {
  PARAMETERS,
  RULES,
  assess,
  checkAnswers,
  endOfMonthsAfter,
  legalValues,
  nextDay,
  sentenceValues,
  UNSURE_ANSWERS,
  type Answers,
  type Assessment,
  type RuleId,
} from '../../src/rules';
import { localToday } from '../../src/lib/today';
import { STALE_AFTER_MONTHS } from '../../src/results/freshness';
import { inCanada } from '../../src/testing/answers';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { STORAGE_KEY, storedEntry } from './support/stored-entry';

const CATALOGUES = { en, fr } as const;
const LOCALE = { en: 'en-CA', fr: 'fr-CA' } as const;
const RESULTS_PATH = { en: '/en/results', fr: '/fr/resultat' } as const;
const OFFICIAL_HOSTS = [
  'laws-lois.justice.gc.ca',
  'www.canada.ca',
  'scc-csc.lexum.com',
  'www.legisquebec.gouv.qc.ca',
  'decisions.fct-cf.gc.ca',
];
const LANG_SEGMENT = { en: /\/(eng|en)\//, fr: /\/(fra|fr)\// } as const;

const today = localToday();
const rulesChecked = RULES.map((r) => r.checked).sort()[0] as string;
const feesChecked = legalValues(today).fees?.checked as string;

/** A local day `n` months before today, as the wizard would store it. */
function monthsAgo(n: number): string {
  const d = new Date();
  d.setMonth(d.getMonth() - n);
  return localToday(d);
}

const outsideCanada: Answers = {
  status: 'foreign-national',
  location: 'outside-canada',
  destination: 'BC',
  removal: 'none',
  inadmissibility: [],
  refugeeClaim: 'none',
  pendingHc: false,
  designatedForeignNational: false,
  familySponsor: 'no',
  fearOfReturn: 'no',
  economicProfile: 'no',
  caregiverExperience: 'no',
  spouseIncluded: false,
  dependentChildren: 0,
  childrenAffected: false,
  lifeRiskNoMedicalCare: false,
  hardships: ['family-separation'],
  severity: 'serious',
  homeCountryHelp: 'sought-with-proof',
};

interface Situation {
  name: string;
  answers: Answers;
  outcome: Assessment['outcome'];
  /** the languages it runs in: both where the layout differs by language, else one */
  langs: readonly Lang[];
  /** one of the seven outcome situations whose first phone screen (390×844) is checked */
  firstScreen?: boolean;
  /** more checks on the page, given the assessment */
  more?: (page: Page, lang: Lang, assessment: Assessment, answers: Answers) => Promise<void>;
}

const money = (amount: number, lang: Lang) =>
  new Intl.NumberFormat(LOCALE[lang], {
    style: 'currency',
    currency: 'CAD',
    trailingZeroDisplay: 'stripIfInteger',
  }).format(amount);
const longDate = (iso: string, lang: Lang) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const text = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
  // French writes the first day of a month « 1er » (OQLF, Bureau de la traduction).
  return lang === 'fr' && d === 1 ? text.replace(/^1 /, '1er ') : text;
};
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
const valueOf = (id: RuleId, name: string, answers: Answers) => sentenceValues(id, answers, today)[name] as number;

/** The next steps listed on the page, as their codes. */
const nextSteps = (page: Page) =>
  page.locator('[data-next-step]').evaluateAll((items) => items.map((li) => li.getAttribute('data-next-step')));

/** The engine's steps, in the page's order (by urgency): the same steps, none lost or added. */
const sameSteps = (steps: (string | null)[], assessment: Assessment) =>
  expect([...steps].sort()).toEqual([...assessment.nextSteps].sort());

/** A phone's first screen: the bottom edge of each element, which must be above 844 px. */
const PHONE = { width: 390, height: 844 };
async function bottomOf(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on the page`);
  return box.y + box.height;
}

/** A barred result asks for no payment and no submission yet: in its summary and in its steps. */
async function asksForNothingYet(page: Page, lang: Lang, assessment: Assessment) {
  const steps = await nextSteps(page);
  sameSteps(steps, assessment);
  expect(steps.filter((code) => code?.split(/[.-]/).some((word) => word === 'pay' || word === 'submit'))).toEqual([]);
  await expect(page.locator('[data-outcome]')).toContainText(
    lang === 'en' ? 'Do not pay or send anything yet.' : 'Ne payez rien et n’envoyez rien pour l’instant.',
  );
  await expect(page.locator('[data-step]')).toHaveCount(0);
  const forms = page.locator('[data-next-step="step.complete-forms"]');
  if (steps.includes('step.complete-forms'))
    await expect(forms).toContainText(CATALOGUES[lang]['next.complete-forms.body-barred']);
}

const SITUATIONS: Situation[] = [
  {
    name: 'a citizen is not eligible',
    answers: { status: 'citizen' },
    outcome: 'not-eligible',
    langs: ['en', 'fr'],
    firstScreen: true,
  },
  {
    name: 'a person in Canada can apply',
    answers: inCanada,
    outcome: 'can-apply',
    langs: ['en', 'fr'],
    firstScreen: true,
  },
  {
    name: 'a person living with a sponsoring spouse uses the spouse in Canada class',
    answers: {
      status: 'foreign-national',
      location: 'in-canada',
      inadmissibility: [],
      spouseOrPartnerInCanada: 'yes',
      permitHolderEligible: 'no',
    },
    outcome: 'use-other-class',
    langs: ['en', 'fr'],
    firstScreen: true,
    more: async (page, lang) => {
      await expect(page.locator('[data-next-step="step.apply-spouse-in-canada-class"]')).toBeVisible();
      await expect(page.locator('[data-myth="other-program"]')).toBeVisible();
      await expect(page.getByText(CATALOGUES[lang]['help.public.consultants'])).toBeVisible();
      // The questions stop at the redirect, so whether a removal order is in force is not known.
      const outcome = page.locator('[data-outcome]');
      await expect(outcome.getByRole('heading', { level: 1 })).toHaveText(
        CATALOGUES[lang]['rule.redirect.spouse-in-canada-class.title'],
      );
      await expect(outcome).toContainText(CATALOGUES[lang]['results.redirect.removal-if']);
      const years = sentenceValues('bar.designated-foreign-national', {}, today).years as number;
      await expect(page.locator('[data-caveat="dfn"]')).toHaveText(
        fill(CATALOGUES[lang]['results.redirect.dfn'], { years }),
      );
    },
  },
  {
    name: 'a rejected claim two months ago is barred until a date, and nothing is to be paid or sent yet',
    answers: { ...inCanada, refugeeClaim: 'rejected', lastDecisionDate: monthsAgo(2) },
    outcome: 'barred',
    langs: ['en', 'fr'],
    firstScreen: true,
    more: async (page, lang, assessment, answers) => {
      expect(assessment.earliestApplicationDate).not.toBeNull();
      const date = longDate(assessment.earliestApplicationDate as string, lang);
      await expect(page.locator('[data-key-date]')).toHaveText(
        fill(CATALOGUES[lang]['results.key-date.earliest'], { date }),
      );
      const bar = page.locator('[data-rule="bar.twelve-month"]');
      await expect(bar).toContainText(String(valueOf('bar.twelve-month', 'months', answers)));
      await expect(bar).toContainText(date);
      const wait = page.locator('[data-next-step="step.wait-until-earliest-date"]');
      await expect(wait).toContainText(fill(CATALOGUES[lang]['next.wait-until-earliest-date.body-removal'], { date }));
      const until = assessment.rules.find((r) => r.id === 'bar.twelve-month')?.until as string;
      await expect(bar).toContainText(
        fill(CATALOGUES[lang]['rule.bar.twelve-month.removal'], { from: longDate(nextDay(until), lang) }),
      );
      await asksForNothingYet(page, lang, assessment);
    },
  },
  {
    name: 'a pending refugee claim bars with no date, warns of every consequence of withdrawing, and asks for nothing yet',
    answers: { ...inCanada, refugeeClaim: 'pending' },
    outcome: 'barred',
    langs: ['en', 'fr'],
    firstScreen: true,
    more: async (page, lang, assessment, answers) => {
      expect(assessment.earliestApplicationDate).toBeNull();
      const summary = page.locator('[data-outcome]');
      await expect(summary).toContainText(CATALOGUES[lang]['results.summary.barred-no-date']);
      await expect(summary.getByRole('listitem')).toHaveText([
        CATALOGUES[lang]['results.first.bar.pending-refugee-claim'],
      ]);
      const withdrawal = page.locator('[data-rule="warn.withdrawal-consequences"]');
      const months = valueOf('warn.withdrawal-consequences', 'months', answers);
      await expect(withdrawal).toContainText(
        fill(CATALOGUES[lang]['rule.warn.withdrawal-consequences.body'], { months }),
      );
      await expect(
        withdrawal.getByRole('link', { name: lang === 'en' ? 'IRPA s. 49(2)(f)' : 'LIPR, art. 49(2)f)' }),
      ).toBeVisible();
      await asksForNothingYet(page, lang, assessment);
    },
  },
  {
    name: 'a person deported abroad can apply with a family class application, and the sponsor may appeal',
    answers: { ...outsideCanada, removal: 'removed', removalOrderType: 'deportation', familySponsor: 'yes' },
    outcome: 'can-apply',
    langs: ['en', 'fr'],
    firstScreen: true,
    more: async (page, lang, _assessment, answers) => {
      await expect(page.getByRole('table')).toHaveCount(0);
      await expect(page.getByText(CATALOGUES[lang]['fees.abroad'])).toBeVisible();
      await expect(page.locator('[data-class="family"]')).toContainText(CATALOGUES[lang]['abroad.yours']);
      await expect(page.locator('[data-next-step="step.request-authorization-to-return"]')).toContainText(
        CATALOGUES[lang]['next.request-authorization-to-return.body-deportation'],
      );
      await expect(page.locator('[data-myth="removed"]')).toBeVisible();
      const days = valueOf('inform.sponsor-appeal', 'days', answers);
      await expect(page.locator('[data-rule="inform.sponsor-appeal"]')).toContainText(
        fill(CATALOGUES[lang]['rule.inform.sponsor-appeal.body'], { days }),
      );
      await expect(page.locator('[data-rule="inform.judicial-review"] h3')).toHaveText(
        fill(CATALOGUES[lang]['rule.inform.judicial-review.title-other-class'], {
          days: valueOf('inform.judicial-review', 'days', answers),
        }),
      );
    },
  },
  {
    name: 'a person in Quebec can apply and learns of the CSQ, the dated wait, the unconfirmed PEQ dates and the support',
    answers: { ...inCanada, destination: 'QC', economicProfile: 'yes' },
    outcome: 'can-apply',
    langs: ['en', 'fr'],
    firstScreen: true,
    more: async (page, lang) => {
      const text = CATALOGUES[lang];
      const legal = legalValues(today);
      const selection = page.locator('[data-rule="inform.quebec-selection"]');
      await expect(selection).toContainText(text['rule.inform.quebec-selection.no-exemption']);
      const quebec = legal.processingMonthsQuebec;
      await expect(selection).toContainText(
        fill(text[`rule.inform.quebec-selection.wait${quebec?.verified ? '' : '-unconfirmed'}`], {
          date: longDate(quebec?.from as string, lang),
          quebec: quebec?.value as number,
          elsewhere: legal.processingMonthsElsewhere?.value as number,
        }),
      );
      const peqConfirmed = legal.peqClosed?.verified && legal.peqReopened?.verified;
      await expect(page.locator('[data-rule="suggest.economic-program"]')).toContainText(
        fill(text[`rule.suggest.economic-program.peq${peqConfirmed ? '' : '-unconfirmed'}`], {
          peqClosed: longDate(legal.peqClosed?.value as string, lang),
          peqReopened: longDate(legal.peqReopened?.value as string, lang),
        }),
      );
      const support = page.locator('[data-rule="inform.quebec-support"]');
      await expect(
        support.getByRole('listitem').filter({ hasText: CATALOGUES[lang]['quebec.support.school'] }),
      ).toHaveCount(1);
      await expect(page.locator('[data-next-step="step.prepare-for-quebec-selection"]')).toBeVisible();
    },
  },
  {
    // The contract's worked example 07.
    name: 'a security ground that may apply, from abroad with a sponsor: a warning, and the sponsor’s appeal with its days',
    answers: {
      ...outsideCanada,
      destination: 'ON',
      inadmissibility: ['security'],
      inadmissibilityFound: false,
      familySponsor: 'yes',
      hardships: ['family-separation', 'country-conditions'],
    },
    outcome: 'can-apply',
    langs: ['en'],
    more: async (page, lang, assessment, answers) => {
      const text = CATALOGUES[lang];
      const warning = page.locator('[data-rule="warn.possible-non-exemptible-inadmissibility"]');
      await expect(warning.getByRole('heading')).toHaveText(
        text['rule.warn.possible-non-exemptible-inadmissibility.title'],
      );
      await expect(warning).toContainText(text['rule.warn.possible-non-exemptible-inadmissibility.body']);
      await expect(warning).toContainText(text['results.ministerial-relief']);
      const days = valueOf('inform.sponsor-appeal', 'days', answers);
      const appeal = page.locator('[data-rule="inform.sponsor-appeal"]');
      await expect(appeal).toContainText(fill(text['rule.inform.sponsor-appeal.body'], { days }));
      await expect(appeal).toContainText(`within ${days} days`);
      await expect(page.locator('[data-rule="inform.judicial-review"]')).toContainText(
        fill(text['rule.inform.judicial-review.body-abroad'], {
          days: valueOf('inform.judicial-review', 'days', answers),
        }),
      );
      await expect(page.locator('[data-rule="warn.declare-family-members"]')).toBeVisible();
      await expect(page.locator('[data-next-step="step.get-professional-advice"]')).toBeVisible();
      expect(assessment.fees).toBeNull();
      await expect(page.getByRole('table')).toHaveCount(0);
    },
  },
  {
    // The contract's worked example 08, on today's date: after 2026-04-30 the processing fees are not known.
    name: 'a family with a pending claim in Canada: fees not confirmed, no total, biometrics for the people not exempt',
    answers: {
      ...inCanada,
      spouseIncluded: true,
      dependentChildren: 1,
      familyMemberPendingClaim: 'yes',
      biometricsExempt: 1,
      childrenAffected: true,
      childHarm: 'yes',
      hardships: ['establishment', 'family-separation'],
      severity: 'severe',
      homeCountryHelp: 'not-sought-with-reason',
      yearsInCanada: 5,
    },
    outcome: 'can-apply',
    langs: ['fr'],
    more: async (page, lang, assessment) => {
      const text = CATALOGUES[lang];
      const fees = assessment.fees;
      if (!fees) throw new Error('an in-Canada result has fees');
      expect(today >= '2026-04-30' && fees.total === null && !fees.verified).toBe(true);
      await expect(page.locator('[data-rule="warn.family-member-pending-claim"]')).toContainText(
        text['rule.warn.family-member-pending-claim.body'],
      );
      const table = page.getByRole('table');
      await expect(table.locator('caption')).toContainText(longDate(fees.effectiveFrom, lang));
      const lastConfirmed = PARAMETERS.fees.series
        .filter((set) => set.verified && (set.from ?? '') < fees.effectiveFrom)
        .at(-1);
      const principal = table.locator('[data-fee="processing.principal"]');
      await expect(principal.getByRole('rowheader')).toContainText(
        fill(text['fees.unknown-item'], { amount: money(lastConfirmed?.value.processingPrincipal as number, lang) }),
      );
      await expect(principal.getByRole('cell').first()).toContainText(text['fees.not-confirmed']);
      const apply = table.locator('[data-fee="subtotal.apply"]');
      await expect(apply).toContainText(text['fees.subtotal.apply']);
      await expect(apply).toContainText(text['fees.not-confirmed']);
      await expect(apply).not.toContainText('$');
      const rightOfPr = fees.items.filter((item) => item.id.startsWith('right-of-pr.'));
      await expect(table.locator('[data-fee="subtotal.later"]')).toContainText(
        money(
          rightOfPr.reduce((sum, item) => sum + (item.unitAmount as number) * item.count, 0),
          lang,
        ),
      );
      const biometrics = fees.items.find((item) => item.id === 'biometrics');
      expect(biometrics).toMatchObject({ count: 2, amount: 170 });
      await expect(table.locator('[data-fee="biometrics"] td')).toHaveText([
        money(biometrics?.unitAmount as number, lang),
        '2',
        money(170, lang),
      ]);
      await expect(page.locator('[data-fees="unverified"]')).toContainText(text['fees.unverified']);
      await expect(page.locator('[data-fees="unverified"]')).toContainText(
        fill(text['fees.unknown'], { date: longDate(fees.effectiveFrom, lang) }),
      );
      await expect(page.locator('[data-fees="family-pending"]')).toHaveText(text['fees.family-pending']);
      await expect(page.locator('[data-fees="biometrics"]')).toContainText(
        fill(text['fees.biometrics-exempt'], { exempt: 1, people: 3 }),
      );
      await expect(page.getByRole('link', { name: 'RIPR, art. 12.2(1)b)' })).toHaveAttribute(
        'href',
        /\/fra\/reglements\/DORS-2002-227\/article-12\.2\.html$/,
      );
      await expect(page.getByText('IMM 5283', { exact: false }).first()).toBeVisible();
      for (const topic of ['children', 'establishment', 'family-separation', 'home-help']) {
        await expect(page.locator(`[data-evidence="${topic}"]`)).toBeVisible();
      }
      await expect(page.getByText(text['refusal.status'])).toBeVisible();
      expect(await nextSteps(page)).toEqual(expect.arrayContaining(['step.pay-fees', 'step.submit-online']));
    },
  },
  {
    name: 'a person under a removal order who fears return learns of the PRRA and its days',
    answers: { ...inCanada, removal: 'order-in-canada', removalOrderType: 'departure', fearOfReturn: 'yes' },
    outcome: 'can-apply',
    langs: ['fr'],
    more: async (page, lang, _assessment, answers) => {
      const text = CATALOGUES[lang];
      const values = sentenceValues('inform.prra', answers, today);
      const prra = page.locator('[data-rule="inform.prra"]');
      await expect(prra.getByRole('heading')).toHaveText(text['rule.inform.prra.title']);
      await expect(prra).toContainText(fill(text['rule.inform.prra.body'], values as Record<string, number>));
      await expect(prra.getByRole('link', { name: 'RIPR, art. 162' })).toHaveAttribute(
        'href',
        /\/fra\/reglements\/DORS-2002-227\/article-162\.html$/,
      );
      await expect(page.locator('[data-next-step="step.respond-to-prra-notice"]')).toContainText(
        fill(text['next.respond-to-prra-notice.body'], values as Record<string, number>),
      );
      await expect(page.locator('[data-rule="suggest.refugee-claim"]')).toHaveCount(0);
      await expect(page.locator('[data-rule="warn.no-stay-of-removal"]')).toBeVisible();
    },
  },
  {
    name: 'a claim withdrawn before evidence: the removal order came into force, and no permit for 12 months',
    answers: {
      ...inCanada,
      refugeeClaim: 'withdrawn',
      withdrawnAfterEvidence: false,
      inadmissibility: ['criminality'],
    },
    outcome: 'can-apply',
    langs: ['fr'],
    more: async (page, lang, _assessment, answers) => {
      const text = CATALOGUES[lang];
      const months = valueOf('warn.withdrawal-consequences', 'months', answers);
      await expect(page.locator('[data-rule="warn.withdrawal-consequences"]')).toContainText(
        fill(text['rule.warn.withdrawal-consequences.body-withdrawn'], { months }),
      );
      await expect(page.locator('[data-rule="suggest.temporary-resident-permit"]')).toContainText(
        fill(text['rule.suggest.temporary-resident-permit.withdrawn'], {
          months: valueOf('suggest.temporary-resident-permit', 'months', answers),
        }),
      );
    },
  },
  {
    name: 'a child’s interests may lift the 12-month wait: IRCC decides, and the day after the wait is the fallback',
    answers: {
      ...inCanada,
      refugeeClaim: 'rejected',
      lastDecisionDate: monthsAgo(2),
      childrenAffected: true,
      childHarm: 'yes',
    },
    outcome: 'can-apply',
    langs: ['en'],
    more: async (page, lang, assessment, answers) => {
      const text = CATALOGUES[lang];
      const until = assessment.rules.find((r) => r.id === 'lift.twelve-month')?.until as string;
      const values = { months: valueOf('lift.twelve-month', 'months', answers), from: longDate(nextDay(until), lang) };
      const lift = page.locator('[data-rule="lift.twelve-month"]');
      await expect(lift).toContainText(text['rule.lift.twelve-month.child']);
      await expect(lift).toContainText(fill(text['rule.lift.twelve-month.body'], values));
      await expect(page.locator('[data-outcome]')).toContainText(fill(text['results.summary.lift'], values));
      await expect(page.locator('[data-key-date]')).toHaveText(fill(text['results.key-date.lift'], values));
      await expect(page.locator('[data-outcome]')).not.toContainText(longDate(until, lang));
    },
  },
  {
    name: 'every “not sure” answer is named with what it could change',
    answers: {
      ...inCanada,
      inadmissibility: ['unsure'],
      spouseOrPartnerInCanada: 'unsure',
      permitHolderEligible: 'unsure',
      removal: 'order-in-canada',
      removalOrderType: 'unknown',
      familySponsor: 'unsure',
      economicProfile: 'unsure',
      caregiverExperience: 'unsure',
      spouseIncluded: true,
      familyMemberPendingClaim: 'unsure',
    },
    outcome: 'can-apply',
    langs: ['fr'],
    more: async (page, lang) => {
      const text = CATALOGUES[lang];
      const named = UNSURE_ANSWERS.map((answer) => text[`results.unsure.${answer}`].replace(/\s+/g, ' '));
      const paragraphs = await page
        .locator('[data-rule="warn.professional-review"] > p')
        .evaluateAll((ps) => ps.map((p) => (p.textContent ?? '').replace(/\s+/g, ' ')));
      expect(paragraphs.slice(0, named.length + 1)).toEqual([
        ...named,
        text['rule.warn.professional-review.body'].replace(/\s+/g, ' '),
      ]);
      await expect(page.locator('[data-rule="warn.family-member-pending-claim"]')).toContainText(
        text['results.unsure.familyMemberPendingClaim'],
      );
    },
  },
  {
    name: 'from abroad to Quebec, the economic route is Quebec’s: the CSQ first, no Express Entry',
    answers: { ...outsideCanada, destination: 'QC', economicProfile: 'yes' },
    outcome: 'can-apply',
    langs: ['fr'],
    more: async (page, lang) => {
      await expect(page.locator('[data-class="economic"]')).toContainText(CATALOGUES[lang]['abroad.economic-qc']);
    },
  },
];

async function seed(page: Page, answers: Answers): Promise<void> {
  const entry = storedEntry(
    answers,
    STEPS.map((s) => s.id),
  );
  await page.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [STORAGE_KEY, entry] as const);
}

for (const situation of SITUATIONS) {
  for (const lang of situation.langs) {
    test(`${situation.name} (${lang})`, async ({ page }) => {
      const check = checkAnswers(situation.answers, today, 'complete');
      if (!check.ok) throw new Error(`the answers are not complete: ${JSON.stringify(check.problems)}`);
      const assessment = assess(check.caseFile, today);
      expect(assessment.outcome).toBe(situation.outcome);
      await seed(page, situation.answers);
      if (situation.firstScreen) await page.setViewportSize(PHONE);
      await page.goto(RESULTS_PATH[lang]);
      await expect(page).toHaveURL(new RegExp(`${RESULTS_PATH[lang]}$`));
      const text = CATALOGUES[lang];
      // The outcome is the page's heading, inside the outcome panel; a redirect's names the class.
      const heading = page.locator(`[data-outcome="${situation.outcome}"]`).getByRole('heading', { level: 1 });
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      if (situation.outcome !== 'use-other-class')
        await expect(heading).toHaveText(text[`results.outcome.${situation.outcome}`]);
      if (situation.firstScreen) {
        // The first screen holds the outcome, its date and the first step (its heading at least).
        const keyDate = assessment.earliestApplicationDate !== null;
        await expect(page.locator('[data-key-date]')).toHaveCount(keyDate ? 1 : 0);
        const edges = ['[data-outcome]', '[data-next-step] h3', ...(keyDate ? ['[data-key-date]'] : [])];
        for (const edge of edges) expect(await bottomOf(page, edge), edge).toBeLessThanOrEqual(PHONE.height);
        // The reference sections start collapsed, their text in the page: axe once on that state.
        await expect(page.locator('details.reference[open]')).toHaveCount(0);
        if (lang === 'en') await expectNoAxeViolations(page);
      }
      // Open the reference sections as a person would, for the checks of their content below.
      for (const summary of await page.locator('details.reference > summary').all()) await summary.click();

      const cards = page.locator('[data-rule]');
      await expect(cards).toHaveCount(assessment.rules.length);
      for (const rule of assessment.rules) {
        const card = page.locator(`[data-rule="${rule.id}"]`);
        await expect(card.getByRole('heading', { level: 3 })).not.toBeEmpty();
        // Rule ids are for consultants: a person's cards never show them.
        await expect(card).not.toContainText(rule.id);
        const hrefs = await card
          .getByRole('link')
          .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
        expect(hrefs.length, `${rule.id} has a citation link`).toBeGreaterThan(0);
        for (const href of hrefs) {
          const url = new URL(href);
          expect(OFFICIAL_HOSTS, `${href} is an official site`).toContain(url.host);
          expect(url.protocol).toBe('https:');
          expect(url.pathname, `${href} is in ${lang}`).toMatch(LANG_SEGMENT[lang]);
        }
      }
      sameSteps(await nextSteps(page), assessment);
      await expect(page.getByText(text['about.not-advice'])).toBeVisible();
      await expect(page.locator('[data-checked="rules"]')).toContainText(longDate(rulesChecked, lang));
      await expect(page.locator('[data-checked="fees"]')).toContainText(longDate(feesChecked, lang));
      await situation.more?.(page, lang, assessment, check.caseFile.answers);
      await expectNoAxeViolations(page);
    });
  }
}

test('a result worked out more than six months after the rules were checked says so', async ({ page }) => {
  const day = nextDay(endOfMonthsAfter(rulesChecked, STALE_AFTER_MONTHS));
  await page.clock.setFixedTime(new Date(`${day}T12:00:00`));
  await seed(page, inCanada);
  await page.goto(RESULTS_PATH.en);
  const warning = page.locator('[data-checked="stale"]');
  await expect(warning).toHaveText(fill(en['about.stale'], { months: STALE_AFTER_MONTHS }));
  await expect(page.locator('[data-checked="rules"]')).toContainText(longDate(rulesChecked, 'en'));
  await expectNoAxeViolations(page);
});

test('when the answers stop early, check your answers says why, and a full journey does not', async ({ page }) => {
  const redirect = SITUATIONS.find((s) => s.outcome === 'use-other-class') as Situation;
  await seed(page, redirect.answers);
  await page.goto('/fr/verifier-vos-reponses');
  await expect(page.locator('[data-early-stop]')).toHaveText(fr['check.early-stop']);
  await expectNoAxeViolations(page);
  await seed(page, inCanada);
  await page.goto('/en/check-your-answers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['check.title']);
  await expect(page.locator('[data-early-stop]')).toHaveCount(0);
});
