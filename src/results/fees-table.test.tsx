import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { feesFor, type Fees } from '../rules';
import { FeesTable } from './fees-table';
import { renderIn } from './test-render';

const family = { spouseIncluded: true, dependentChildren: 2 };
const cad = (lang: string, n: number) =>
  new Intl.NumberFormat(lang, { style: 'currency', currency: 'CAD', trailingZeroDisplay: 'stripIfInteger' }).format(n);

describe('the fee table', () => {
  it('lists each fee with its amount per person, its count and its amount, then the total, in French formats', async () => {
    const fees = feesFor(family, '2025-01-15') as Fees;
    await renderIn('fr', <FeesTable fees={fees} />);
    const table = screen.getByRole('table', { name: 'Frais en vigueur depuis le 30 avril 2024' });
    const child = within(table).getByRole('row', { name: /enfant à charge/ });
    expect(within(child).getAllByRole('cell').map((c) => c.textContent))
      .toEqual([cad('fr-CA', fees.items[2]!.unitAmount), '2', cad('fr-CA', fees.items[2]!.unitAmount * 2)]);
    expect(within(table).getByRole('row', { name: /^Total/ }).textContent).toContain(cad('fr-CA', fees.total));
    expect(screen.queryByText(/ne sont pas tous confirmés/)).not.toBeInTheDocument();
  });

  it('keeps biometrics out of the total, with the family maximum and the children’s exemption', async () => {
    const fees = feesFor(family, '2025-01-15') as Fees;
    const biometrics = fees.items.find((i) => i.id === 'biometrics')!;
    await renderIn('en', <FeesTable fees={fees} />);
    const row = screen.getByRole('row', { name: /Biometrics \(not in the total\)/ });
    expect(row.textContent).toContain(cad('en-CA', biometrics.amount!));
    const sum = fees.items.filter((i) => i.inTotal !== false).reduce((s, i) => s + i.unitAmount * i.count, 0);
    expect(sum).toBe(fees.total);
    expect(screen.getByText(/Children under \d+ do not give biometrics/)).toBeInTheDocument();
  });

  it('tells the person to check IRCC’s fee list when the amounts are not confirmed', async () => {
    const fees = feesFor({}, '2026-05-01') as Fees;
    expect(fees.verified).toBe(false);
    await renderIn('en', <FeesTable fees={fees} />);
    expect(screen.getByText('Not all these amounts are confirmed. Check IRCC’s fee list before paying.')).toBeInTheDocument();
  });
});
