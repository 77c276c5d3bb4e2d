/**
 * A fired rule in words: its title and paragraphs in the page's language. The numbers and dates
 * come from the rule's own row (`sentenceValues`, read on the evaluation date: ISO dates are
 * written in the page's language, numbers as they are) and, for a rule that runs until a day, that
 * day and the first day after it. Only the choice between alternative paragraphs is made here.
 */
import type { Params } from '../i18n/format';
import type { MessageKey, Translate } from '../i18n/i18n';
import { formatDate } from '../i18n/locale';
import type { Lang } from '../i18n/shell';
import {
  applicableAnswers,
  isIsoDate,
  legalValues,
  nextDay,
  removalOrderMayBeInForce,
  sentenceValues,
  unsureAnswers,
  type Answers,
  type Assessment,
  type FiredRule,
  type ParameterName,
  type RuleId,
  type SentenceValues,
  type UnsureAnswer,
} from '../rules';

export interface RuleContext {
  t: Translate;
  lang: Lang;
  pathway: Assessment['pathway'];
  answers: Answers;
  asOf: string;
  outcome: Assessment['outcome'];
  /** the ids of every rule listed in the assessment */
  listed: readonly RuleId[];
}

/** The context of a card from the assessment it belongs to. */
export function ruleContext(t: Translate, lang: Lang, assessment: Assessment, answers: Answers): RuleContext {
  const { pathway, asOf, outcome, rules } = assessment;
  return { t, lang, pathway, answers, asOf, outcome, listed: rules.map((r) => r.id) };
}

export interface RuleText {
  title: string;
  paragraphs: string[];
}

/** A row's values as the sentence shows them: dates in the page's language, numbers as they are. */
export function shownValues(values: SentenceValues, lang: Lang): Params {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'string' && isIsoDate(value) ? formatDate(value, lang) : value,
    ]),
  );
}

export function ruleParams(rule: FiredRule, { lang, answers, asOf }: RuleContext): Params {
  const params = shownValues(sentenceValues(rule.id, answers, asOf), lang);
  if (rule.until)
    Object.assign(params, { until: formatDate(rule.until, lang), from: formatDate(nextDay(rule.until), lang) });
  return params;
}

export interface Situation {
  pathway: Assessment['pathway'];
  quebec: boolean;
  until: boolean;
  values: SentenceValues;
  /** every dated fact the card states is confirmed (false: its paragraph says it is not) */
  confirmed?: boolean;
  /** a removal order may be in force (the engine's `removalOrderMayBeInForce`) */
  removal?: boolean;
  /** from abroad, the request may be attached to a family-class sponsorship (the sponsor's appeal is listed) */
  familyClass?: boolean;
  /** the refugee claim was withdrawn, before or after evidence */
  withdrawn?: boolean;
  /** the outcome sends the person to another class first */
  redirected?: boolean;
  /** the answers given as "not sure" or "unknown" that ask for a professional's review */
  unsure?: readonly UnsureAnswer[];
  /** "not sure" whether an included family member's refugee claim is pending */
  familyClaimUnsure?: boolean;
  /** the exceptions to the 12-month wait the person gave: life for lack of medical care, a child */
  exceptions?: readonly ('life' | 'child')[];
}

/** What the words of a card depend on, beyond the rule itself and its dated facts. */
function situationOf(rule: FiredRule, { pathway, answers, asOf, outcome, listed }: RuleContext): Situation {
  const a = applicableAnswers(answers);
  const exceptions = [
    ...(a.lifeRiskNoMedicalCare === true ? (['life'] as const) : []),
    ...(a.childHarm === 'yes' ? (['child'] as const) : []),
  ];
  return {
    pathway,
    quebec: a.destination === 'QC',
    until: rule.until !== undefined,
    values: sentenceValues(rule.id, answers, asOf),
    removal: removalOrderMayBeInForce(a),
    familyClass: pathway === 'outside-canada' && listed.includes('inform.sponsor-appeal'),
    withdrawn: a.refugeeClaim === 'withdrawn',
    redirected: outcome === 'use-other-class',
    unsure: unsureAnswers(a),
    familyClaimUnsure: a.familyMemberPendingClaim === 'unsure',
    exceptions,
  };
}

