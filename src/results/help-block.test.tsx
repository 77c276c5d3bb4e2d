import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HelpBlock } from './help-block';
import { renderIn } from '../testing/render';

const empty = { name: '', phone: '', email: '', bookingUrl: '' };

describe('where to get professional help', () => {
  it('names the public resources when no practice is set', async () => {
    await renderIn('fr', <HelpBlock practice={empty} />);
    expect(screen.getByText(/Collège des consultants en immigration et en citoyenneté/)).toBeInTheDocument();
    expect(screen.getByText(/Barreau du Québec/)).toBeInTheDocument();
    expect(screen.getByText(/Commission des services juridiques/)).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows the practice’s name, phone, e-mail and booking link when set', async () => {
    await renderIn(
      'en',
      <HelpBlock
        practice={{
          name: 'Example Law',
          phone: '+1 514 555 0100',
          email: 'hi@example.ca',
          bookingUrl: 'https://example.ca/book',
        }}
      />,
    );
    expect(
      screen.getByText('This site is offered by Example Law. To have your situation reviewed:'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Phone: +1 514 555 0100' })).toHaveAttribute('href', 'tel:+15145550100');
    expect(screen.getByRole('link', { name: 'Email: hi@example.ca' })).toHaveAttribute('href', 'mailto:hi@example.ca');
    expect(screen.getByRole('link', { name: 'Book an appointment with Example Law' })).toHaveAttribute(
      'href',
      'https://example.ca/book',
    );
    expect(screen.queryByText(/College of Immigration/)).not.toBeInTheDocument();
  });

  it('leaves out an empty field and a booking address that is not https', async () => {
    await renderIn('en', <HelpBlock practice={{ ...empty, name: 'Example Law', bookingUrl: 'javascript:alert(1)' }} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
