import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogue as en } from '../i18n/catalogue-en';
import { catalogue as fr } from '../i18n/catalogue-fr';
import { formatDate } from '../i18n/locale';
import type { Lang } from '../i18n/shell';
import { renderIn } from '../testing/render';
import { Notices, type NavState } from './notices';

const catalogues = { en, fr } as const;
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

async function lineAfterOpening(lang: Lang, earlier: NonNullable<NavState['earlier']> | null) {
  const { container } = await renderIn(lang, <Notices />, { state: { opened: true, earlier } satisfies NavState });
  return container.querySelector('[data-notice="earlier-result"]')?.textContent;
}

describe.each(['en', 'fr'] as const)('the one line on an opened file (%s)', (lang) => {
  const words = catalogues[lang];
  const date = formatDate('2026-01-15', lang);

  it('gives the result it remembered and the one it gives today', async () => {
    const line = await lineAfterOpening(lang, { date: '2026-01-15', saved: 'can-apply', now: 'barred' });
    expect(line).toBe(
      fill(words['answers.opened-result'], {
        date,
        saved: words['results.outcome.can-apply'],
        now: words['results.outcome.barred'],
      }),
    );
    expect(line).not.toMatch(/[{}]/);
    expect(screen.getByText(words['answers.opened'])).toBeInTheDocument();
  });

  it('says the answers are not complete today instead of a result', async () => {
    const line = await lineAfterOpening(lang, { date: '2026-01-15', saved: 'use-other-class', now: null });
    expect(line).toBe(
      fill(words['answers.opened-result-unfinished'], { date, saved: words['results.outcome.use-other-class'] }),
    );
  });

  it('says when the file holds no earlier result', async () => {
    expect(await lineAfterOpening(lang, null)).toBe(words['answers.opened-no-result']);
  });
});

it('says nothing of an earlier result when no file was opened', async () => {
  const { container } = await renderIn('en', <Notices />, { state: { notice: 'deep-link' } satisfies NavState });
  expect(container.querySelector('[data-notice="earlier-result"]')).toBeNull();
});
