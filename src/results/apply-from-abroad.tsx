/**
 * How to apply from outside Canada: no stand-alone H&C application; the request goes with a
 * permanent resident visa application in a family, economic or refugee class (research notes D3),
 * whose fee applies (there is no separate H&C fee). The classes the answers point to are marked.
 * The refugee classes need the person to be outside their own country (IRPA s. 96; IRPR s. 145,
 * 147(a)), which the tool does not ask: fear of return points to them only on that condition.
 * Quebec selects its own economic immigrants: for Quebec the economic class is Quebec's, with its
 * selection certificate first.
 */
import { useT } from '../i18n/i18n';
import type { Answers } from '../rules';

type PrClass = 'family' | 'economic' | 'refugee';
type Pointer = 'abroad.yours' | 'abroad.yours-if-outside';

export function pointedTo(prClass: PrClass, a: Answers): Pointer | undefined {
  switch (prClass) {
    case 'family':
      return a.familySponsor === 'yes' || a.familySponsor === 'unsure' ? 'abroad.yours' : undefined;
    case 'economic':
      return a.economicProfile === 'yes' || a.economicProfile === 'unsure' ? 'abroad.yours' : undefined;
    case 'refugee':
      return a.fearOfReturn === 'yes' ? 'abroad.yours-if-outside' : undefined;
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
        {classes.map((c) => {
          const pointer = pointedTo(c, answers);
          return (
            <li key={c} data-class={c}>
              {t(c === 'economic' && answers.destination === 'QC' ? 'abroad.economic-qc' : `abroad.${c}`)}
              {pointer ? <strong className="tag">{t(pointer)}</strong> : null}
            </li>
          );
        })}
      </ul>
      <p>{t('abroad.how')}</p>
      <p>{t('fees.abroad')}</p>
    </section>
  );
}
