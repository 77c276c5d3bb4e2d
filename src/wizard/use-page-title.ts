/**
 * Sets `document.title` for the page, in the page's language: "Question 5 of about 12 – Navigator",
 * with "Error: " first while a step's validation fails (as GOV.UK does). Titles stay discreet: the
 * browser's history and tab keep them after Quick exit, so they never name a question's topic or an
 * answer, nor the kind of request (decision 0013).
 */
import { useEffect } from 'react';
import { shell, type Lang } from '../i18n/shell';

export function pageTitle(lang: Lang, page: string, error = false): string {
  const text = shell[lang];
  return `${error ? text['title.error'] : ''}${page} – ${text['title.site']}`;
}

export function usePageTitle(lang: Lang, page: string, error = false): void {
  useEffect(() => {
    document.title = pageTitle(lang, page, error);
  }, [lang, page, error]);
}
