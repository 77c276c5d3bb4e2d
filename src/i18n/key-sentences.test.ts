/**
 * The key sentence of each situation the November 2026 legal review changed in the questions, the
 * help block and consultant mode, read in both catalogues (docs/reviews/legal-2026-11.md names the
 * finding). The results page's own situations are checked next to it (src/results).
 */
import { describe, expect, it } from 'vitest';
import { catalogue as en } from './catalogue-en';
import { catalogue as fr } from './catalogue-fr';
import { consultant as consultantEn } from './consultant-en';
import { consultant as consultantFr } from './consultant-fr';
import { shell } from './shell';

type Key = keyof typeof en;
const both = (key: Key) => ({ en: en[key], fr: fr[key] });

describe('the key sentences, in English and in French', () => {
  it('#2: the removal question names the conditional order probably in force after a claim, once', () => {
    expect(en['q.removal.hint']).toMatch(/conditional.*probably in force.*check your papers/);
    expect(fr['q.removal.hint']).toMatch(/conditionnelle.*probablement en vigueur.*vérifiez vos documents/);
    expect(en['q.removal.option-hint.none']).not.toContain('conditional');
    expect(en['q.removal.option-hint.order-in-canada']).toContain('This includes a conditional order');
    expect(fr['q.removal.option-hint.order-in-canada']).toContain('Cela comprend une mesure conditionnelle');
  });

  it('#5: ministerial relief says what it can never lift, and a possible ground is asked apart', () => {
    const relief = both('results.ministerial-relief');
    expect(relief.en).toContain('It never lifts war crimes, crimes against humanity, organ trafficking or sanctions');
    expect(relief.en).toContain('sanctions inadmissibility ends when the sanction ends');
    expect(relief.fr).toContain(
      'Elle ne lève jamais les crimes de guerre, les crimes contre l’humanité, le trafic d’organes ni les sanctions',
    );
    expect(en['q.inadmissibilityFound.label']).toMatch(/already decided that you are inadmissible/);
    expect(fr['q.inadmissibilityFound.label']).toMatch(/a-t-elle déjà été prononcée contre vous/);
  });

  it('#9: every family member is declared, and one left out can never be sponsored later', () => {
    const intro = both('step.family.intro');
    expect(intro.en).toContain('even one who will not come with you');
    expect(intro.en).toContain('can never be sponsored later');
    expect(intro.fr).toContain('même une personne qui ne vous accompagne pas');
    expect(intro.fr).toContain('ne pourra jamais être parrainé plus tard');
    expect(en['q.dependentChildren.hint']).toContain('but declare all of them');
    expect(fr['q.dependentChildren.hint']).toContain('mais déclarez-les tous');
  });

  it('#18: only a dependent child included as a family member is spared the right of PR fee', () => {
    expect(consultantEn['consultant.law.dependentChildren']).toContain(
      'a child who is the principal applicant pays it, unless',
    );
    expect(consultantFr['consultant.law.dependentChildren']).toContain(
      'l’enfant qui est le demandeur principal les paie',
    );
    expect(consultantEn['consultant.law.dependentChildren']).not.toContain('never');
  });

  it('#19, #30: paralegals may advise, and in Quebec a consultant must also be recognized by the MIFI', () => {
    expect(en['help.public']).toContain(
      'For a fee, only a lawyer, a Quebec notary, a paralegal licensed by a law society or a licensed immigration consultant may advise you. In Quebec, a consultant must also be recognized by Quebec’s immigration ministry (MIFI).',
    );
    expect(fr['help.public']).toContain('parajuristes autorisés');
    expect(fr['help.public']).toContain(
      'Au Québec, une consultante ou un consultant doit aussi être reconnu par le ministère de l’Immigration, de la Francisation et de l’Intégration (MIFI).',
    );
    expect(en['help.public.quebec-consultants']).toContain('also recognized by the MIFI');
    expect(fr['help.public.quebec-consultants']).toContain('aussi reconnu par le MIFI');
  });

  it('#20: help at home is not a legal condition, and matters only where the hardship involves violence or threats', () => {
    const body = both('rule.warn.explain-no-home-help.body');
    expect(body.en).toBe(
      'It is not a legal condition. If your hardship involves violence or threats, say whether the authorities in your country could really protect or help you, with evidence if you can.',
    );
    expect(body.fr).toContain(
      'Ce n’est pas une condition légale. Si vos difficultés comprennent de la violence ou des menaces',
    );
  });

  it('#21: an expired card or a long absence does not end permanent residence', () => {
    expect(en['q.status.option-hint.permanent-resident']).toContain(
      'An expired PR card or a long time abroad does not end it.',
    );
    expect(fr['q.status.option-hint.permanent-resident']).toContain(
      'Une carte de RP expirée ou une longue absence n’y met pas fin.',
    );
    expect(en['rule.exclude.citizen-or-pr.body']).toContain(
      'humanitarian grounds are raised in that decision or its appeal',
    );
    expect(fr['rule.exclude.citizen-or-pr.body']).toContain(
      'les motifs d’ordre humanitaire se font valoir dans cette décision ou en appel',
    );
  });

  it('#23: a pending Federal Court case restarts the wait, and a claim sent back is pending again', () => {
    expect(en['q.lastDecisionDate.hint']).toContain('the wait will start again from its decision');
    expect(fr['q.lastDecisionDate.hint']).toContain('l’attente recommencera à partir de sa décision');
    expect(en['q.refugeeClaim.option-hint.pending']).toContain(
      'if the Federal Court sent your claim back to the RPD or RAD',
    );
    expect(fr['q.refugeeClaim.option-hint.pending']).toContain(
      'si la Cour fédérale a renvoyé votre demande à la SPR ou à la SAR',
    );
  });

  it('#24: the public policy waives the lack of status, not criminality', () => {
    expect(en['q.spouseOrPartnerInCanada.why']).toContain('it does not excuse criminality or other inadmissibility');
    expect(fr['q.spouseOrPartnerInCanada.why']).toContain(
      'elle n’efface pas la criminalité ni les autres interdictions de territoire',
    );
    expect(en['rule.redirect.spouse-in-canada-class.body']).toContain('applying does not by itself stop a removal');
    expect(fr['rule.redirect.spouse-in-canada-class.body']).toContain('la demande n’arrête pas à elle seule un renvoi');
  });

  it('#34: the French uses the statute’s words, and consultant mode flags the two versions', () => {
    expect(fr['q.withdrawnAfterEvidence.label']).toContain('éléments de preuve testimoniale de fond');
    expect(fr['rule.bar.twelve-month.body']).toContain('éléments de preuve testimoniale de fond');
    expect(consultantEn['consultant.law.refugeeClaim']).toContain('The French text of the provision attaches');
    expect(consultantFr['consultant.law.refugeeClaim']).toContain('Le texte français de la disposition rattache');
  });

  it('#36: cessation is a ground H&C can exempt; organ trafficking is among those it cannot', () => {
    expect(en['q.inadmissibility.option.cessation']).toContain('cessation');
    expect(fr['q.inadmissibility.option.cessation']).toBe('Perte de l’asile');
    expect(en['q.inadmissibility.option-hint.human-rights']).toContain('trafficking in human organs');
    expect(fr['q.inadmissibility.option-hint.human-rights']).toContain('le trafic d’organes humains');
  });
});

