import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogue as en } from '../i18n/catalogue-en';
import { catalogue as fr } from '../i18n/catalogue-fr';
import { formatDate } from '../i18n/locale';
import type { Lang } from '../i18n/shell';
import { localToday } from '../lib/today';
import { assess, checkAnswers, storedResultOf, type Answers, type Outcome } from '../rules';
import { inCanada } from '../testing/answers';
import { renderIn } from '../testing/render';
import { Notices, type NavState } from './notices';
import { forgetAll, openAnswers } from './store';

const catalogues = { en, fr } as const;
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** The line after opening a file that remembered `saved` (or nothing), with these answers. */
async function lineAfterOpening(lang: Lang, saved: Outcome | null, answers: Answers = inCanada) {
  forgetAll();
  const today = localToday();
  const check = checkAnswers(inCanada, today, 'complete');
  if (!check.ok) throw new Error('the fixture is complete');
  const result = saved && {
    ...storedResultOf(assess(check.caseFile, today), 'earlier'),
    asOf: '2026-01-15',
    outcome: saved,
  };
  openAnswers({ answers, seen: [] }, result ? { result } : {}, today);
  const { container } = await renderIn(lang, <Notices />, { state: { opened: true } satisfies NavState });
  return container.querySelector('[data-notice="earlier-result"]')?.textContent;
}

/** The outcome the fixture gives today. */
function outcomeToday(): Outcome {
  const check = checkAnswers(inCanada, localToday(), 'complete');
  return check.ok ? assess(check.caseFile, localToday()).outcome : 'not-eligible';
}

describe.each(['en', 'fr'] as const)('the one line on an opened file (%s)', (lang) => {
  const words = catalogues[lang];
  const date = formatDate('2026-01-15', lang);

  it('gives the result it remembered and the one it gives today', async () => {
    const line = await lineAfterOpening(lang, 'use-other-class');
    expect(line).toBe(
      fill(words['answers.opened-result'], {
        date,
        saved: words['results.outcome.use-other-class'],
        now: words[`results.outcome.${outcomeToday()}`],
      }),
    );
    expect(line).not.toMatch(/[{}]/);
    expect(screen.getByText(words['answers.opened'])).toBeInTheDocument();
  });

  it('says the answers are not complete today instead of a result', async () => {
    const line = await lineAfterOpening(lang, 'use-other-class', { status: 'foreign-national' });
    expect(line).toBe(
      fill(words['answers.opened-result-unfinished'], { date, saved: words['results.outcome.use-other-class'] }),
    );
  });

  it('says when the file holds no earlier result', async () => {
    expect(await lineAfterOpening(lang, null)).toBe(words['answers.opened-no-result']);
    forgetAll();
  });
});

it('says nothing of an earlier result when no file was opened', async () => {
  const { container } = await renderIn('en', <Notices />, { state: { notice: 'deep-link' } satisfies NavState });
  expect(container.querySelector('[data-notice="earlier-result"]')).toBeNull();
});
