import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PracticeSettings } from '../../config/practice';
import { renderIn } from '../testing/render';
import { loadConsultantWords } from './consultant-i18n';
import { PrintChoice, PrintedCopyHeading } from './print-choice';

const consultantWords = { load: loadConsultantWords };
const practice: PracticeSettings = {
  name: 'Cabinet Exemple',
  phone: '+1 514 555 0100',
  email: 'bonjour@exemple.ca',
  bookingUrl: '',
  licence: { body: 'CICC', number: 'R512345' },
};
const none: PracticeSettings = { ...practice, name: '', phone: '', email: '', licence: { body: '', number: '' } };

describe('the printed copies', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints each copy with its class on <html>, and takes it off when the dialog closes (French)', async () => {
    const classes: string[] = [];
    vi.spyOn(window, 'print').mockImplementation(() => classes.push(document.documentElement.className));
    const user = userEvent.setup();
    await renderIn('fr', <PrintChoice />, consultantWords);
    await user.click(screen.getByRole('button', { name: 'Imprimer la copie pour la personne' }));
    expect(classes).toEqual(['print-client']);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.documentElement.className).toBe('');

    // A dialog that never said it closed leaves no copy behind the next one.
    await user.click(screen.getByRole('button', { name: 'Imprimer la copie pour le dossier' }));
    expect(classes[1]).toBe('print-file');
    await user.click(screen.getByRole('button', { name: 'Imprimer la copie pour la personne' }));
    expect(classes[2]).toBe('print-client');
    window.dispatchEvent(new Event('afterprint'));
    expect(document.documentElement.className).toBe('');
  });

  it('heads the client copy with the practice’s name, licence number and contact (French)', async () => {
    const { container } = await renderIn('fr', <PrintedCopyHeading practice={practice} />, consultantWords);
    const letterhead = container.querySelector('[data-consultant="letterhead"]');
    expect(letterhead).toHaveTextContent('Cabinet Exemple');
    expect(letterhead).toHaveTextContent(/Numéro de permis ou de membre \(CICC\)\s: R512345\./);
    expect(letterhead).toHaveTextContent('bonjour@exemple.ca');
    expect(container.querySelector('.printed-copy__client')).toHaveTextContent('Copie pour la personne');
    expect(container.querySelector('.printed-copy__file')).toHaveTextContent(/^Copie pour le dossier\s: avec la trace/);
  });

  it('has no letterhead when no practice is set', async () => {
    const { container } = await renderIn('en', <PrintedCopyHeading practice={none} />, consultantWords);
    expect(container.querySelector('[data-consultant="letterhead"]')).toBeNull();
    expect(container.querySelector('.printed-copy__client')).toHaveTextContent('Copy for the client');
  });
});