describe('the French terms of the review', () => {
  const french: Record<string, string> = { ...shell.fr, ...fr, ...consultantFr };
  const using = (pattern: RegExp) => Object.keys(french).filter((key) => pattern.test(french[key] as string));

  it('#45: « époux ou conjoint de fait », never « époux ou conjoint » alone', () => {
    expect(using(/époux ou (?:du )?conjoints?\b(?! de fait)/)).toEqual([]);
    expect(fr['fees.processing.spouse']).toBe('Frais de traitement, époux ou conjoint de fait');
  });

  it('#46: no « pèse » for the officer’s weighing, « Quoi faire », « de type asile », « sert », « étroits », « honnête »', () => {
    expect(
      using(
        /\bpès?e (?:l’|la |tout|pas|les risques)|pesé|Quoi faire|de type asile|\bsert les\b|cas étroits|honnête|portail de RP/,
      ),
    ).toEqual([]);
    expect(fr['results.next.title']).toBe('Prochaines étapes');
    expect(fr['next.submit-online.title']).toBe('Présentez la demande par le Portail de résidence permanente');
  });

  it('#48: the short names say the same as in English', () => {
    expect(fr['q.location.short']).toBe('Où vous êtes maintenant');
    expect(fr['q.removalOrderType.short']).toBe('Type de mesure de renvoi');
  });

  it('#41: épicène writing in the words of the wizard, the start page and consultant mode', () => {
    expect(
      using(
        /vous avons amené|n’êtes pas entré|remettre à un représentant|appartient à un agent|Pour le consultant|du client\b|Les citoyens canadiens et les résidents/,
      ),
    ).toEqual([]);
    expect(fr['rule.exclude.citizen-or-pr.title']).toBe(
      'Vous avez déjà la citoyenneté canadienne ou la résidence permanente',
    );
  });
});
