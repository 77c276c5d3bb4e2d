/**
 * The key sentence of each situation the law makes the words depend on, rendered in both languages:
 * the class a request from abroad may be attached to, a removal order that may be in force, a
 * withdrawn claim, a wait an exception may lift, a bar (nothing to pay or send), a redirect, every
 * "not sure" answer, and Quebec's own selection on the economic route.
 */
import { describe, expect, it } from 'vitest';
import { assess, checkAnswers, type Answers } from '../rules';
import { outsideCanada, withAnswers } from '../testing/answers';
import { renderIn } from '../testing/render';
import { ResultsView } from './results-view';

const AS_OF = '2025-06-01';
type Lang = 'en' | 'fr';

async function show(answers: Answers, lang: Lang, asOf = AS_OF) {
  const check = checkAnswers(answers, asOf, 'complete');
  if (!check.ok) throw new Error(`test answers are not complete: ${JSON.stringify(check.problems)}`);
  const assessment = assess(check.caseFile, asOf);
  const { container } = await renderIn(lang, <ResultsView assessment={assessment} answers={answers} />);
  const part = (selector: string) => {
    const element = container.querySelector(selector);
    if (!element) throw new Error(`nothing matches ${selector}`);
    return element as HTMLElement;
  };
  return { assessment, container, part, card: (id: string) => part(`[data-rule="${id}"]`) };
}

/** Rejected 2025-03-10: the wait's last day is 2026-03-10, so the first day to apply is 2026-03-11. */
const rejected = withAnswers({ refugeeClaim: 'rejected', lastDecisionDate: '2025-03-10' });

