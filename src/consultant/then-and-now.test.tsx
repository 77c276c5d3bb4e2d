import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogue as enWords } from '../i18n/catalogue-en';
import { catalogue as frWords } from '../i18n/catalogue-fr';
import { consultant as en } from '../i18n/consultant-en';
import { consultant as fr } from '../i18n/consultant-fr';
import { formatDate } from '../i18n/locale';
import type { Lang } from '../i18n/shell';
import { RULES_VERSION, assess, checkAnswers, type StoredResult } from '../rules';
import { withAnswers } from '../testing/answers';
import { renderIn } from '../testing/render';
import { loadConsultantWords } from './consultant-i18n';
import { RULES_CHANGELOG } from './rules-changelog';
import { ThenAndNow } from './then-and-now';

const asOf = '2026-06-01';
const check = checkAnswers(withAnswers({ refugeeClaim: 'rejected', lastDecisionDate: '2026-01-15' }), asOf, 'complete');
if (!check.ok) throw new Error('the test answers are not complete');
const assessment = assess(check.caseFile, asOf);
const words = { en: { ...enWords, ...en }, fr: { ...frWords, ...fr } } as const;
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
/** As toHaveTextContent reads text: every run of white space, the no-break space included, as one space. */
const spaced = (text: string) => text.replace(/\s+/g, ' ');

/** Saved before version 2 under the rules the first entry counts from: it could apply then. */
const saved: StoredResult = {
  asOf: '2025-11-03',
  rulesVersion: RULES_CHANGELOG[0]?.since ?? '',
  outcome: 'can-apply',
  earliestApplicationDate: null,
  feesTotal: 1210,
  ruleIds: ['inform.judicial-review', 'suggest.retired-route'],
};

const render = (lang: Lang, file: StoredResult = saved) =>
  renderIn(lang, <ThenAndNow saved={file} assessment={assessment} />, { load: loadConsultantWords });
const row = (container: HTMLElement, name: string) =>
  container.querySelector<HTMLElement>(`[data-then-now-row="${name}"]`) as HTMLElement;

describe.each(['en', 'fr'] as const)('then and now (%s)', (lang) => {
  const w = words[lang];

  it('puts the result remembered and today\u2019s side by side, marking what changed', async () => {
    const { container } = await render(lang);
    expect(await screen.findByRole('heading', { name: w['consultant.then-now.title'] })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: w['consultant.then-now.caption'] });
    const cells = (name: string) => [...row(table, name).querySelectorAll('td')].map((td) => td.textContent);
    expect(cells('date')).toEqual([
      formatDate(saved.asOf, lang),
      formatDate(asOf, lang),
      w['consultant.whatif.changed'],
    ]);
    expect(cells('version')).toEqual([saved.rulesVersion, RULES_VERSION, w['consultant.whatif.changed']]);
    expect(cells('outcome')).toEqual([
      w['results.outcome.can-apply'],
      w[`results.outcome.${assessment.outcome}`],
      w['consultant.whatif.changed'],
    ]);
    expect(row(container, 'earliest').dataset.changed).toBe('true');
    expect(within(row(table, 'fees')).getAllByRole('cell')[1]).toHaveTextContent(
      spaced(w['consultant.then-now.fees-none']),
    );
  });

  it('names, for each rule that started or stopped firing, the recorded changes that concern it', async () => {
    const { container } = await render(lang);
    await screen.findByRole('heading', { name: w['consultant.then-now.title'] });
    const added = container.querySelector<HTMLElement>(
      '[data-then-now-rules="added"] [data-rule="warn.declare-family-members"]',
    );
    expect(added).toHaveTextContent(spaced(w['consultant.changelog.new-listed-rules']));
    const removed = container.querySelector<HTMLElement>(
      '[data-then-now-rules="removed"] [data-rule="suggest.retired-route"]',
    );
    expect(removed).toHaveTextContent(spaced(w['consultant.then-now.no-change-named']));
  });

  it('says why from the rules changelog: every change since the version the file was saved under', async () => {
    const { container } = await render(lang);
    await screen.findByRole('heading', { name: w['consultant.then-now.title'] });
    expect(container.querySelector('[data-then-now="why"]')).toHaveTextContent(
      spaced(fill(w['consultant.then-now.since'], { version: saved.rulesVersion })),
    );
    const entries = [...container.querySelectorAll<HTMLElement>('[data-changelog-entry]')];
    expect(entries.map((e) => e.dataset.changelogEntry)).toEqual(RULES_CHANGELOG.map((e) => e.version));
    const last = RULES_CHANGELOG.at(-1);
    for (const change of last?.changes ?? []) {
      const item = container.querySelector(`[data-change="${change.words}"]`) as HTMLElement;
      expect(item).toHaveTextContent(spaced(w[change.words]));
      for (const id of [...change.rules, ...change.parameters]) expect(within(item).getByText(id)).toBeInTheDocument();
    }
  });
});

describe('then and now under other versions', () => {
  it('says the rules are the same when the file was saved under the rules in force', async () => {
    const { container } = await render('en', { ...saved, rulesVersion: RULES_VERSION });
    await screen.findByRole('heading', { name: 'Then and now' });
    expect(container.querySelector('[data-then-now="why"]')).toHaveTextContent(
      spaced(en['consultant.then-now.same-rules']),
    );
    expect(container.querySelector('[data-changelog-entry]')).toBeNull();
  });

  it('lists every entry, plainly, for a version the changelog does not know', async () => {
    const { container } = await render('fr', { ...saved, rulesVersion: '2025-01-01.unknown' });
    await screen.findByRole('heading', { name: fr['consultant.then-now.title'] });
    expect(container.querySelector('[data-then-now="why"]')).toHaveTextContent(
      spaced(fill(fr['consultant.then-now.unknown-version'], { version: '2025-01-01.unknown' })),
    );
    expect(container.querySelectorAll('[data-changelog-entry]')).toHaveLength(RULES_CHANGELOG.length);
  });
});
