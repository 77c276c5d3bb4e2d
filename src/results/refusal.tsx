/**
 * What happens after a refusal in Canada, stated accurately (hc-rules.md §4 item 5): there is no
 * fixed number of days from a refusal; it depends on status, a removal order or a departure order.
 */
import { useT } from '../i18n/i18n';
import { legalValues } from '../rules';

export function Refusal({ asOf }: { asOf: string }) {
  const t = useT();
  const days = legalValues(asOf).departureOrder?.value ?? '';
  return (
    <section>
      <h2 className="heading-m">{t('refusal.title')}</h2>
      <p>{t('myth.thirty-days', { days })}</p>
      <p>{t('refusal.intro')}</p>
      <ul>
        <li>{t('refusal.status')}</li>
        <li>{t('refusal.no-status')}</li>
        <li>{t('refusal.removal-order')}</li>
        <li>{t('refusal.departure-order', { days })}</li>
      </ul>
      <p>{t('refusal.options')}</p>
    </section>
  );
}
