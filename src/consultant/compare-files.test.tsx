import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CASE_FILE_VERSION, MAX_CASE_FILE_BYTES, type Answers } from '../rules';
import { withAnswers } from '../testing/answers';
import { renderIn } from '../testing/render';
import { getProgress } from '../wizard/store';
import { CompareFiles } from './compare-files';
import { loadConsultantWords } from './consultant-i18n';
import { setSettings } from './settings';
import { whatIfFileName } from './what-if-keep';

const consultantWords = { load: loadConsultantWords };
const asOf = '2026-06-01';
const barred: Answers = withAnswers({ refugeeClaim: 'rejected', lastDecisionDate: '2026-01-15', yearsInCanada: 4 });
const caseFile = (answers: Answers, name = 'autre.json') =>
  new File([JSON.stringify({ format: 'hc-case', version: CASE_FILE_VERSION, answers })], name, {
    type: 'application/json',
  });

describe('compare two case files', () => {
  beforeEach(() => setSettings({ on: true, hideAnswers: false }));

  it('compares the answers on the page with a file: the answer that differs and both results (French)', async () => {
    const user = userEvent.setup();
    await renderIn('fr', <CompareFiles answers={barred} asOf={asOf} />, consultantWords);
    await user.upload(
      screen.getByLabelText('Deuxième dossier (.json)'),
      caseFile({ ...barred, lastDecisionDate: '2024-01-15' }),
    );
    await user.click(screen.getByRole('button', { name: 'Comparer' }));
    const answers = screen.getByRole('table', { name: 'Réponses qui diffèrent' });
    expect(within(answers).getAllByRole('row')).toHaveLength(2);
    expect(answers.querySelector('[data-compare-answer="lastDecisionDate"]')).toHaveTextContent(
      /^Date de dernière décision15 janvier 202615 janvier 2024$/,
    );
    const results = screen.getByRole('table', { name: 'Les deux résultats, établis le 1er juin 2026' });
    expect(within(results).getByRole('columnheader', { name: 'Les réponses de cette page' })).toBeInTheDocument();
    expect(
      within(results).getByRole('columnheader', { name: 'Deuxième fichier\u00a0: autre.json' }),
    ).toBeInTheDocument();
    expect(document.querySelector('[data-compare-row="outcome"]')).toHaveAttribute('data-changed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('La comparaison figure ci-dessous.');
    expect(getProgress().answers).toEqual({});
  });

  it('refuses a file as "Open case file" does, says why, and keeps the comparison shown', async () => {
    const user = userEvent.setup();
    await renderIn('en', <CompareFiles answers={barred} asOf={asOf} />, consultantWords);
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getByText('Choose the second case file first')).toBeInTheDocument();

    const second = screen.getByLabelText('Second case file (.json)');
    await user.upload(second, caseFile({ ...barred, yearsInCanada: 9 }));
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(document.querySelector('[data-compare-answer="yearsInCanada"]')).toHaveTextContent('49');

    const huge = new File(['x'.repeat(MAX_CASE_FILE_BYTES + 1)], 'huge.json', { type: 'application/json' });
    await user.upload(second, huge);
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The file huge.json was not opened.');
    expect(document.querySelector('[data-compare-answer="yearsInCanada"]')).toHaveTextContent('49');

    await user.upload(second, caseFile({ ...barred, yearsInCanada: -1 }, 'wrong.json'));
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/The file wrong\.json was not opened\..*Years in Canada/);
  });

  it('says which answers an unfinished file still needs, and hides the values while answers are hidden', async () => {
    setSettings({ hideAnswers: true });
    const user = userEvent.setup();
    const { severity: _dropped, ...unfinished } = barred;
    await renderIn('en', <CompareFiles answers={barred} asOf={asOf} />, consultantWords);
    await user.upload(screen.getByLabelText('Second case file (.json)'), caseFile(unfinished as Answers));
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(document.querySelector('[data-compare-answer="severity"]')).toHaveTextContent('SeriousnessHiddenHidden');
    expect(screen.getByText(/no result yet, the file needs an answer to Seriousness/)).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /Both results/ })).toBeNull();
  });

  it('names a saved what if as one', () => {
    expect(whatIfFileName('2026-06-01', 'Dossier 12/B')).toBe('hc-case-what-if-Dossier-12-B-2026-06-01.json');
    expect(whatIfFileName('2026-06-01')).toBe('hc-case-what-if-2026-06-01.json');
  });
});
