import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderIn } from '../testing/render';
import { forgetAll, setNotes } from '../wizard/store';
import { loadConsultantWords } from './consultant-i18n';
import { NotesList } from './notes-list';
import { setSettings } from './settings';

describe('the notes on the result', () => {
  beforeEach(() => {
    forgetAll();
    setNotes({
      clientReference: 'Réf-7',
      steps: { family: 'Deux enfants.', status: 'Permis expiré.' },
      results: 'Rappeler.',
    });
  });

  it('are one list in French: the reference, each step’s note under its name in the order of the steps, then the result’s', async () => {
    setSettings({ on: true, hideAnswers: false });
    await renderIn('fr', <NotesList />, { load: loadConsultantWords });
    const list = screen.getByRole('region', { name: 'Notes de consultation' });
    const terms = within(list)
      .getAllByRole('term')
      .map((dt) => dt.textContent);
    expect(terms[0]).toBe('Référence du dossier');
    expect(terms.at(-1)).toBe('Sur le résultat');
    expect(terms).toContain('Votre famille dans la demande');
    expect(
      within(list)
        .getAllByRole('definition')
        .map((dd) => dd.textContent),
    ).toEqual(['Réf-7', 'Permis expiré.', 'Deux enfants.', 'Rappeler.']);
  });

  it('are hidden with the answers', async () => {
    setSettings({ on: true, hideAnswers: true });
    await renderIn('en', <NotesList />, { load: loadConsultantWords });
    expect(screen.queryByText('Rappeler.')).toBeNull();
  });
});
