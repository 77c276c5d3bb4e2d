/**
 * The in-Canada fees as a table: each item with its amount per person, the number of people and
 * the amount, then the total. Biometrics are listed but kept out of the total, with the family
 * maximum and the children's exemption; an unconfirmed fee set says to check IRCC's list.
 */
import { useLang, useT, type MessageKey } from '../i18n/i18n';
import { feeSets, valueOn, type Fees } from '../rules';
import { FIGURES } from './figures';
import { formatDate, formatMoney } from './format';

export function FeesTable({ fees }: { fees: Fees }) {
  const t = useT();
  const lang = useLang();
  const money = (amount: number) => formatMoney(amount, lang);
  const set = valueOn(feeSets, fees.effectiveFrom)?.value;
  const biometrics = fees.items.find((item) => item.id === 'biometrics');
  const items = [...fees.items.filter((item) => item.inTotal !== false), ...(biometrics ? [biometrics] : [])];
  return (
    <>
      <h3 className="heading-s">{t('fees.title')}</h3>
      {fees.verified ? null : <p className="notice notice--warning">{t('fees.unverified')}</p>}
      <table className="table">
        <caption>{t('fees.caption', { date: formatDate(fees.effectiveFrom, lang) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fees.col.item')}</th>
            <th scope="col" className="num">{t('fees.col.unit')}</th>
            <th scope="col" className="num">{t('fees.col.count')}</th>
            <th scope="col" className="num">{t('fees.col.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-fee={item.id}>
              <th scope="row">{t(`fees.${item.id}` as MessageKey)}</th>
              <td className="num">{money(item.unitAmount)}</td>
              <td className="num">{item.count}</td>
              <td className="num">{money(item.amount ?? item.unitAmount * item.count)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-fee="total">
            <th scope="row" colSpan={3}>{t('fees.total')}</th>
            <td className="num">{money(fees.total)}</td>
          </tr>
        </tfoot>
      </table>
      {biometrics && set ? (
        <p>{t('fees.biometrics-note', { unit: money(set.biometricsPerPerson), max: money(set.biometricsFamilyMax), age: FIGURES.biometricsMinimumAge })}</p>
      ) : null}
      <p>{t('fees.right-of-pr-note')}</p>
    </>
  );
}
