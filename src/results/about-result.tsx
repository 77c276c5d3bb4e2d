/** What this result is and is not, and how fresh it is: the rules' and the fees' last check. */
import { useLang, useT } from '../i18n/i18n';
import { formatDate } from '../i18n/locale';
import { RULES, RULES_VERSION, legalValues, type Assessment } from '../rules';

/** The oldest check among the rules: the page promises no more than that. */
const rulesChecked = RULES.map((r) => r.checked).sort()[0];

export function AboutResult({ assessment }: { assessment: Assessment }) {
  const t = useT();
  const lang = useLang();
  const feesChecked = legalValues(assessment.asOf).fees?.checked;
  return (
    <section>
      <h2 className="heading-m">{t('about.title')}</h2>
      <p>{t('about.not-advice')}</p>
      <ul>
        {rulesChecked ? (
          <li data-checked="rules">{t('about.checked', { date: formatDate(rulesChecked, lang) })}</li>
        ) : null}
        {feesChecked ? (
          <li data-checked="fees">{t('about.fees-checked', { date: formatDate(feesChecked, lang) })}</li>
        ) : null}
        <li>{t('about.as-of', { date: formatDate(assessment.asOf, lang), version: RULES_VERSION })}</li>
      </ul>
    </section>
  );
}
