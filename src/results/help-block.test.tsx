import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PracticeSettings } from '../../config/practice';
import { HelpBlock } from './help-block';
import { renderIn } from '../testing/render';

const empty: PracticeSettings = {
  name: '',
  phone: '',
  email: '',
  bookingUrl: '',
  licence: { body: '', number: '' },
};
const practice: PracticeSettings = {
  name: 'Example Law',
  phone: '+1 514 555 0100',
  email: 'hi@example.ca',
  bookingUrl: 'https://example.ca/book',
  licence: { body: 'CICC', number: 'R512345' },
};

describe('where to get professional help', () => {
  it('names who may advise for a fee and the public resources when no practice is set', async () => {
    const { container } = await renderIn('fr', <HelpBlock practice={empty} />);
    expect(screen.getByText(/parajuristes autorisés/)).toHaveTextContent(
      'Au Québec, une consultante ou un consultant doit aussi être reconnu par le ministère de l’Immigration, de la Francisation et de l’Intégration (MIFI).',
    );
    expect(
      screen.getByText(/Collège des consultants en immigration et en citoyenneté \(college-ic\.ca\)/),
    ).toBeInTheDocument();
    expect(screen.getByText(/aussi reconnu par le MIFI \(les avocates/)).toBeInTheDocument();
    expect(screen.getByText(/Barreau du Québec/)).toBeInTheDocument();
    expect(screen.getByText(/Commission des services juridiques/)).toBeInTheDocument();
    expect(container.querySelector('[data-help="practice"]')).toBeNull();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows the practice’s name, licence number and contacts, and still the public resources', async () => {
    await renderIn('en', <HelpBlock practice={practice} />);
    expect(screen.getByText('This site is offered by Example Law.')).toBeInTheDocument();
    expect(
      screen.getByText('Licence or membership number (CICC): R512345. You can check it in the public registers below.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Phone: +1 514 555 0100' })).toHaveAttribute('href', 'tel:+15145550100');
    expect(screen.getByRole('link', { name: 'Email: hi@example.ca' })).toHaveAttribute('href', 'mailto:hi@example.ca');
    expect(screen.getByRole('link', { name: 'Book an appointment with Example Law' })).toHaveAttribute(
      'href',
      'https://example.ca/book',
    );
    expect(
      screen.getByText(
        /^For a fee, only a lawyer, a Quebec notary, a paralegal licensed by a law society or a licensed immigration consultant may advise you\./,
      ),
    ).toBeInTheDocument();
    const resources = within(document.querySelector('[data-help="public"]') as HTMLElement).getAllByRole('listitem');
    expect(resources.map((r) => r.textContent)).toEqual([
      expect.stringContaining('College of Immigration and Citizenship Consultants'),
      expect.stringContaining('recognized by the MIFI'),
      expect.stringContaining('law society'),
      expect.stringContaining('legal aid'),
    ]);
  });

  it('writes the licence line in French with its non-breaking space', async () => {
    const { container } = await renderIn(
      'fr',
      <HelpBlock practice={{ ...practice, licence: { body: 'Barreau du Québec', number: '123456-7' } }} />,
    );
    expect(container.querySelector('[data-help="licence"]')?.textContent).toBe(
      'Numéro de permis ou de membre (Barreau du Québec)\u00a0: 123456-7. Vous pouvez le vérifier dans les registres publics ci-dessous.',
    );
  });

  it('leaves out an empty field, a licence without its number and a booking address that is not https', async () => {
    const { container } = await renderIn(
      'en',
      <HelpBlock
        practice={{
          ...empty,
          name: 'Example Law',
          bookingUrl: 'javascript:alert(1)',
          licence: { body: 'CICC', number: ' ' },
        }}
      />,
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(container.querySelector('[data-help="licence"]')).toBeNull();
    expect(screen.queryByText('To have your situation reviewed:')).not.toBeInTheDocument();
  });
});
