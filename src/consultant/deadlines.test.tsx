import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { consultant as fr } from '../i18n/consultant-fr';
import { PARAMETERS, assess, checkAnswers, only, type Answers } from '../rules';
import { outsideCanada, withAnswers } from '../testing/answers';
import { renderIn } from '../testing/render';
import { forgetAll } from '../wizard/store';
import { loadConsultantWords } from './consultant-i18n';
import { Deadlines } from './deadlines';
import { setSettings } from './settings';

const asOf = '2026-06-01';

function render(answers: Answers, lang: 'en' | 'fr') {
  const checked = checkAnswers(answers, asOf, 'complete');
  if (!checked.ok) throw new Error('the test answers are not complete');
  const assessment = assess(checked.caseFile, asOf);
  return renderIn(lang, <Deadlines assessment={assessment} answers={answers} asOf={asOf} />, {
    load: loadConsultantWords,
  });
}

/** As testing-library reads text: any run of white space, the no-break space included, as one space. */
const plain = (text: string) => text.replace(/\s+/g, ' ');
const dateRow = (kind: string) => document.querySelector<HTMLElement>(`[data-deadline="${kind}"]`);

describe('dates for a calendar', () => {
  beforeEach(() => {
    forgetAll();
    setSettings({ on: true });
  });

  it('shows the sponsor’s appeal deadline in French, moved past the weekend, with its law', async () => {
    const user = userEvent.setup();
    await render(withAnswers({ familySponsor: 'yes' }, outsideCanada), 'fr');
    expect(screen.getByText(plain(fr['consultant.deadlines.none']))).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Calculer l’échéance' }));
    expect(screen.getByRole('alert')).toHaveTextContent(plain(fr['consultant.deadlines.error.missing']));
    expect(screen.getByLabelText('Date de réception de la décision')).toHaveAttribute('aria-invalid', 'true');

    // Received Friday 2 October 2026: 30 days later is Sunday 1 November, so Monday 2 November.
    expect(only(PARAMETERS.sponsorAppeal)).toBe(30);
    fireEvent.change(screen.getByLabelText('Date de réception de la décision'), { target: { value: '2026-10-02' } });
    await user.click(screen.getByRole('button', { name: 'Calculer l’échéance' }));
    expect(screen.queryByRole('alert')).toBeNull();
    const row = dateRow('sponsor-appeal')!;
    expect(within(row).getByText('2 novembre 2026')).toHaveAttribute('data-deadline-date', '2026-11-02');
    expect(row).toHaveTextContent('Dernier jour pour l’appel du répondant à la Section d’appel de l’immigration');
    expect(row).toHaveTextContent('dans les 30 jours suivant le jour de réception du refus (2 octobre 2026)');
    expect(row).toHaveTextContent('LIPR, art. 63(1)');
    expect(row).toHaveTextContent(
      'Le délai se termine le 1er novembre 2026, qui n’est pas un jour ouvrable (dimanche)',
    );
    expect(screen.getByRole('button', { name: 'Télécharger le fichier d’agenda (.ics)' })).toBeInTheDocument();
  });

  it('names the holidays it knows and what it leaves to check', async () => {
    await render(withAnswers({ familySponsor: 'yes' }, outsideCanada), 'fr');
    const known = screen.getByRole('list', { name: /^Jours fériés connus de l’outil/ });
    expect(within(known).getAllByRole('listitem')).toHaveLength(11);
    expect(known).toHaveTextContent('Journée nationale de la vérité et de la réconciliation, depuis 2021');
    expect(known).not.toHaveTextContent('Saint-Jean-Baptiste');
    expect(screen.getByText(plain(fr['consultant.deadlines.not-counted']))).toBeInTheDocument();
  });

  it('refuses a date in the future, and gives the earliest date and judicial review in Canada', async () => {
    const user = userEvent.setup();
    const barred = withAnswers({ refugeeClaim: 'rejected', lastDecisionDate: '2026-01-15', destination: 'QC' });
    await render(barred, 'en');
    expect(dateRow('earliest')).toHaveTextContent('Earliest date to make the H&C request');
    expect(within(dateRow('earliest')!).getByText('January 16, 2027')).toBeInTheDocument();

    const field = screen.getByLabelText('Date the decision was received');
    fireEvent.change(field, { target: { value: '2999-01-01' } });
    await user.click(screen.getByRole('button', { name: 'Work out the deadline' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The date the decision was received must be today or in the past',
    );

    // Wednesday 9 June 2021 + 15 days = Thursday 24 June, Saint-Jean-Baptiste Day: not counted even for a
    // person bound for Quebec, since the place of filing is not known (a day early, never a day late).
    fireEvent.change(field, { target: { value: '2021-06-09' } });
    await user.click(screen.getByRole('button', { name: 'Work out the deadline' }));
    const review = dateRow('judicial-review-in-canada')!;
    expect(within(review).getByText('June 24, 2021')).toBeInTheDocument();
    expect(review).not.toHaveTextContent('Saint-Jean-Baptiste');
    expect(review).toHaveTextContent('This date has passed.');
    expect(screen.getByText(/Saint-Jean-Baptiste Day \(a holiday in Quebec\) included/)).toBeInTheDocument();
  });
});
