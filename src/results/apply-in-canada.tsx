/** How to apply from inside Canada: the forms and the fees (for a bar, for when it ends). */
import { useT } from '../i18n/i18n';
import type { Answers, Assessment } from '../rules';
import { FeesTable } from './fees-table';
import { FormsList } from './forms-list';

export function ApplyInCanada({ assessment, answers }: { assessment: Assessment; answers: Answers }) {
  const t = useT();
  const familyPending = assessment.rules.some((rule) => rule.id === 'warn.family-member-pending-claim');
  return (
    <section>
      <h2 className="heading-m">{t('apply.title')}</h2>
      {assessment.outcome === 'barred' ? <p>{t('apply.barred-note')}</p> : null}
      <FormsList />
      {assessment.fees ? (
        <FeesTable fees={assessment.fees} answers={answers} asOf={assessment.asOf} familyPending={familyPending} />
      ) : null}
    </section>
  );
}
