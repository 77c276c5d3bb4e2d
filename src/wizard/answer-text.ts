/** An answer in words, in the page's language, for "Check your answers" and the printed summary. */
import type { Translate } from '../i18n/i18n';
import { formatDate, formatNumber } from '../i18n/locale';
import type { Lang } from '../i18n/shell';
import type { Answers } from '../rules';
import type { Question } from '../questions/catalogue';

export function answerText(question: Question, answers: Answers, t: Translate, lang: Lang): string {
  const value = answers[question.field];
  if (value === undefined) return t('answer.not-given');
  switch (question.kind) {
    case 'boolean':
      return t(value ? 'answer.true' : 'answer.false');
    case 'date':
      return formatDate(value as string, lang);
    case 'integer':
    case 'number':
      return formatNumber(value as number, lang);
    case 'multi': {
      const list = value as string[];
      if (list.length === 0) return t(`q.${question.field}.option.none`);
      return list.map((v) => t(`q.${question.field}.option.${v}`)).join(', ');
    }
    default:
      return t(`q.${question.field}.option.${String(value)}`);
  }
}
