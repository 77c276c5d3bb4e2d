/**
 * The in-Canada fees as a table: each item with its amount per person, the number of people and
 * the amount, then the total. An amount nobody has confirmed yet (null) is shown as such, with the
 * last confirmed amount labelled as that under the fee's name (the figure columns are too narrow
 * for words on a phone), and no total is added up that cannot be known. Biometrics
 * are listed but kept out of the total, with the family maximum and who is exempt by age; an
 * unconfirmed fee set says to read IRCC's list before paying.
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

export function FeesTable({ fees, answers, asOf, familyPending }: Props) {
  const t = useT();
  const lang = useLang();
  const money = (amount: number) => formatMoney(amount, lang);
  const legal = legalValues(asOf);
  const biometrics = fees.items.find((item) => item.id === 'biometrics');
  const items = [...fees.items.filter((item) => item.inTotal !== false), ...(biometrics ? [biometrics] : [])];
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
    if (item.unitAmount !== null) return t(`fees.${item.id}`);
    const last = lastConfirmed(item.id, answers, fees.effectiveFrom);
    const note = last === undefined ? unconfirmed : t('fees.unknown-item', { amount: money(last) });
    return (
      <>
        {t(`fees.${item.id}`)}
        <br />
        <small data-fees="unknown-item">{note}</small>
      </>
    );
  };
  const amount = (item: FeeItem) => {
    if (item.amount !== undefined) return money(item.amount);
    return item.unitAmount === null ? unknownCell : money(item.unitAmount * item.count);
  };
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
        <caption>{t('fees.caption', { date: formatDate(fees.effectiveFrom, lang) })}</caption>
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
              <td className="num">{item.unitAmount === null ? unknownCell : money(item.unitAmount)}</td>
              <td className="num">{item.count}</td>
              <td className="num">{amount(item)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-fee="total">
            <th scope="row" colSpan={3}>
              {t('fees.total')}
              {fees.total === null ? (
                <>
                  <br />
                  <small>{unconfirmed}</small>
                </>
              ) : null}
            </th>
            <td className="num">{fees.total === null ? unknownCell : money(fees.total)}</td>
          </tr>
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
