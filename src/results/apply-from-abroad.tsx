/**
 * How to apply from outside Canada: no stand-alone H&C application; the request goes with a
 * permanent resident visa application in a family, economic or refugee class (research notes D3),
 * whose fee applies. The classes the answers point to are marked.
 */
import { useT } from '../i18n/i18n';
import type { Answers } from '../rules';

type PrClass = 'family' | 'economic' | 'refugee';

function pointedTo(prClass: PrClass, a: Answers): boolean {
  switch (prClass) {
    case 'family':
      return a.familySponsor === 'yes' || a.familySponsor === 'unsure';
    case 'economic':
      return a.economicProfile === 'yes' || a.economicProfile === 'unsure';
    case 'refugee':
      return a.fearOfReturn === 'yes';
  }
}

export function ApplyFromAbroad({ answers }: { answers: Answers }) {
  const t = useT();
  const classes: PrClass[] = ['family', 'economic', 'refugee'];
  return (
    <section>
      <h2 className="heading-m">{t('abroad.title')}</h2>
      <p>{t('abroad.intro')}</p>
      <ul>
        {classes.map((c) => (
          <li key={c} data-class={c}>
            {t(`abroad.${c}`)}
            {pointedTo(c, answers) ? <strong className="tag">{t('abroad.yours')}</strong> : null}
          </li>
        ))}
      </ul>
      <p>{t('abroad.how')}</p>
      <p>{t('fees.abroad')}</p>
    </section>
  );
}
