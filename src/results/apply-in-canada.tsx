/** How to apply from inside Canada: the forms and the fees (for a bar, for when it ends). */
import { useT } from '../i18n/i18n';
import type { Assessment } from '../rules';
import { FeesTable } from './fees-table';
import { FormsList } from './forms-list';

export function ApplyInCanada({ assessment }: { assessment: Assessment }) {
  const t = useT();
  return (
    <section>
      <h2 className="heading-m">{t('apply.title')}</h2>
      {assessment.outcome === 'barred' ? <p>{t('apply.barred-note')}</p> : null}
      <FormsList />
      {assessment.fees ? <FeesTable fees={assessment.fees} /> : null}
    </section>
  );
}
