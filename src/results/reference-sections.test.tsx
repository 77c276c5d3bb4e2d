/**
 * The key sentence of each reference section a situation changes, rendered in both languages from
 * answers and an explicit date of the result (never the clock): Quebec's selection and its dated,
 * flagged facts; the routes from abroad; what a refusal leaves open; authorization to return; the
 * forms, the translations and the status a request does not give; the first step of a dated bar.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../i18n/shell';
import { RULES, assess, checkAnswers, endOfMonthsAfter, nextDay, type Answers } from '../rules';
import { outsideCanada, withAnswers } from '../testing/answers';
import { renderIn } from '../testing/render';
import { AboutResult } from './about-result';
import { STALE_AFTER_MONTHS, checkIsStale } from './freshness';
import { ResultsView } from './results-view';

async function show(answers: Answers, asOf: string, lang: Lang) {
  const check = checkAnswers(answers, asOf, 'complete');
  if (!check.ok) throw new Error(`test answers are not complete: ${JSON.stringify(check.problems)}`);
  const assessment = assess(check.caseFile, asOf);
  const view = await renderIn(lang, <ResultsView assessment={assessment} answers={answers} />);
  return { assessment, ...view };
}

const part = (container: HTMLElement, selector: string) => container.querySelector(selector) as HTMLElement;
const section = (name: string) => screen.getByRole('heading', { name, level: 2 }).parentElement as HTMLElement;

const quebecInCanada = withAnswers({ destination: 'QC', economicProfile: 'yes' });

describe('Quebec, in Canada', () => {
  const cases = {
    en: {
      selection:
        'An H&C request cannot exempt you from Quebec’s selection: if MIFI refuses the CSQ, IRCC must refuse permanent residence.',
      wait: 'In IRCC’s published times of May 20, 2026, requests bound for Quebec took about 57 months, against 32 elsewhere. IRCC has since stopped publishing this time',
      skilled:
        'Express Entry’s federal skilled worker and Canadian experience classes are for people who plan to live outside Quebec, and Quebec has no provincial nominee program.',
      peq: 'The PEQ (Quebec experience program) closed on November 19, 2025, and a temporary reopening from July 2, 2026 has been reported. These dates are reported, not confirmed: check quebec.ca.',
      federal: 'Check Express Entry',
    },
    fr: {
      selection:
        'Une demande CH ne peut pas vous dispenser de la sélection du Québec : si le MIFI refuse le CSQ, IRCC doit refuser la résidence permanente.',
      wait: 'Selon les délais publiés par IRCC le 20 mai 2026, les demandes destinées au Québec prenaient environ 57 mois, contre 32 ailleurs. IRCC a depuis cessé de publier ce délai',
      skilled:
        'visent les personnes qui veulent vivre hors du Québec, et le Québec n’a pas de programme des candidats.',
      peq: 'Le PEQ (Programme de l’expérience québécoise) a fermé le 19 novembre 2025, et une réouverture temporaire à partir du 2 juillet 2026 a été annoncée. Ces dates sont annoncées, mais pas confirmées : vérifiez sur quebec.ca.',
      federal: 'Vérifiez Entrée express',
    },
  };
  for (const lang of ['en', 'fr'] as const) {
    it(`says H&C cannot exempt from Quebec's selection, dates the wait, and flags the PEQ's dates (${lang})`, async () => {
      const { container } = await show(quebecInCanada, '2026-06-01', lang);
      const words = cases[lang];
      const selection = part(container, '[data-rule="inform.quebec-selection"]');
      expect(selection).toHaveTextContent(words.selection);
      expect(selection).toHaveTextContent(words.wait);
      const economic = part(container, '[data-rule="suggest.economic-program"]');
      expect(economic).toHaveTextContent(words.skilled);
      expect(economic).toHaveTextContent(words.peq);
      expect(economic).not.toHaveTextContent(words.federal);
    });
  }

  it('gives the figures of the date of the result: those of 2024 before May 2026', async () => {
    const { container } = await show(quebecInCanada, '2025-06-01', 'en');
    expect(part(container, '[data-rule="inform.quebec-selection"]')).toHaveTextContent(
      'In IRCC’s published times of November 19, 2024, requests bound for Quebec took about 49 months, against 20 elsewhere.',
    );
  });
});

describe('from outside Canada', () => {
  const abroad = withAnswers(
    { destination: 'QC', familySponsor: 'yes', fearOfReturn: 'yes', hardships: ['establishment'] },
    outsideCanada,
  );
  const cases = {
    en: {
      csq: 'On the economic route, get the CSQ first, through Quebec’s skilled worker program (PSTQ), and only then apply to IRCC.',
      fee: 'From outside Canada, there is no separate H&C fee',
      refugee: 'It is only for people outside their own country',
      tag: 'From your answers, look at this one if you are outside your own country.',
      life: 'Your life and ties in Canada',
      apply: 'Look at the routes suggested above before you apply',
    },
    fr: {
      csq: 'Par la voie économique, obtenez d’abord le CSQ par le Programme de sélection des travailleurs qualifiés (PSTQ), puis présentez la demande à IRCC.',
      fee: 'Hors du Canada, il n’y a pas de frais distincts pour la demande CH',
      refugee: 'Elle ne vise que les personnes qui sont hors de leur propre pays',
      tag: 'D’après vos réponses, regardez celle-ci si vous êtes hors de votre propre pays.',
      life: 'Votre vie et vos liens au Canada',
      apply: 'Examinez les voies suggérées plus haut avant de présenter la demande',
    },
  };
  for (const lang of ['en', 'fr'] as const) {
    it(`puts the CSQ first on the economic route, charges no H&C fee, and says who the refugee classes are for (${lang})`, async () => {
      const { container } = await show(abroad, '2026-06-01', lang);
      const words = cases[lang];
      const selection = part(container, '[data-rule="inform.quebec-selection"]');
      expect(selection).toHaveTextContent(words.csq);
      expect(selection).not.toHaveTextContent(/57/);
      expect(container).toHaveTextContent(words.fee);
      const refugee = part(container, '[data-class="refugee"]');
      expect(refugee).toHaveTextContent(words.refugee);
      expect(refugee).toHaveTextContent(words.tag);
      expect(part(container, '[data-evidence="establishment"]')).toHaveTextContent(words.life);
      expect(part(container, '[data-next-step="step.check-other-programs"]')).toHaveTextContent(words.apply);
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
    });
  }

  it('tells a deported person about the ARC’s fee and repaying the cost of removal, in both languages', async () => {
    const removed = withAnswers({ removal: 'removed', removalOrderType: 'deportation' }, outsideCanada);
    const en = await show(removed, '2026-06-01', 'en');
    const card = part(en.container, '[data-rule="warn.authorization-to-return"]');
    expect(card).toHaveTextContent('You do not need it if you left on time under a departure order');
    expect(card).toHaveTextContent('If Canada paid for your removal, you must repay that cost first.');
    en.unmount();
    const fr = await show(removed, '2026-06-01', 'fr');
    expect(part(fr.container, '[data-rule="warn.authorization-to-return"]')).toHaveTextContent(
      'Si le Canada a payé votre renvoi, vous devez d’abord en rembourser le coût.',
    );
  });
});

describe('in Canada: status, refusal, forms, fees', () => {
  const cases = {
    en: {
      status: 'Making the request gives you no status: it does not let you stay, work or study.',
      review:
        'Your application for leave must be served on the Minister and filed within 15 days after the day you learn of the decision, even if you have left Canada.',
      reconsider: 'that does not stop the 15-day clock',
      permit: 'but not within 12 months after a refugee claim is rejected, abandoned or withdrawn',
      withStatus: 'With valid temporary status',
      forms: ['Generic Application Form for Canada (IMM 0008)', 'for you and each family member aged 18 or older'],
      translation: 'a sworn statement (affidavit) from the translator',
      subtotal: 'When you apply: processing fees and biometrics',
    },
    fr: {
      status:
        'Présenter la demande ne vous donne aucun statut : elle ne vous autorise ni à rester, ni à travailler, ni à étudier.',
      review:
        'Votre demande d’autorisation doit être signifiée au ministre et déposée dans les 15 jours suivant le jour où vous apprenez la décision, même si vous avez quitté le Canada.',
      reconsider: 'cela n’arrête pas le délai de 15 jours',
      permit: 'mais pas dans les 12 mois suivant le rejet, le désistement ou le retrait d’une demande d’asile',
      withStatus: 'Avec un statut temporaire valide',
      forms: [
        'Demande générique pour le Canada (IMM 0008)',
        'pour vous et chaque membre de la famille de 18 ans ou plus',
      ],
      translation: 'une déclaration sous serment (affidavit) de la personne qui l’a traduit',
      subtotal: 'En présentant la demande : frais de traitement et données biométriques',
    },
  };
  for (const lang of ['en', 'fr'] as const) {
    it(`says a request gives no status, and repeats the review deadline where a removal order may be in force (${lang})`, async () => {
      const rejected = withAnswers({ refugeeClaim: 'rejected', lastDecisionDate: '2025-01-10' });
      const { container } = await show(rejected, '2026-06-01', lang);
      const words = cases[lang];
      expect(part(container, '[data-rule="inform.two-stage-process"]')).toHaveTextContent(words.status);
      const refusal = section(lang === 'en' ? 'If your request is refused' : 'Si votre demande est refusée');
      expect(part(refusal, '[data-refusal="judicial-review"]')).toHaveTextContent(words.review);
      expect(refusal).toHaveTextContent(words.reconsider);
      expect(refusal).toHaveTextContent(words.permit);
      // a claim that ended brings the conditional removal order into force: no "with status" lines
      expect(refusal).not.toHaveTextContent(words.withStatus);
      for (const form of words.forms) expect(container).toHaveTextContent(form);
      expect(container).toHaveTextContent(words.translation);
      expect(screen.getByRole('table')).toHaveTextContent(words.subtotal);
    });
  }

  it('keeps the lines for people with status when no removal order may be in force', async () => {
    await show(withAnswers({}), '2026-06-01', 'en');
    expect(section('If your request is refused')).toHaveTextContent(cases.en.withStatus);
  });

  it('says from when a dated bar lets the person apply, in its own words, when another bar has no date', async () => {
    const twoBars = withAnswers({ pendingHc: true, refugeeClaim: 'rejected', lastDecisionDate: '2026-01-10' });
    const en = await show(twoBars, '2026-06-01', 'en');
    expect(
      within(part(en.container, '[data-outcome]'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'your other H&C request must be decided, or you must withdraw it',
      'you cannot apply before January 11, 2027 because of the 12-month wait',
    ]);
    en.unmount();
    const fr = await show(twoBars, '2026-06-01', 'fr');
    expect(part(fr.container, '[data-outcome]')).toHaveTextContent(
      'vous ne pouvez pas présenter la demande avant le 11 janvier 2027, en raison du délai d’attente de 12 mois',
    );
    expect(part(fr.container, '[data-rule="bar.twelve-month"]')).toHaveTextContent(
      'Le délai d’attente de 12 mois après une décision défavorable sur votre demande d’asile',
    );
  });
});

describe('how fresh the rules are', () => {
  it('counts six months back from the date of the result, by the calendar', () => {
    expect(checkIsStale('2026-05-31', '2026-11-30')).toBe(false);
    expect(checkIsStale('2026-05-31', '2026-12-01')).toBe(true);
    expect(checkIsStale('2026-08-31', '2027-02-28')).toBe(false);
    expect(checkIsStale('2026-08-31', '2027-03-01')).toBe(true);
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`warns when the rules were checked more than six months before the result, and only then (${lang})`, async () => {
      const stale = {
        en: 'These rules were last checked more than 6 months before the date of this result.',
        fr: 'Ces règles ont été vérifiées pour la dernière fois plus de 6 mois avant la date de ce résultat.',
      }[lang];
      const answers = withAnswers({});
      const checked = RULES.map((r) => r.checked).sort()[0] as string;
      const lastFresh = endOfMonthsAfter(checked, STALE_AFTER_MONTHS);
      for (const [asOf, warned] of [
        [lastFresh, false],
        [nextDay(lastFresh), true],
      ] as const) {
        const check = checkAnswers(answers, asOf, 'complete');
        if (!check.ok) throw new Error('incomplete');
        const view = await renderIn(lang, <AboutResult assessment={assess(check.caseFile, asOf)} />);
        const warning = view.container.querySelector('[data-checked="stale"]');
        if (warned) expect(warning).toHaveTextContent(stale);
        else expect(warning).toBeNull();
        view.unmount();
      }
    });
  }
});
