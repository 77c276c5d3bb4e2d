/**
 * "Save, open or forget your answers": keeping them on this device is the person's choice, and
 * forgetting them is one click. Case files are saved and opened here, never sent anywhere. What
 * the app puts in the save page's slot (slots.tsx) closes the page.
 */
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCatalogue, useLang, useT } from '../i18n/i18n';
import { problemMessage, type ProblemCatalogue } from '../i18n/problem-text';
import { localToday } from '../lib/today';
import { MAX_CASE_FILE_BYTES } from '../rules';
import { readCaseFile, saveCaseFile, type OpenProblem } from './case-file-io';
import { journeyOf } from './journey';
import type { NavState } from './notices';
import { pathFor } from './paths';
import { useWizardSlots } from './slots';
import { forgetAll, openAnswers, setRemember, useProgress } from './store';
import { useFocusHeading } from './use-focus-heading';
import { usePageTitle } from './use-page-title';

export function YourAnswersPage() {
  const t = useT();
  const lang = useLang();
  const progress = useProgress();
  const navigate = useNavigate();
  const catalogue = useCatalogue() as ProblemCatalogue;
  const fileInput = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string>('');
  const [problems, setProblems] = useState<OpenProblem[] | null>(null);
  const [noFile, setNoFile] = useState(false);
  const { SaveExtra, BeforeReplace, filed } = useWizardSlots();
  // What a slot holds back until it says to go on (unsaved work in consultant mode).
  const [pending, setPending] = useState<'open' | 'forget' | null>(null);
  useFocusHeading('your-answers');
  usePageTitle(lang, t('answers.title'));
  // The way back: the first question not answered yet, or the result once every answer is in.
  const resume = journeyOf(progress, localToday()).resume();
  const back = pathFor(lang, resume.kind === 'check' ? { kind: 'results' } : resume);
  const backWords = t(resume.kind === 'check' ? 'answers.return.result' : 'answers.return.questions');

  const where = (p: OpenProblem) =>
    p.fields.length > 0 ? p.fields.map((f) => t(`q.${f}.short`)).join(', ') : p.path || t('answers.open.file');

  const open = async () => {
    const file = fileInput.current?.files?.[0];
    if (!file) return;
    const today = localToday();
    const result = readCaseFile(file.size > MAX_CASE_FILE_BYTES ? '' : await file.text(), file.size, today);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems(null);
    openAnswers(result.progress, result.opened, today, result.notes);
    filed?.();
    const state: NavState = {
      opened: true,
      newQuestions: result.newQuestions.length > 0 || undefined,
      notesIgnored: result.notesIgnored || undefined,
    };
    navigate(pathFor(lang, journeyOf(result.progress, today).resume()), { state });
  };
  const forget = () => {
    forgetAll();
    setStatus(t('answers.forgotten'));
  };
  const run = { open: () => void open(), forget };
  const ask = (action: 'open' | 'forget') => (BeforeReplace ? setPending(action) : run[action]());
  const guard = (action: 'open' | 'forget') =>
    pending === action && BeforeReplace ? (
      <BeforeReplace
        action={action}
        proceed={() => {
          setPending(null);
          run[action]();
        }}
        cancel={() => setPending(null)}
      />
    ) : null;

  return (
    <>
      <Link className="back-link" to={back}>
        {t('wizard.back')}
      </Link>
      <h1 className="heading-l">{t('answers.title')}</h1>
      <p>{t('answers.intro')}</p>
      <p>
        <Link className="button" to={back}>
          {backWords}
        </Link>
      </p>
      <p role="status" className={status ? 'notice' : 'visually-hidden'}>
        {status}
      </p>

      <h2 className="heading-m">{t('answers.remember.title')}</h2>
      <div className="choice">
        <input
          className="choice__input"
          type="checkbox"
          id="remember"
          checked={progress.remember}
          aria-describedby="remember-hint"
          onChange={(event) => {
            setRemember(event.target.checked);
            setStatus(t(event.target.checked ? 'answers.remember.on' : 'answers.remember.off'));
          }}
        />
        <label className="choice__label" htmlFor="remember">
          {t('answers.remember.label')}
        </label>
        <div id="remember-hint" className="hint choice__hint">
          {t('answers.remember.hint')}
        </div>
      </div>

      <h2 className="heading-m">{t('answers.save.title')}</h2>
      <p>{t('answers.save.body')}</p>
      <p>{t('answers.save.reading', { print: t('print.button') })}</p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          saveCaseFile(progress.answers, progress.notes, localToday());
          filed?.();
        }}
      >
        {t('answers.save.button')}
      </button>

      <h2 className="heading-m">{t('answers.open.title')}</h2>
      <p>{t('answers.open.body')}</p>
      {problems ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={(el) => el?.focus()}>
          <h3 className="error-summary__title">{t('answers.open.rejected')}</h3>
          <p>{t('answers.open.plain')}</p>
          {/* The exact problems, in the engine's terms, for whoever made or edited the file. */}
          <details>
            <summary>{t('answers.open.details')}</summary>
            <ul className="error-summary__list error-summary__list--plain">
              {problems.map((p, i) => (
                <li key={i}>
                  <strong>{where(p)}</strong>: {problemMessage(p as never, catalogue)}
                </li>
              ))}
            </ul>
          </details>
        </div>
      ) : null}
      <div className={`form-group${noFile ? ' form-group--error' : ''}`}>
        <label className="field-label" htmlFor="case-file">
          {t('answers.open.label')}
        </label>
        {noFile ? (
          <p id="case-file-error" className="field-error" role="alert">
            {t('answers.open.none-chosen')}
          </p>
        ) : null}
        <input
          id="case-file"
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="file-input"
          aria-describedby={noFile ? 'case-file-error' : undefined}
        />
      </div>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          const chosen = Boolean(fileInput.current?.files?.[0]);
          setNoFile(!chosen);
          if (chosen) ask('open');
        }}
      >
        {t('answers.open.button')}
      </button>
      {guard('open')}

      <h2 className="heading-m">{t('answers.forget.title')}</h2>
      <p>{t('answers.forget.body')}</p>
      <button type="button" className="button button--warning" onClick={() => ask('forget')}>
        {t('answers.forget')}
      </button>
      {guard('forget')}

      {SaveExtra ? <SaveExtra /> : null}
    </>
  );
}
