/**
 * The in-Canada fees as a table: each item with its amount per person, the number of people and
 * the amount, in two subtotals: what is paid when applying (processing fees and biometrics, with
 * the family maximum and who is exempt by age), and the right of permanent residence fee, paid now
 * or later, before becoming a permanent resident (IRPR s. 303(3)). No grand total: it would add a
 * fee due later to one due now. An amount nobody has confirmed yet (null) is shown as such, and an
 * amount only reported (a set not verified) says so, each with the last confirmed amount under the
 * fee's name (the figure columns are too narrow for words on a phone); no subtotal is added up
 * that cannot be known. An unconfirmed fee set says to read IRCC's list before paying.
 */
import { useLang, useT } from '../i18n/i18n';
import { formatDate, formatMoney } from '../i18n/locale';
import {
  PARAMETERS,
  feesFor,
  legalValues,
  peopleInApplication,
  type Answers,
  type FeeItem,
  type FeeItemId,
  type Fees,
  type IsoDate,
} from '../rules';
import { CitationList } from './citation-list';

interface Props {
  fees: Fees;
  answers: Answers;
  asOf: IsoDate;
  /** a family member to be included has (or may have) a refugee claim pending */
  familyPending: boolean;
}

/** The item's amount in the latest earlier confirmed fee set that has one. */
export function lastConfirmed(id: FeeItemId, answers: Answers, before: IsoDate): number | undefined {
  const earlier = PARAMETERS.fees.series.filter((set) => set.verified && set.from !== undefined && set.from < before);
  for (const set of [...earlier].reverse()) {
    const unit = feesFor(answers, set.from as IsoDate)?.items.find((item) => item.id === id)?.unitAmount;
    if (unit !== undefined && unit !== null) return unit;
  }
  return undefined;
}

/** What is paid when applying; the right of permanent residence fee may wait until stage 2. */
const paidWhenApplying = (item: FeeItem) => item.id.startsWith('processing.') || item.id === 'biometrics';
const itemAmount = (item: FeeItem) => item.amount ?? (item.unitAmount === null ? null : item.unitAmount * item.count);

/** The sum of the items' amounts, or null when one is not known. */
export function subtotal(items: readonly FeeItem[]): number | null {
  const amounts = items.map(itemAmount);
  return amounts.some((a) => a === null) ? null : amounts.reduce<number>((sum, a) => sum + (a ?? 0), 0);
}

export function FeesTable({ fees, answers, asOf, familyPending }: Props) {
  const t = useT();
  const lang = useLang();
  const money = (amount: number) => formatMoney(amount, lang);
  const legal = legalValues(asOf);
  const biometrics = fees.items.find((item) => item.id === 'biometrics');
  const groups = { apply: fees.items.filter(paidWhenApplying), later: fees.items.filter((i) => !paidWhenApplying(i)) };
  const items = [...groups.apply, ...groups.later];
  const unknown = items.some((item) => item.unitAmount === null);
  const unconfirmed = t('fees.not-confirmed');
  /** A narrow column shows a dash; the words are in the row's name and read out in the cell. */
  const unknownCell = (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{unconfirmed}</span>
    </>
  );
  const itemName = (item: FeeItem) => {
    const last = lastConfirmed(item.id, answers, fees.effectiveFrom);
    const reported = !fees.verified && last !== undefined && item.unitAmount !== last;
    if (item.unitAmount !== null && !reported) return t(`fees.${item.id}`);
    const note =
      last === undefined
        ? unconfirmed
        : t(item.unitAmount === null ? 'fees.unknown-item' : 'fees.reported-item', { amount: money(last) });
    return (
      <>
        {t(`fees.${item.id}`)}
        <br />
        <small data-fees="unknown-item">{note}</small>
      </>
    );
  };
  const shown = (amount: number | null) => (amount === null ? unknownCell : money(amount));
  return (
    <>
      <h3 className="heading-s">{t('fees.title')}</h3>
      {fees.verified ? null : (
        <p className="notice notice--warning" data-fees="unverified">
          {unknown ? `${t('fees.unknown', { date: formatDate(fees.effectiveFrom, lang) })} ` : null}
          {t('fees.unverified')}
        </p>
      )}
      <table className="table">
        <caption>
          {t(fees.verified ? 'fees.caption' : 'fees.caption-unverified', {
            date: formatDate(fees.effectiveFrom, lang),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('fees.col.item')}</th>
            <th scope="col" className="num">
              {t('fees.col.unit')}
            </th>
            <th scope="col" className="num">
              {t('fees.col.count')}
            </th>
            <th scope="col" className="num">
              {t('fees.col.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-fee={item.id}>
              <th scope="row">{itemName(item)}</th>
              <td className="num">{shown(item.unitAmount)}</td>
              <td className="num">{item.count}</td>
              <td className="num">{shown(itemAmount(item))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {(['apply', 'later'] as const).map((group) => {
            const sum = subtotal(groups[group]);
            return (
              <tr key={group} data-fee={`subtotal.${group}`}>
                <th scope="row" colSpan={3}>
                  {t(`fees.subtotal.${group}`)}
                  {sum === null ? (
                    <>
                      <br />
                      <small>{unconfirmed}</small>
                    </>
                  ) : null}
                </th>
                <td className="num">{shown(sum)}</td>
              </tr>
            );
          })}
        </tfoot>
      </table>
      {familyPending ? (
        <p className="notice notice--warning" data-fees="family-pending">
          {t('fees.family-pending')}
        </p>
      ) : null}
      {biometrics && legal.fees ? (
        <p data-fees="biometrics">
          {t('fees.biometrics-note', {
            unit: money(legal.fees.value.biometricsPerPerson),
            max: money(legal.fees.value.biometricsFamilyMax),
            youngest: legal.biometricsYoungestAge?.value ?? '',
            oldest: legal.biometricsOldestAge?.value ?? '',
          })}
          {answers.biometricsExempt === undefined
            ? null
            : ` ${t('fees.biometrics-exempt', { exempt: answers.biometricsExempt, people: peopleInApplication(answers) })}`}
        </p>
      ) : null}
      <p>{t('fees.right-of-pr-note')}</p>
      <CitationList
        citations={[
          ...(legal.fees?.citations ?? []),
          ...(legal.biometricsYoungestAge?.citations ?? []),
          ...(legal.biometricsOldestAge?.citations ?? []),
        ]}
      />
    </>
  );
}
