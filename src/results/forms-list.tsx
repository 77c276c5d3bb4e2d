/** The forms of an in-Canada request (research notes D1), named as IRCC names them. */
import { useT } from '../i18n/i18n';

const FORMS = ['imm0008', 'imm0008dep', 'imm5669', 'imm5406', 'imm5283', 'imm5280', 'imm5476', 'imm5475'] as const;

export function FormsList() {
  const t = useT();
  return (
    <>
      <h3 className="heading-s">{t('forms.title')}</h3>
      <p>{t('forms.intro')}</p>
      <ul>
        {FORMS.map((form) => (
          <li key={form}>{t(`forms.${form}`)}</li>
        ))}
      </ul>
    </>
  );
}
