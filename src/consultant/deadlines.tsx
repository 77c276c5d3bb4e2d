/**
 * "Dates for a calendar" on the result (consultant mode): the earliest date to make the request,
 * and the deadline counted from the date the decision was received, shown on screen first, then
 * offered as a calendar file made on this device. Names the holidays the tool knows and what it
 * leaves to the consultant to check.
 */
import { useId, useState, type FormEvent } from 'react';
import { useLang } from '../i18n/i18n';
import { formatDate } from '../i18n/locale';
import { localToday } from '../lib/today';
import type { Answers, Assessment, IsoDate } from '../rules';
import { caseFileName, downloadText } from '../wizard/download';
import { useProgress } from '../wizard/store';
import { caseEvents, type CaseEvent } from './calendar-events';
import { calendarText, utcStamp } from './calendar-file';
import { useCt } from './consultant-i18n';
import { caseDates, checkReceived, EARLIEST_RECEIVED, type ReceivedProblem } from './deadlines-model';
import { HolidaysKnown, useDayOffName } from './holidays-known';

interface Props {
  assessment: Assessment;
  answers: Answers;
  asOf: IsoDate;
}

export function Deadlines({ assessment, answers, asOf }: Props) {
  const ct = useCt();
  const lang = useLang();
  const dayOffName = useDayOffName();
  const id = useId();
  const reference = useProgress().notes?.clientReference;
  const [received, setReceived] = useState<IsoDate | undefined>();
  const [status, setStatus] = useState('');
  const dates = caseDates(assessment, answers, received);
  const events = caseEvents(dates, { received, asOf, reference }, { ct, lang, dayOffName });

  const download = () => {
    const name = caseFileName(localToday(), reference, 'ics');
    downloadText(name, calendarText(events, utcStamp(new Date())), 'text/calendar;charset=utf-8');
    setStatus(ct('consultant.deadlines.downloaded', { name }));
  };

  return (
    <section className="consultant-deadlines" aria-labelledby={id} data-consultant="deadlines">
      <h3 id={id} className="heading-m">
        {ct('consultant.deadlines.title')}
      </h3>
      <p>{ct('consultant.deadlines.intro')}</p>
      <ReceivedForm onDate={setReceived} />
      {events.length === 0 ? <p>{ct('consultant.deadlines.none')}</p> : <EventList events={events} />}
      <HolidaysKnown />
      {events.length > 0 ? (
        <button type="button" className="button button--secondary no-print" onClick={download}>
          {ct('consultant.deadlines.download')}
        </button>
      ) : null}
      <p role="status" className="visually-hidden">
        {status}
      </p>
    </section>
  );
}

function EventList({ events }: { events: CaseEvent[] }) {
  const ct = useCt();
  const lang = useLang();
  const today = localToday();
  return (
    <dl className="summary-list" data-deadlines="dates">
      {events.map((event) => (
        <div className="summary-list__row" key={event.uid} data-deadline={event.kind}>
          <dt className="summary-list__key">{event.summary}</dt>
          <dd className="summary-list__value">
            <p>
              <strong data-deadline-date={event.date}>{formatDate(event.date, lang)}</strong>
              {event.date < today ? ` ${ct('consultant.deadlines.passed')}` : null}
            </p>
            {event.description.split('\n').map((line) => (
              <p key={line} className="hint">
                {line}
              </p>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The date the decision was received, checked when the consultant asks for the deadline. */
function ReceivedForm({ onDate }: { onDate: (date: IsoDate | undefined) => void }) {
  const ct = useCt();
  const lang = useLang();
  const id = useId();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<ReceivedProblem | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkReceived(value, localToday());
    setProblem(found);
    onDate(found ? undefined : value);
  };
  const describedBy = problem ? `${id}-hint ${id}-error` : `${id}-hint`;
  return (
    <form className="no-print" noValidate onSubmit={submit}>
      <div className={`form-group${problem ? ' form-group--error' : ''}`}>
        <label className="field-label" htmlFor={id}>
          {ct('consultant.deadlines.received')}
        </label>
        <div id={`${id}-hint`} className="hint">
          {ct('consultant.deadlines.received-hint')}
        </div>
        {problem ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            <span className="visually-hidden">{ct('consultant.deadlines.error.prefix')} </span>
            {ct(`consultant.deadlines.error.${problem}`, { date: formatDate(EARLIEST_RECEIVED, lang) })}
          </p>
        ) : null}
        <input
          className={`input input--date${problem ? ' input--error' : ''}`}
          id={id}
          type="date"
          value={value}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
      <button type="submit" className="button button--secondary">
        {ct('consultant.deadlines.show')}
      </button>
    </form>
  );
}
