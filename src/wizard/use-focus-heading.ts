/**
 * Moves focus to the page's main heading when the page (or step) changes, so screen-reader and
 * keyboard users start at the top of the new content. Not on the first page load of the visit.
 * Focus moves in the frame after the new page is painted: focusing forces a layout, and doing it
 * before the first paint delays what everyone sees.
 */
import { useEffect } from 'react';

let firstPage = true;

export function useFocusHeading(pageKey: string): void {
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (!heading) return;
      heading.tabIndex = -1;
      heading.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [pageKey]);
}
