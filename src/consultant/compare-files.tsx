/**
 * "Compare two case files", on the result in consultant mode: two files, or one file and the answers
 * on this page. Each file goes through the checks "Open case file" uses (size, JSON, the engine's
 * checks; only missing answers are accepted), and both are assessed on this result's date. A file
 * that is rejected shows why and changes nothing, the comparison on screen included. Nothing here
 * touches the client's answers, the store or the saved file.
 */
import { useRef, useState, type RefObject } from 'react';
import { useCatalogue, useT } from '../i18n/i18n';
import { problemMessage, type ProblemCatalogue } from '../i18n/problem-text';
import { MAX_CASE_FILE_BYTES, type Answers } from '../rules';
import { readCaseFile, type OpenProblem } from '../wizard/case-file-io';
import { CompareView, type ComparedFile } from './compare-view';
import { useCt } from './consultant-i18n';
import { evaluate } from './what-if-model';

interface Rejected {
  name: string;
  problems: OpenProblem[];
}

/** A chosen file, read as "Open case file" reads it and assessed on `asOf`; or why it cannot be. */
async function readForComparison(file: File, asOf: string): Promise<ComparedFile | Rejected> {
  const text = file.size > MAX_CASE_FILE_BYTES ? '' : await file.text();
  const opened = readCaseFile(text, file.size, asOf);
  if (!opened.ok) return { name: file.name, problems: opened.problems };
  const { answers } = opened.progress;
  return { name: file.name, answers, result: evaluate(answers, asOf) };
}

export function CompareFiles({ answers, asOf }: { answers: Answers; asOf: string }) {
  const ct = useCt();
  const first = useRef<HTMLInputElement>(null);
  const second = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<[ComparedFile, ComparedFile] | null>(null);
  const [rejected, setRejected] = useState<Rejected | null>(null);
  const [noFile, setNoFile] = useState(false);
  const [status, setStatus] = useState('');

  const compare = async () => {
    const [a, b] = [first.current?.files?.[0], second.current?.files?.[0]];
    setNoFile(!b);
    if (!b) return;
    const thisPage: ComparedFile = { name: null, answers, result: evaluate(answers, asOf) };
    const read = [a ? await readForComparison(a, asOf) : thisPage, await readForComparison(b, asOf)] as const;
    const bad = read.find((r): r is Rejected => 'problems' in r);
    if (bad) {
      setRejected(bad);
      setStatus('');
      return;
    }
    setRejected(null);
    setFiles(read as [ComparedFile, ComparedFile]);
    setStatus(ct('consultant.compare.done'));
  };

  return (
    <section className="compare no-print" aria-labelledby="compare-title" data-consultant="compare">
      <h3 id="compare-title" className="heading-m">
        {ct('consultant.compare.title')}
      </h3>
      <p>{ct('consultant.compare.intro')}</p>
      {rejected ? <RejectedFile rejected={rejected} /> : null}
      <FileField id="compare-first" inputRef={first} label={ct('consultant.compare.first')}>
        {ct('consultant.compare.first-hint')}
      </FileField>
      <FileField
        id="compare-second"
        inputRef={second}
        label={ct('consultant.compare.second')}
        error={noFile ? ct('consultant.compare.none-chosen') : undefined}
      />
      <button type="button" className="button button--secondary" onClick={() => void compare()}>
        {ct('consultant.compare.button')}
      </button>
      <p role="status" className={status ? 'notice' : 'visually-hidden'}>
        {status}
      </p>
      {files ? <CompareView files={files} asOf={asOf} /> : null}
    </section>
  );
}

function RejectedFile({ rejected }: { rejected: Rejected }) {
  const ct = useCt();
  const t = useT();
  const catalogue = useCatalogue() as ProblemCatalogue;
  const where = (p: OpenProblem) =>
    p.fields.length > 0 ? p.fields.map((f) => t(`q.${f}.short`)).join(', ') : p.path || t('answers.open.file');
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={(el) => el?.focus()} data-compare="rejected">
      <h4 className="error-summary__title">{ct('consultant.compare.rejected', { file: rejected.name })}</h4>
      <ul className="error-summary__list error-summary__list--plain">
        {rejected.problems.map((p, i) => (
          <li key={i}>
            <strong>{where(p)}</strong>: {problemMessage(p as never, catalogue)}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FileFieldProps {
  id: string;
  label: string;
  inputRef: RefObject<HTMLInputElement | null>;
  /** the hint */
  children?: string;
  error?: string | undefined;
}

function FileField({ id, label, inputRef, children, error }: FileFieldProps) {
  const described = [children ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children ? (
        <div id={`${id}-hint`} className="hint">
          {children}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <input
        id={id}
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        className="file-input"
        aria-describedby={described || undefined}
      />
    </div>
  );
}
