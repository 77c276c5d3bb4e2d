/**
 * One question of a step, drawn by its kind from the catalogue's words. The legal numbers and dates
 * its words name (the waiting periods, the ages of the biometrics exemption, the day after which
 * entries count for the one-year refugee rule) come from the engine's parameters. Words that follow
 * an earlier answer (`wordsFollow`) are read for `variant`, that answer; an inset under the hint
 * speaks to it.
 */
import type { ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { ChoiceGroup, type ChoiceOption } from '../components/choice-group';
import { DateField } from '../components/date-field';
import { NumberField } from '../components/number-field';
import { WhyWeAsk } from '../components/field-parts';
import { useHas, useLang, useT } from '../i18n/i18n';
import { formatDate } from '../i18n/locale';
import type { Lang } from '../i18n/shell';
import { PARAMETERS, only } from '../rules';
import type { Question } from '../questions/catalogue';
import type { FormValues } from './step-schema';

interface Props {
  question: Question;
  isHeading: boolean;
  /** the step's form: only what a field needs, so any form of these values will do (use-step-form.ts) */
  form: Pick<UseFormReturn<FormValues>, 'register' | 'getValues' | 'setValue'>;
  error: string | undefined;
  /** the earlier answer the question's words follow, if any */
  variant?: string | undefined;
  /** shown under the hint, inside the question's description */
  inset?: ReactNode;
}

/** Values the questions' words may name; constant by law, so read without a date. */
const wordValues = (lang: Lang) => ({
  youngest: only(PARAMETERS.biometricsYoungestAge),
  oldest: only(PARAMETERS.biometricsOldestAge),
  months: only(PARAMETERS.twelveMonthBar),
  years: only(PARAMETERS.designatedForeignNationalBar) / 12,
  oneYear: only(PARAMETERS.refugeeClaimOneYear),
  departureDays: only(PARAMETERS.departureOrder),
  entriesAfter: formatDate(only(PARAMETERS.refugeeOneYearEntriesAfter), lang),
  permitHealthYears: only(PARAMETERS.permitHolderYearsHealth),
  permitYears: only(PARAMETERS.permitHolderYears),
  exclusionYears: only(PARAMETERS.exclusionOrderYears),
  misrepresentationYears: only(PARAMETERS.exclusionOrderMisrepresentationYears),
  commonLawMonths: only(PARAMETERS.commonLawMonths),
  childAge: only(PARAMETERS.dependentChildAge),
});

export function QuestionField({ question, isHeading, form, error, variant, inset }: Props) {
  const t = useT();
  const has = useHas();
  const words = wordValues(useLang());
  const f = question.field;
  const label = t(`q.${f}.label`, words) + (question.optional ? ` ${t('wizard.optional')}` : '');
  const legend = isHeading ? <h1 className="heading-l">{label}</h1> : label;
  const hint = (
    <>
      {t(`q.${f}.hint`, words)}
      {inset}
    </>
  );
  const common = { id: f, error, errorPrefix: t('error.summary-title') + ':' };
  const why = (
    <WhyWeAsk summary={t('wizard.why')}>
      <p>{t(`q.${f}.why`, words)}</p>
    </WhyWeAsk>
  );

  if (question.kind === 'date') {
    return (
      <>
        {
          <DateField
            {...common}
            name={f}
            legend={legend}
            legendIsHeading={isHeading}
            hint={
              <>
                {hint} {t('date.example')}
              </>
            }
            labels={{ day: t('date.day'), month: t('date.month'), year: t('date.year') }}
            register={form.register}
          />
        }
        {why}
      </>
    );
  }
  if (question.kind === 'integer' || question.kind === 'number') {
    return (
      <>
        <NumberField
          {...common}
          label={label}
          labelIsHeading={isHeading}
          hint={hint}
          decimals={question.kind === 'number'}
          register={form.register(f)}
        />
        {why}
      </>
    );
  }
  const optionLabel = (value: string) => t(`q.${f}.option.${value}`);
  const optionHint = (value: string) => {
    const key = `q.${f}.option-hint.${value}`;
    const followed = `${key}.${variant}`;
    if (variant !== undefined && has(followed)) return t(followed, words);
    return has(key) ? t(key, words) : undefined;
  };
  const exclusives = (question.exclusiveOptions ?? []).map((value) => ({
    value,
    label: optionLabel(value),
    hint: optionHint(value),
    exclusive: true,
  }));
  const others = (question.options ?? [])
    .filter((v) => !(question.exclusiveOptions as readonly string[] | undefined)?.includes(v))
    .map((value) => ({ value, label: optionLabel(value), hint: optionHint(value) }));
  const options: ChoiceOption[] =
    question.kind === 'boolean'
      ? [
          { value: 'true', label: t('answer.true'), hint: optionHint('true') },
          { value: 'false', label: t('answer.false'), hint: optionHint('false') },
        ]
      : question.exclusiveFirst
        ? [...exclusives, ...others]
        : [...others, ...exclusives];
  const onExclusive = (value: string, checked: boolean) => {
    if (!checked) return;
    const exclusive = (question.exclusiveOptions ?? []) as readonly string[];
    const current = (form.getValues(f) as string[] | undefined) ?? [];
    form.setValue(f, exclusive.includes(value) ? [value] : current.filter((v) => !exclusive.includes(v)));
  };
  return (
    <>
      <ChoiceGroup
        {...common}
        type={question.kind === 'multi' ? 'checkbox' : 'radio'}
        legend={legend}
        legendIsHeading={isHeading}
        hint={hint}
        options={options}
        register={form.register(f)}
        onExclusive={onExclusive}
        orLabel={t('wizard.or')}
      />
      {why}
    </>
  );
}