/** The key of a card's title: the judicial review's depends on the class the request goes with. */
export function titleKey(id: RuleId, { familyClass }: Situation): MessageKey {
  return id === 'inform.judicial-review' && familyClass ? `rule.${id}.title-other-class` : `rule.${id}.title`;
}

/** The dated facts a card states, whose `verified` flag picks the paragraph that shows them. */
const DATED_FACTS: Partial<Record<RuleId, readonly ParameterName[]>> = {
  'suggest.economic-program': ['peqClosed', 'peqReopened'],
  'inform.quebec-selection': ['processingMonthsQuebec', 'processingMonthsElsewhere'],
};

export function factsConfirmed(id: RuleId, asOf: string): boolean {
  const legal = legalValues(asOf);
  return (DATED_FACTS[id] ?? []).every((name) => legal[name]?.verified !== false);
}

/** The paragraphs of a rule's card: most rules have one; a few depend on where the person is or applies. */
export function bodyKeys(id: RuleId, situation: Situation): MessageKey[] {
  const { pathway, quebec, until, values, confirmed = true, removal, withdrawn } = situation;
  const abroad = pathway === 'outside-canada';
  const dated = confirmed ? '' : '-unconfirmed';
  switch (id) {
    case 'bar.pending-refugee-claim':
      return [situation.redirected ? `rule.${id}.body-redirect` : `rule.${id}.body`];
    case 'bar.twelve-month':
      return removal ? [`rule.${id}.body`, `rule.${id}.removal`] : [`rule.${id}.body`];
    case 'lift.twelve-month':
      return [
        ...(situation.exceptions ?? []).map((exception) => `rule.${id}.${exception}` as const),
        `rule.${id}.body`,
        ...(removal ? [`rule.${id}.removal` as const] : []),
      ];
    case 'warn.withdrawal-consequences':
      if (!withdrawn) return [`rule.${id}.body`];
      return [removal ? `rule.${id}.body-withdrawn` : `rule.${id}.body-withdrawn-abroad`];
    case 'suggest.temporary-resident-permit':
      return withdrawn ? [`rule.${id}.body`, `rule.${id}.withdrawn`] : [`rule.${id}.body`];
    case 'warn.professional-review':
      return [...(situation.unsure ?? []).map((answer) => `results.unsure.${answer}` as const), `rule.${id}.body`];
    case 'warn.family-member-pending-claim':
      return situation.familyClaimUnsure
        ? ['results.unsure.familyMemberPendingClaim', `rule.${id}.body`]
        : [`rule.${id}.body`];
    case 'exclude.non-exemptible-inadmissibility':
    case 'warn.possible-non-exemptible-inadmissibility':
      return [`rule.${id}.body`, 'results.ministerial-relief'];
    case 'bar.designated-foreign-national':
      return [until ? `rule.${id}.body` : `rule.${id}.body-pending`, `rule.${id}.other-routes`];
    case 'suggest.economic-program':
      return quebec ? [`rule.${id}.body-qc`, `rule.${id}.peq${dated}`] : [`rule.${id}.body`];
    case 'inform.quebec-selection':
      if (abroad) return [`rule.${id}.body-abroad`, `rule.${id}.no-exemption`];
      return [
        `rule.${id}.body`,
        `rule.${id}.no-exemption`,
        ...(values.date ? [`rule.${id}.wait${dated}` as const] : []),
      ];
    case 'inform.two-stage-process':
      return [`rule.${id}.body`, `rule.${id}.status`];
    case 'inform.judicial-review':
      return [abroad ? `rule.${id}.body-abroad` : `rule.${id}.body`];
    default:
      return [`rule.${id}.body`];
  }
}

export function ruleText(rule: FiredRule, context: RuleContext): RuleText {
  const { t, asOf } = context;
  const params = ruleParams(rule, context);
  const situation = { ...situationOf(rule, context), confirmed: factsConfirmed(rule.id, asOf) };
  return {
    title: t(titleKey(rule.id, situation), params),
    paragraphs: bodyKeys(rule.id, situation).map((key) => t(key, params)),
  };
}
