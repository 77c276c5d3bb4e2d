/**
 * A fired rule in words: its title and paragraphs in the page's language, with the engine's dates
 * and parameters put into the catalogue's placeholders. Rules with no placeholder read their
 * `rule.<id>.title` and `rule.<id>.body` as they are.
 */
import type { MessageKey, Translate } from '../i18n/i18n';
import type { Lang } from '../i18n/shell';
import { nextDay, type Answers, type Assessment, type FiredRule } from '../rules';
import { FIGURES } from './figures';
import { formatDate } from './format';
import { dfnYears, judicialReviewDays, months, refugeeOneYear } from './legal-values';

export interface RuleContext {
  t: Translate;
  lang: Lang;
  pathway: Assessment['pathway'];
  answers: Answers;
}

export interface RuleText { title: string; paragraphs: string[] }

type Params = Record<string, string | number>;

function params(rule: FiredRule, { lang, pathway }: RuleContext): Params {
  const date = (iso: string) => formatDate(iso, lang);
  const until: Params = rule.until ? { until: date(rule.until), from: date(nextDay(rule.until)) } : {};
  switch (rule.id) {
    case 'bar.twelve-month': case 'lift.twelve-month': case 'warn.withdrawal-consequences':
      return { months: months.twelveMonthBar, ...until };
    case 'bar.designated-foreign-national':
      return { years: dfnYears, ...until };
    case 'warn.refugee-claim-one-year':
      return { months: months.refugeeClaimOneYear, claimsFrom: date(refugeeOneYear.claimsFrom), entriesAfter: date(refugeeOneYear.entriesAfter) };
    case 'inform.judicial-review':
      return { days: judicialReviewDays(pathway) };
    case 'suggest.economic-program':
      return { date: date(FIGURES.peqClosed) };
    case 'inform.quebec-selection': {
      const { on, quebec, elsewhere } = FIGURES.processingMonths;
      return { date: date(on), quebec, elsewhere };
    }
    default:
      return {};
  }
}

function bodyKeys(rule: FiredRule, { pathway, answers }: RuleContext): string[] {
  const base = `rule.${rule.id}`;
  switch (rule.id) {
    case 'bar.designated-foreign-national':
      return [rule.until ? `${base}.body` : `${base}.body-pending`];
    case 'suggest.economic-program':
      return answers.destination === 'QC' ? [`${base}.body`, `${base}.body-qc`] : [`${base}.body`];
    case 'inform.quebec-selection':
      return pathway === 'outside-canada' ? [`${base}.body-abroad`] : [`${base}.body`, `${base}.wait`];
    default:
      return [`${base}.body`];
  }
}

export function ruleText(rule: FiredRule, context: RuleContext): RuleText {
  const { t } = context;
  const p = params(rule, context);
  return {
    title: t(`rule.${rule.id}.title` as MessageKey, p),
    paragraphs: bodyKeys(rule, context).map((key) => t(key as MessageKey, p)),
  };
}
