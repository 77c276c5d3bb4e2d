import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { feesFor, legalValues, type Answers, type Fees } from '../rules';
import { FeesTable, lastConfirmed, subtotal } from './fees-table';
import { renderIn } from '../testing/render';

const family: Answers = { spouseIncluded: true, dependentChildren: 2 };
const cad = (lang: string, n: number) =>
  new Intl.NumberFormat(lang, { style: 'currency', currency: 'CAD', trailingZeroDisplay: 'stripIfInteger' }).format(n);
const unit = (item: { unitAmount: number | null }) => {
  if (item.unitAmount === null) throw new Error('amount not known');
  return item.unitAmount;
};

async function show(answers: Answers, asOf: string, lang: 'en' | 'fr' = 'en', familyPending = false) {
  const fees = feesFor(answers, asOf) as Fees;
  const view = await renderIn(
    lang,
    <FeesTable fees={fees} answers={answers} asOf={asOf} familyPending={familyPending} />,
  );
  return { fees, ...view };
}

describe('the fee table', () => {
  it('lists each fee with its amount per person, its count and its amount, then two subtotals, in French formats', async () => {
    const { fees } = await show(family, '2025-01-15', 'fr');
    const table = screen.getByRole('table', { name: 'Frais en vigueur depuis le 30 avril 2024' });
    const child = within(table).getByRole('row', { name: /enfant à charge/ });
    const childFee = unit(fees.items[2]!);
    expect(
      within(child)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([cad('fr-CA', childFee), '2', cad('fr-CA', childFee * 2)]);
    const processing = fees.items
      .filter((i) => i.id.startsWith('processing.'))
      .reduce((s, i) => s + unit(i) * i.count, 0);
    const biometrics = fees.items.find((i) => i.id === 'biometrics')!.amount!;
    expect(within(table).getByRole('row', { name: /^En présentant la demande/ }).textContent).toBe(
      `En présentant la demande\u00a0: frais de traitement et données biométriques${cad('fr-CA', processing + biometrics)}`,
    );
    expect(within(table).getByRole('row', { name: /^Maintenant ou plus tard/ }).textContent).toContain(
      cad('fr-CA', (fees.total as number) - processing),
    );
    expect(table.textContent).not.toMatch(/Total/);
    expect(screen.queryByText(/ne sont pas tous confirmés/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'RIPR, art. 12.2(1)a)' })).toHaveAttribute(
      'href',
      'https://laws-lois.justice.gc.ca/fra/reglements/DORS-2002-227/article-12.2.html',
    );
  });

  it('counts biometrics in what is paid when applying, and the right of PR fee in what may wait', async () => {
    const { fees } = await show(family, '2025-01-15');
    const biometrics = fees.items.find((i) => i.id === 'biometrics')!;
    const row = screen.getByRole('row', { name: /^Biometrics/ });
    expect(row.textContent).toContain(cad('en-CA', biometrics.amount!));
    const rightOfPr = fees.items.filter((i) => i.id.startsWith('right-of-pr.'));
    expect(subtotal(rightOfPr)).toBe(575 * 2);
    expect(
      screen.getByRole('row', {
        name: 'Now or later, before you become a permanent resident: right of permanent residence fee $1,150',
      }),
    ).toBeInTheDocument();
    expect(subtotal(fees.items.filter((i) => !rightOfPr.includes(i)))).toBe(635 * 2 + 175 * 2 + 170);
    const ages = legalValues('2025-01-15');
    expect(
      screen.getByText(
        new RegExp(
          `People under ${ages.biometricsYoungestAge?.value} or over ${ages.biometricsOldestAge?.value} do not give them`,
        ),
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Exempt in your application/)).not.toBeInTheDocument();
  });

  it('says how many people are exempt from biometrics and counts only the others', async () => {
    const { fees, container } = await show({ ...family, biometricsExempt: 3 }, '2025-01-15');
    const biometrics = fees.items.find((i) => i.id === 'biometrics')!;
    expect(biometrics).toMatchObject({ count: 1, amount: 85 });
    const cells = within(container.querySelector('[data-fee="biometrics"]') as HTMLElement).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual([cad('en-CA', 85), '1', cad('en-CA', 85)]);
    expect(screen.getByText(/Exempt in your application: 3 of 4 people\./)).toBeInTheDocument();
  });

  it('shows an amount nobody has confirmed as such, one only reported as such, and adds up no subtotal it cannot know', async () => {
    const { fees, container } = await show(family, '2026-06-01');
    expect(fees.total).toBeNull();
    expect(lastConfirmed('processing.principal', family, fees.effectiveFrom)).toBe(
      feesFor(family, '2025-01-15')!.items[0]!.unitAmount,
    );
    const principal = container.querySelector('[data-fee="processing.principal"]') as HTMLElement;
    const last = cad('en-CA', lastConfirmed('processing.principal', family, fees.effectiveFrom)!);
    expect(within(principal).getByRole('rowheader')).toHaveTextContent(
      `Processing fee, principal applicantNot confirmed. Last confirmed amount: ${last}.`,
    );
    expect(
      within(principal)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['–Not confirmed', '1', '–Not confirmed']);
    expect(within(principal).getAllByText('Not confirmed')[0]).toHaveClass('visually-hidden');
    const apply = container.querySelector('[data-fee="subtotal.apply"]') as HTMLElement;
    expect(apply.textContent).toBe('When you apply: processing fees and biometricsNot confirmed–Not confirmed');
    expect(apply.textContent).not.toMatch(/\$/);
    const rightOfPr = fees.items.find((i) => i.id === 'right-of-pr.principal')!;
    const rightOfPrRow = container.querySelector('[data-fee="right-of-pr.principal"]') as HTMLElement;
    expect(within(rightOfPrRow).getByRole('rowheader')).toHaveTextContent(
      `Right of permanent residence fee, principal applicantReported, not confirmed. Last confirmed amount: ${cad('en-CA', 575)}.`,
    );
    expect(rightOfPrRow.textContent).toContain(cad('en-CA', unit(rightOfPr)));
    expect(container.querySelector('[data-fee="subtotal.later"]')?.textContent).toContain(
      cad('en-CA', unit(rightOfPr) * 2),
    );
    expect(
      within(container.querySelector('[data-fee="biometrics"]') as HTMLElement).getByRole('rowheader'),
    ).toHaveTextContent(/^Biometrics$/);
    expect(container.querySelector('[data-fees="unverified"]')?.textContent).toBe(
      'The processing fees changed on April 30, 2026, and the new amounts are not known here. Not all these amounts are confirmed. Read the fees on IRCC’s fee list before you pay: if you pay too little, your application is returned.',
    );
  });

  it('says, in French too, that a family member with a pending claim cannot be part of this request', async () => {
    await show(family, '2026-06-01', 'fr', true);
    expect(
      screen.getByText(/ne peut pas faire partie de cette demande avant qu’elle soit tranchée/),
    ).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /^En présentant la demande/ }).textContent).toContain('Non confirmé');
    expect(screen.getAllByText(/^Non confirmé\. Dernier montant confirmé/)).toHaveLength(3);
    expect(screen.getAllByText(/^Annoncé, non confirmé\. Dernier montant confirmé\s: 575/)).toHaveLength(2);
  });
});
