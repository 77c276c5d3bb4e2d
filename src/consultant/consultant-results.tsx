/**
 * The result in consultant mode (the wizard's results slot): the result the wizard built (`view`),
 * in the page's language or in both side by side (the other language's catalogues load only then),
 * under the printed copy's name (and, on the client copy, the practice's letterhead), followed by
 * the consultant's section: the notes, then and now (a reopened file that remembered its result),
 * the rules trace, "what if", "Compare two case files", the dates for a calendar and the note on
 * the result.
 */
import { Suspense } from 'react';
import { CatalogueGate, LangProvider, useLang } from '../i18n/i18n';
import { shell } from '../i18n/shell';
import type { ResultsSlotProps } from '../wizard/slots';
import { useProgress } from '../wizard/store';
import { useCt } from './consultant-i18n';
import { CompareFiles } from './compare-files';
import { Deadlines } from './deadlines';
import { ResultsNote } from './note-field';
import { NotesList } from './notes-list';
import { PrintedCopyHeading } from './print-choice';
import { useConsultantSettings } from './settings';
import { ThenAndNow } from './then-and-now';
import { Trace } from './trace';
import { WhatIf } from './what-if';

export function ConsultantResults({ assessment, answers, asOf, view }: ResultsSlotProps) {
  const ct = useCt();
  const lang = useLang();
  const { sideBySide } = useConsultantSettings();
  const saved = useProgress().opened?.result;
  const other = lang === 'en' ? 'fr' : 'en';
  return (
    <>
      <PrintedCopyHeading />
      {sideBySide ? (
        <div className="side-by-side">
          <section className="side-by-side__column" lang={lang} aria-label={shell[lang]['lang.own-name']}>
            {view}
          </section>
          <section className="side-by-side__column" lang={other} aria-label={shell[other]['lang.own-name']}>
            <LangProvider lang={other}>
              <Suspense fallback={<p role="status">{shell[other].loading}</p>}>
                <CatalogueGate>{view}</CatalogueGate>
              </Suspense>
            </LangProvider>
          </section>
        </div>
      ) : (
        view
      )}
      <section className="consultant-results" aria-labelledby="consultant-results-title" data-consultant="results">
        <h2 id="consultant-results-title" className="heading-l">
          {ct('consultant.results.title')}
        </h2>
        <NotesList />
        {saved ? <ThenAndNow saved={saved} assessment={assessment} /> : null}
        <Trace assessment={assessment} answers={answers} />
        <WhatIf original={answers} assessment={assessment} asOf={asOf} />
        <CompareFiles answers={answers} asOf={asOf} />
        <Deadlines assessment={assessment} answers={answers} asOf={asOf} />
        <ResultsNote />
      </section>
    </>
  );
}
