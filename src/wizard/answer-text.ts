/** An answer in words, in the page's language, for "Check your answers" and the printed summary. */
import type { Translate, MessageKey } from '../i18n/i18n';
import type { Lang } from '../i18n/shell';
import type { Answers } from '../rules';
import type { Question } from '../questions/catalogue';

export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, d)));
}

export function answerText(question: Question, answers: Answers, t: Translate, lang: Lang): string {
  const value = answers[question.field];
  if (value === undefined) return t('answer.not-given');
  switch (question.kind) {
    case 'boolean': return t(value ? 'answer.true' : 'answer.false');
    case 'date': return formatDate(value as string, lang);
    case 'integer':
    case 'number': return new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA').format(value as number);
    case 'multi': {
      const list = value as string[];
      if (list.length === 0) return t(`q.${question.field}.option.none` as MessageKey);
      return list.map((v) => t(`q.${question.field}.option.${v}` as MessageKey)).join(', ');
    }
    default: return t(`q.${question.field}.option.${String(value)}` as MessageKey);
  }
}
