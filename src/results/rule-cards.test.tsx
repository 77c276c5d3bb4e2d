import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { assess, checkAnswers, type Answers } from '../rules';
import { withAnswers } from '../testing/answers';
import { renderIn } from '../testing/render';
import { ResultsView } from './results-view';

/** A claim rejected on 2025-07-31: the 12-month wait ends on 2026-07-31, so the first day is 2026-08-01. */
const rejected: Answers = withAnswers({ refugeeClaim: 'rejected', lastDecisionDate: '2025-07-31' });

async function show(lang: 'en' | 'fr', ruleIds?: boolean) {
  const check = checkAnswers(rejected, '2025-10-01', 'complete');
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  const assessment = assess(check.caseFile, '2025-10-01');
  const props = ruleIds === undefined ? {} : { ruleIds };
  return renderIn(lang, <ResultsView assessment={assessment} answers={rejected} {...props} />);
}

describe('rule ids on the result’s cards', () => {
  it('are never shown to a person, in either language', async () => {
    const { container } = await show('fr');
    expect(container.querySelector('[data-rule="bar.twelve-month"]')).not.toBeNull();
    expect(container.querySelector('.card__rule')).toBeNull();
    expect(container).not.toHaveTextContent(/Règle |bar\.twelve-month/);
  });

  it('are named on each card when consultant mode asks for them', async () => {
    const { container } = await show('en', true);
    expect(screen.getByText('Rule bar.twelve-month')).toBeInTheDocument();
    expect(container.querySelectorAll('.card__rule')).toHaveLength(container.querySelectorAll('[data-rule]').length);
  });

  it('leave a French result whose dates fall on the first of a month written « 1er »', async () => {
    const { container } = await show('fr');
    expect(container.querySelector('[data-key-date]')).toHaveTextContent('présenter la demande : 1er août 2026');
    expect(container).toHaveTextContent('Résultat établi pour le 1er octobre 2025');
    expect(container).not.toHaveTextContent(/\b1 (août|octobre)/);
  });
});
