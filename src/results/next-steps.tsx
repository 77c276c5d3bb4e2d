/** The engine's next-step codes as actions, in its order: `step.<code>` reads `next.<code>.*`. */
import { useLang, useT, type MessageKey } from '../i18n/i18n';
import type { Assessment } from '../rules';
import { formatDate } from './format';

export function NextSteps({ assessment }: { assessment: Assessment }) {
  const t = useT();
  const lang = useLang();
  const date = assessment.earliestApplicationDate ? formatDate(assessment.earliestApplicationDate, lang) : '';
  return (
    <section>
      <h2 className="heading-m">{t('results.next.title')}</h2>
      <ol className="steps">
        {assessment.nextSteps.map((step) => {
          const key = `next.${step.slice('step.'.length)}`;
          return (
            <li key={step} data-step={step}>
              <h3 className="heading-s">{t(`${key}.title` as MessageKey, { date })}</h3>
              <p>{t(`${key}.body` as MessageKey, { date })}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