describe.each(['en', 'fr'] as const)('the words of each situation (%s)', (lang) => {
  const say = (en: string, fr: string) => (lang === 'en' ? en : fr);

  it('from abroad with a possible sponsor: the sponsor’s appeal and its days, and review in another class', async () => {
    const { card } = await show(withAnswers({ familySponsor: 'unsure' }, outsideCanada), lang);
    expect(card('inform.sponsor-appeal')).toHaveTextContent(
      say(
        'If your request is attached to a family-class sponsorship, your sponsor can appeal a refusal to the Immigration Appeal Division within 30 days of receiving it.',
        'Si votre demande est jointe à un parrainage (regroupement familial), votre répondant peut faire appel du refus devant la Section d’appel de l’immigration (SAI) dans les 30 jours suivant sa réception.',
      ),
    );
    expect(card('inform.judicial-review').querySelector('h3')).toHaveTextContent(
      say(
        'If refused in another class: judicial review within 60 days',
        'En cas de refus dans une autre catégorie : contrôle judiciaire dans les 60 jours',
      ),
    );
  });

  it('a 12-month wait in Canada: removal can happen meanwhile, named in the card and the next step', async () => {
    const { assessment, card, part } = await show(rejected, lang);
    expect(assessment.outcome).toBe('barred');
    expect(card('bar.twelve-month')).toHaveTextContent(
      say(
        'During this wait your removal order is probably in force, and you can be removed before March 11, 2026.',
        'Pendant cette attente, votre mesure de renvoi est probablement en vigueur, et votre renvoi peut avoir lieu avant le 11 mars 2026.',
      ),
    );
    expect(part('[data-next-step="step.wait-until-earliest-date"]')).toHaveTextContent(
      say(
        'Your removal order may be in force until then, and you can be removed meanwhile: see a lawyer now.',
        'D’ici là, votre mesure de renvoi est peut-être en vigueur et votre renvoi peut avoir lieu : consultez dès maintenant une avocate ou un avocat.',
      ),
    );
  });

  it('a barred result asks for no payment and no submission, and the forms wait too', async () => {
    const { assessment, part } = await show(withAnswers({ pendingHc: true }), lang);
    expect(assessment.outcome).toBe('barred');
    expect(part('[data-outcome]')).toHaveTextContent(
      say('Do not pay or send anything yet.', 'Ne payez rien et n’envoyez rien pour l’instant.'),
    );
    expect(assessment.nextSteps).not.toContain('step.pay-fees');
    expect(assessment.nextSteps).not.toContain('step.submit-online');
    expect(part('[data-next-step="step.complete-forms"]')).toHaveTextContent(
      say('but send nothing until you can apply.', 'mais n’envoyez rien avant de pouvoir présenter la demande.'),
    );
  });

  it('a withdrawn claim names the removal order coming into force, and the permit’s 12 months', async () => {
    const withdrawn = withAnswers({
      refugeeClaim: 'withdrawn',
      withdrawnAfterEvidence: false,
      inadmissibility: ['criminality'],
    });
    const { card } = await show(withdrawn, lang);
    expect(card('warn.withdrawal-consequences')).toHaveTextContent(
      say(
        'Your removal order came into force on the day the withdrawal was noted, and you can be removed.',
        'Votre mesure de renvoi a pris effet le jour où le retrait a été constaté, et votre renvoi peut avoir lieu.',
      ),
    );
    expect(card('suggest.temporary-resident-permit')).toHaveTextContent(
      say(
        'You withdrew your refugee claim: you cannot request a permit within 12 months of the withdrawal.',
        'Vous avez retiré votre demande d’asile : aucun permis ne peut être demandé dans les 12 mois suivant le retrait.',
      ),
    );
  });

  it('a lifted wait is IRCC’s to decide: the exception given is named, and the day after the wait is the fallback', async () => {
    const lifted = { ...rejected, childrenAffected: true, childHarm: 'yes' } as Answers;
    const { assessment, card, part } = await show(lifted, lang);
    expect(assessment.outcome).toBe('can-apply');
    const lift = card('lift.twelve-month');
    expect(lift).toHaveTextContent(
      say(
        'You said a refusal would harm a child directly affected.',
        'Vous avez indiqué qu’un refus nuirait à un enfant directement touché.',
      ),
    );
    expect(lift).not.toHaveTextContent(say('medical care', 'soins médicaux adéquats'));
    const fallback = say(
      'If IRCC does not accept it, the first day you can apply is March 11, 2026.',
      'Si IRCC ne l’accepte pas, vous pourrez présenter la demande à partir du 11 mars 2026.',
    );
    expect(lift).toHaveTextContent(fallback);
    expect(part('[data-outcome]')).toHaveTextContent(fallback);
    expect(part('[data-outcome]')).not.toHaveTextContent(say('March 10', '10 mars'));
  });

  it('names every “not sure” answer with what it could change, instead of a general sentence', async () => {
    const unsure = withAnswers({
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
    });
    const { card } = await show(unsure, lang);
    const review = [...card('warn.professional-review').querySelectorAll('p')].map((p) => p.textContent);
    expect(review.slice(0, 7)).toEqual(
      lang === 'en'
        ? [
            expect.stringMatching(/^You were not sure whether you are inadmissible\./),
            'You were not sure whether your spouse or partner can sponsor you. If they can, IRCC asks you to apply in the spouse or common-law partner in Canada class first.',
            expect.stringMatching(/^You were not sure whether you have held a temporary resident permit long enough\./),
            expect.stringMatching(/^You did not know the type of your removal order\./),
            expect.stringMatching(/^You were not sure whether a relative could sponsor you\./),
            expect.stringMatching(/^You were not sure whether you could qualify for an economic program\./),
            expect.stringMatching(/^You were not sure whether your caregiving experience counts\./),
          ]
        : [
            expect.stringMatching(/^Vous ne saviez pas si une interdiction de territoire s’applique à vous\./),
            'Vous ne saviez pas si votre époux ou conjoint de fait peut vous parrainer. Si c’est le cas, IRCC vous demande de présenter d’abord une demande dans la catégorie des époux ou conjoints de fait au Canada.',
            expect.stringMatching(/^Vous ne saviez pas si vous êtes titulaire d’un permis de séjour temporaire/),
            expect.stringMatching(/^Vous ne connaissiez pas le type de votre mesure de renvoi\./),
            expect.stringMatching(/^Vous ne saviez pas si un proche pourrait vous parrainer\./),
            expect.stringMatching(/^Vous ne saviez pas si vous pourriez être admissible à un programme économique\./),
            expect.stringMatching(/^Vous ne saviez pas si votre expérience d’aide familiale compte\./),
          ],
    );
    expect(card('warn.professional-review')).not.toHaveTextContent(say('at least once', 'au moins une fois'));
    expect(card('warn.family-member-pending-claim')).toHaveTextContent(
      say(
        'You were not sure whether a family member’s refugee claim is pending.',
        'Vous ne saviez pas si la demande d’asile d’un membre de votre famille est en cours.',
      ),
    );
  });

  it('a redirect keeps a pending claim, still warns about removal, and the designated foreign national’s bar', async () => {
    const { assessment, card, part } = await show(
      withAnswers({ spouseOrPartnerInCanada: 'yes', refugeeClaim: 'pending' }),
      lang,
    );
    expect(assessment.outcome).toBe('use-other-class');
    // The heading names the class.
    expect(part('[data-outcome] h1')).toHaveTextContent(
      say(
        'Apply in the spouse or common-law partner in Canada class first',
        'Demandez d’abord dans la catégorie des époux ou conjoints de fait au Canada',
      ),
    );
    expect(card('bar.pending-refugee-claim')).toHaveTextContent(
      say(
        'Your pending refugee claim does not stop an application in this class.',
        'Votre demande d’asile en cours n’empêche pas une demande dans cette catégorie.',
      ),
    );
    expect(part('[data-outcome]')).toHaveTextContent(
      say(
        'If you have a removal order, applying in this class does not by itself stop removal',
        'Si une mesure de renvoi vous vise, une demande dans cette catégorie n’arrête pas à elle seule le renvoi',
      ),
    );
    expect(part('[data-caveat="dfn"]')).toHaveTextContent(
      say('you may not be able to apply in this class for 5 years', 'dans cette catégorie pendant 5 ans'),
    );
  });

  it('a rejected claim under a redirect: a removal order may be in force', async () => {
    const { part } = await show({ ...rejected, spouseOrPartnerInCanada: 'yes' }, lang);
    expect(part('[data-outcome]')).toHaveTextContent(
      say('A removal order may be in force against you.', 'Une mesure de renvoi est peut-être en vigueur contre vous.'),
    );
  });

  it('fees nobody has confirmed are not captioned as in force', async () => {
    const { part } = await show(withAnswers({}), lang, '2026-06-01');
    expect(part('caption')).toHaveTextContent(
      say('Fees from April 30, 2026, not all confirmed', 'Frais à partir du 30 avril 2026, pas tous confirmés'),
    );
  });

  it('Quebec from abroad: the economic route is Quebec’s, with the CSQ first and no Express Entry', async () => {
    const { part } = await show(withAnswers({ destination: 'QC', economicProfile: 'yes' }, outsideCanada), lang);
    expect(part('[data-class="economic"]')).toHaveTextContent(
      say(
        'the Quebec skilled worker class: get a Quebec selection certificate (CSQ) first, then apply to IRCC. Express Entry and provincial nominee programs are not for people settling in Quebec.',
        'la catégorie des travailleurs qualifiés du Québec : obtenez d’abord un certificat de sélection du Québec (CSQ), puis présentez la demande à IRCC. Entrée express et les programmes des candidats des provinces ne visent pas les personnes qui s’établissent au Québec.',
      ),
    );
  });
});
