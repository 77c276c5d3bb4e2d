/**
 * What happens after a refusal in Canada, stated accurately (hc-rules.md §4 item 5): there is no
 * fixed number of days from a refusal; it depends on status, a removal order or a departure order.
 * Where a removal order may be in force (the engine's `removalOrderMayBeInForce`), the lines for
 * people with status or with no order are left out. Then the one deadline that cannot wait, judicial
 * review (IRPA s. 72(2)(b); asking the officer to reconsider does not stop it, Kurukkal 2010 FCA 230),
 * a PRRA where the law allows one, and a temporary resident permit with its 12-month wait (s. 24(4)).
 */
import { useT } from '../i18n/i18n';
import { legalValues, removalOrderMayBeInForce, type Answers } from '../rules';
import { CitationList } from './citation-list';

const SOURCES = ['IRPA s. 72(2)(b)', 'IRPA s. 112(1)', 'IRPA s. 24(4)', 'IRPR s. 224(2)'];

export function Refusal({ asOf, answers }: { asOf: string; answers: Answers }) {
  const t = useT();
  const legal = legalValues(asOf);
  const days = legal.departureOrder?.value ?? '';
  const review = { days: legal.judicialReviewInCanada?.value ?? '' };
  const orderMayBeInForce = removalOrderMayBeInForce(answers);
  return (
    <section>
      <h2 className="heading-m">{t('refusal.title')}</h2>
      <p>{t('myth.thirty-days', { days })}</p>
      <p>{t('refusal.intro')}</p>
      <ul>
        {orderMayBeInForce ? null : (
          <>
            <li>{t('refusal.status')}</li>
            <li>{t('refusal.no-status')}</li>
          </>
        )}
        <li>{t('refusal.removal-order')}</li>
        <li>{t('refusal.departure-order', { days })}</li>
      </ul>
      <p className="notice notice--warning" data-refusal="judicial-review">
        {t('refusal.judicial-review', review)}
      </p>
      <p>{t('refusal.reconsider', review)}</p>
      <p>{t('refusal.prra')}</p>
      <p>{t('refusal.options', { months: legal.temporaryResidentPermitWait?.value ?? '' })}</p>
      <CitationList citations={SOURCES} />
    </section>
  );
}
