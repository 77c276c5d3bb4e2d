/**
 * The earliest date to apply as consultant mode's tables write it. An assessment with no date means
 * different things by outcome: "Now" when the person can apply, "Not known yet" while a bar has no
 * end date, "Does not apply" otherwise (usability review m10: "None" read as "now").
 */
import { formatDate } from '../i18n/locale';
import type { Lang } from '../i18n/shell';
import type { IsoDate, Outcome } from '../rules';
import type { ConsultantTranslate } from './consultant-i18n';

export function earliestText(
  ct: ConsultantTranslate,
  lang: Lang,
  { outcome, earliestApplicationDate }: { outcome: Outcome; earliestApplicationDate: IsoDate | null },
): string {
  if (earliestApplicationDate) return formatDate(earliestApplicationDate, lang);
  if (outcome === 'can-apply') return ct('consultant.earliest.now');
  return ct(outcome === 'barred' ? 'consultant.earliest.unknown' : 'consultant.earliest.none');
}
