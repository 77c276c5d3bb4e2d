/**
 * What this result is and is not, and how fresh it is: the rules' and the fees' last check, with a
 * warning when the rules were last checked more than six months before the date of the result (the
 * law, the fees or IRCC's practice may have moved since), and the statutes' abbreviations spelt out.
 */
import { useLang, useT } from '../i18n/i18n';
import { formatDate } from '../i18n/locale';
import { RULES, RULES_VERSION, legalValues, type Assessment } from '../rules';
import { STALE_AFTER_MONTHS, checkIsStale } from './freshness';

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
      {rulesChecked && checkIsStale(rulesChecked, assessment.asOf) ? (
        <p className="notice notice--warning" data-checked="stale">
          {t('about.stale', { months: STALE_AFTER_MONTHS })}
        </p>
      ) : null}
      <ul>
        {rulesChecked ? (
          <li data-checked="rules">{t('about.checked', { date: formatDate(rulesChecked, lang) })}</li>
        ) : null}
        {feesChecked ? (
          <li data-checked="fees">{t('about.fees-checked', { date: formatDate(feesChecked, lang) })}</li>
        ) : null}
        <li>{t('about.as-of', { date: formatDate(assessment.asOf, lang), version: RULES_VERSION })}</li>
        <li>{t('about.sources')}</li>
      </ul>
    </section>
  );
}
