/**
 * Where the source document the product started from is wrong in law (hc-rules.md §4) and the
 * person's situation touches it, the page says so plainly. The refusal myth is in refusal.tsx.
 */
import { useT } from '../i18n/i18n';
import type { Assessment } from '../rules';

type Myth = 'other-program' | 'designated' | 'removed' | 'safety' | 'abroad-conditions';

export function mythsFor({ outcome, pathway, rules }: Assessment): Myth[] {
  const has = (id: string) => rules.some((r) => r.id === id);
  const shown: [Myth, boolean][] = [
    ['other-program', outcome === 'use-other-class' || rules.some((r) => r.effect === 'suggest')],
    ['designated', has('bar.designated-foreign-national')],
    ['removed', has('warn.authorization-to-return')],
    ['safety', has('warn.risk-not-weighed') || has('suggest.refugee-claim')],
    ['abroad-conditions', pathway === 'outside-canada'],
  ];
  return shown.filter(([, when]) => when).map(([myth]) => myth);
}

export function Corrections({ assessment }: { assessment: Assessment }) {
  const t = useT();
  const myths = mythsFor(assessment);
  if (myths.length === 0) return null;
  return (
    <section>
      <h2 className="heading-m">{t('myth.title')}</h2>
      {myths.map((myth) => (
        <p key={myth} data-myth={myth}>
          {t(`myth.${myth}`)}
        </p>
      ))}
    </section>
  );
}
