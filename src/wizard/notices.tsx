/**
 * Short messages about what just happened to the answers: a deep link sent the person back, a
 * change dropped answers that no longer apply, a case file was opened (perhaps one saved with an
 * earlier version of the questions, which asks new ones, and with the result it remembered then and
 * the one it gives today), a damaged saved state was discarded, or saved answers that did not fit
 * together were kept but one of each clash removed, to give again.
 */
import { useLocation } from 'react-router';
import { useLang, useT } from '../i18n/i18n';
import { formatDate } from '../i18n/locale';
import { localToday } from '../lib/today';
import { assess, checkAnswers, type Outcome } from '../rules';
import { ChangeAnswerLink, questionName } from './change-answer-link';
import { askedFields, journey, type Clash } from './journey';
import { dismissNotice, useProgress } from './store';
import type { FieldId } from '../rules';

/**
 * The questions whose answers the last change dropped. History entries carry only their number, so
 * that no entry names a question's topic (decision 0013); the names are kept here, in memory, for the
 * notice on the next page, and are gone on reload, when the notice gives the number alone.
 */
let lastDropped: readonly FieldId[] = [];

export function rememberDropped(fields: readonly FieldId[]): number {
  lastDropped = fields;
  return fields.length;
}

export interface NavState {
  notice?: 'deep-link';
  dropped?: number;
  fromCheck?: boolean;
  opened?: boolean;
  /** the opened file was saved with an earlier version of the questions, and new ones apply */
  newQuestions?: boolean | undefined;
  /** how many of the opened file's notes were left out (see notes.ts) */
  notesIgnored?: number | undefined;
}

/**
 * One line on a file just opened: the result it remembered (kept in the store only once checked)
 * and the one its answers give today, or that they are not complete yet, or that it remembered none.
 */
function EarlierResultLine() {
  const t = useT();
  const lang = useLang();
  const { opened, answers } = useProgress();
  const stored = opened?.result;
  const outcome = (o: Outcome) => t(`results.outcome.${o}`);
  let line = t('answers.opened-no-result');
  if (stored) {
    const today = localToday();
    const check = checkAnswers(answers, today, 'complete');
    const values = { date: formatDate(stored.asOf, lang), saved: outcome(stored.outcome) };
    line = check.ok
      ? t('answers.opened-result', { ...values, now: outcome(assess(check.caseFile, today).outcome) })
      : t('answers.opened-result-unfinished', values);
  }
  return (
    <p className="notice" data-notice="earlier-result">
      {line}
    </p>
  );
}

/** One clash of saved answers: what was removed and why, whether to answer it again, and a way to the other answer. */
function ClashNotice({ clash, asked }: { clash: Clash; asked: boolean }) {
  const t = useT();
  const question = questionName(t, clash.field);
  const [other] = clash.others;
  let what: string;
  if (other) what = t('wizard.store-clash', { question, other: questionName(t, other) });
  else if (clash.code === 'unsure-with-grounds')
    what = t('wizard.store-clash-unsure', { question, option: t(`q.${clash.field}.option.unsure`) });
  else what = t('wizard.store-clash-date', { question });
  return (
    <>
      <p>{what}</p>
      {asked ? <p>{t('wizard.store-clash-again', { question })}</p> : null}
      {other ? (
        <p>
          <ChangeAnswerLink field={other} />
        </p>
      ) : null}
    </>
  );
}

export function Notices() {
  const t = useT();
  const state = (useLocation().state ?? {}) as NavState;
  const { notice, answers } = useProgress();
  const clashes = typeof notice === 'object' && notice !== null ? notice.clashes : [];
  const asked = clashes.length > 0 ? journey(answers, localToday()).flatMap((s) => askedFields(s, answers)) : [];
  return (
    <div role="status" className="notices">
      {state.notice === 'deep-link' ? <p className="notice">{t('wizard.deep-link-notice')}</p> : null}
      {state.dropped ? (
        <div className="notice" data-notice="dropped">
          <p>{t('wizard.dropped-notice', { count: state.dropped })}</p>
          {lastDropped.length === state.dropped ? (
            <ul>
              {lastDropped.map((field) => (
                <li key={field}>{questionName(t, field)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state.opened ? <p className="notice">{t('answers.opened')}</p> : null}
      {state.opened ? <EarlierResultLine /> : null}
      {state.newQuestions ? (
        <p className="notice" data-notice="new-questions">
          {t('answers.opened-new-questions')}
        </p>
      ) : null}
      {notice === 'store-discarded' ? (
        <div className="notice notice--warning">
          <p>{t('wizard.store-discarded')}</p>
          <button type="button" className="button button--secondary" onClick={dismissNotice}>
            {t('wizard.dismiss')}
          </button>
        </div>
      ) : null}
      {clashes.length > 0 ? (
        <div className="notice notice--warning" data-notice="clashes">
          {clashes.map((clash) => (
            <ClashNotice key={clash.field} clash={clash} asked={asked.includes(clash.field)} />
          ))}
          <button type="button" className="button button--secondary" onClick={dismissNotice}>
            {t('wizard.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
