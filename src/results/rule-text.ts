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
  isIsoDate,
  nextDay,
  sentenceValues,
  type Answers,
  type Assessment,
  type FiredRule,
  type RuleId,
  type SentenceValues,
} from '../rules';

export interface RuleContext {
  t: Translate;
  lang: Lang;
  pathway: Assessment['pathway'];
  answers: Answers;
  asOf: string;
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

interface Situation {
  pathway: Assessment['pathway'];
  quebec: boolean;
  until: boolean;
  values: SentenceValues;
}

/** The paragraphs of a rule's card: most rules have one; a few depend on where the person is or applies. */
export function bodyKeys(id: RuleId, { pathway, quebec, until, values }: Situation): MessageKey[] {
  const abroad = pathway === 'outside-canada';
  switch (id) {
    case 'exclude.non-exemptible-inadmissibility':
    case 'warn.possible-non-exemptible-inadmissibility':
      return [`rule.${id}.body`, 'results.ministerial-relief'];
    case 'bar.designated-foreign-national':
      return [until ? `rule.${id}.body` : `rule.${id}.body-pending`, `rule.${id}.other-routes`];
    case 'suggest.economic-program':
      return quebec ? [`rule.${id}.body`, `rule.${id}.body-qc`] : [`rule.${id}.body`];
    case 'inform.quebec-selection':
      if (abroad) return [`rule.${id}.body-abroad`];
      return values.date ? [`rule.${id}.body`, `rule.${id}.wait`] : [`rule.${id}.body`];
    case 'inform.judicial-review':
      return [abroad ? `rule.${id}.body-abroad` : `rule.${id}.body`];
    default:
      return [`rule.${id}.body`];
  }
}

export function ruleText(rule: FiredRule, context: RuleContext): RuleText {
  const { t, pathway, answers, asOf } = context;
  const params = ruleParams(rule, context);
  const situation = {
    pathway,
    quebec: answers.destination === 'QC',
    until: rule.until !== undefined,
    values: sentenceValues(rule.id, answers, asOf),
  };
  return {
    title: t(`rule.${rule.id}.title`, params),
    paragraphs: bodyKeys(rule.id, situation).map((key) => t(key, params)),
  };
}
