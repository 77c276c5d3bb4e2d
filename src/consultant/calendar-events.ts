/**
 * A case's dates as calendar events, in the words of the page's language: what each date is, the
 * period and its law, how it was counted and moved, and that it is to be checked.
 */
import type { Lang } from '../i18n/shell';
import { formatDate } from '../i18n/locale';
import { citationLabel } from '../results/citation-label';
import { RULES_VERSION, type IsoDate } from '../rules';
import { COUNTING_CITATIONS, HOLIDAY_CITATIONS, type DayOff, type DeadlineKind } from '../rules/calendar';
import type { CalendarEvent } from './calendar-file';
import type { ConsultantTranslate } from './consultant-i18n';
import type { CaseDates } from './deadlines-model';

export interface CaseEvent extends CalendarEvent {
  kind: 'earliest' | DeadlineKind;
}

interface Words {
  ct: ConsultantTranslate;
  lang: Lang;
  dayOffName: (why: DayOff) => string;
}

export function caseEvents(
  { earliest, deadline }: CaseDates,
  { received, asOf, reference }: { received: IsoDate | undefined; asOf: IsoDate; reference: string | undefined },
  { ct, lang, dayOffName }: Words,
): CaseEvent[] {
  const date = (iso: IsoDate) => formatDate(iso, lang);
  const cite = (citations: readonly string[]) => citations.map((c) => citationLabel(c, lang)).join('; ');
  const summary = (event: string) => (reference ? ct('consultant.deadlines.summary', { event, reference }) : event);
  const event = (kind: CaseEvent['kind'], on: IsoDate, title: string, about: string, details: string[]) => ({
    kind,
    uid: `${kind}-${on}@hc-navigator`,
    date: on,
    summary: summary(title),
    description: [about, ...details].join('\n'),
  });
  const events: CaseEvent[] = [];
  if (earliest) {
    const about = ct('consultant.deadlines.about.earliest', { asOf: date(asOf), version: RULES_VERSION });
    events.push(event('earliest', earliest, ct('consultant.deadlines.earliest'), about, []));
  }
  if (deadline && received) {
    const about = ct(`consultant.deadlines.about.${deadline.kind}`, {
      days: deadline.days,
      received: date(received),
      citations: cite(deadline.citations),
    });
    const why = new Intl.ListFormat(lang, { type: 'conjunction' }).format(
      deadline.movedPast.map((d) => dayOffName(d.why)),
    );
    const moved = deadline.movedPast.length
      ? [ct('consultant.deadlines.moved', { counted: date(deadline.counted), why, due: date(deadline.due) })]
      : [];
    const counting = ct('consultant.deadlines.counting', {
      citations: cite([...COUNTING_CITATIONS, ...HOLIDAY_CITATIONS]),
    });
    const title = ct(`consultant.deadlines.kind.${deadline.kind}`);
    events.push(
      event(deadline.kind, deadline.due, title, about, [counting, ...moved, ct('consultant.deadlines.check')]),
    );
  }
  return events;
}
