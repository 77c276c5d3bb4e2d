/**
 * What officers look for, for each hardship the person named (research notes E4, E6, E7, E9):
 * children first when a child is affected, then each hardship, then the source document's third
 * factor, help sought from the home country's authorities, or why not.
 */
import { useT, type MessageKey } from '../i18n/i18n';
import type { Answers } from '../rules';

type Topic = NonNullable<Answers['hardships']>[number] | 'children';

const EVIDENCE: Record<Topic, readonly string[]> = {
  children: ['school', 'medical', 'letters'],
  establishment: ['work', 'money', 'community', 'studies', 'time'],
  'health-care': ['reports', 'abroad'],
  'family-violence': ['police', 'shelter', 'medical'],
  'country-conditions': ['reports', 'personal'],
  safety: ['facts', 'reports'],
  discrimination: ['reports', 'personal'],
  'family-separation': ['ties', 'dependence'],
  'costs-of-return': ['note'],
  other: ['proof'],
};

const HOME_HELP: Record<NonNullable<Answers['homeCountryHelp']>, string> = {
  'sought-with-proof': 'sought-with-proof',
  'sought-no-proof': 'sought-no-proof',
  'not-sought-with-reason': 'not-sought',
  'not-sought': 'not-sought',
};

export function topicsFor(answers: Answers): Topic[] {
  return [...(answers.childrenAffected ? ['children' as const] : []), ...(answers.hardships ?? [])];
}

export function EvidenceChecklist({ answers }: { answers: Answers }) {
  const t = useT();
  const k = (key: string) => t(`evidence.${key}` as MessageKey);
  return (
    <section>
      <h2 className="heading-m">{t('evidence.title')}</h2>
      <p>{t('evidence.intro')}</p>
      {topicsFor(answers).map((topic) => (
        <div key={topic} data-evidence={topic}>
          <h3 className="heading-s">{k(`${topic}.title`)}</h3>
          <ul>
            {EVIDENCE[topic].map((item) => (
              <li key={item}>{k(`${topic}.${item}`)}</li>
            ))}
          </ul>
        </div>
      ))}
      {answers.homeCountryHelp ? (
        <div data-evidence="home-help">
          <h3 className="heading-s">{t('evidence.home-help.title')}</h3>
          <ul>
            <li>{k(`home-help.${HOME_HELP[answers.homeCountryHelp]}`)}</li>
          </ul>
        </div>
      ) : null}
      <p>{t('evidence.translations')}</p>
    </section>
  );
}
