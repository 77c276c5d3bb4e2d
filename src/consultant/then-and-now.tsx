/**
 * Then and now, on the result of a reopened file that remembered its result: that result and
 * today's side by side (date, rules version, outcome, earliest date, fees), the rules that started
 * or stopped firing with the recorded changes that concern each, and what the rules changelog
 * says changed since the version the file was saved under, and why.
 */
import { useLang, useT } from '../i18n/i18n';
import { LOCALES, formatDate, formatMoney } from '../i18n/locale';
import { RULES_VERSION, storedResultOf, type Assessment, type StoredResult } from '../rules';
import { useCt } from './consultant-i18n';
import { earliestText } from './earliest-words';
import { ChangeRow } from './result-comparison';
import { changesSince, type ChangelogEntry, type RulesChange } from './rules-changelog';

interface Props {
  /** the result the file remembered (already checked) */
  saved: StoredResult;
  assessment: Assessment;
}

export function ThenAndNow({ saved, assessment }: Props) {
  const ct = useCt();
  const now = storedResultOf(assessment, RULES_VERSION);
  const { entries, known } = changesSince(saved.rulesVersion);
  const recorded = entries.flatMap((entry) => entry.changes);
  const added = now.ruleIds.filter((id) => !saved.ruleIds.includes(id));
  const removed = saved.ruleIds.filter((id) => !now.ruleIds.includes(id));
  let why = ct('consultant.then-now.since', { version: saved.rulesVersion });
  if (entries.length === 0) why = ct('consultant.then-now.same-rules');
  else if (!known) why = ct('consultant.then-now.unknown-version', { version: saved.rulesVersion });
  return (
    <section aria-labelledby="then-now-title" data-consultant="then-now">
      <h3 id="then-now-title" className="heading-m">
        {ct('consultant.then-now.title')}
      </h3>
      <p>{ct('consultant.then-now.intro')}</p>
      <ResultTable saved={saved} now={now} />
      <RuleList title={ct('consultant.then-now.rules-added')} ids={added} kind="added" recorded={recorded} />
      <RuleList title={ct('consultant.then-now.rules-removed')} ids={removed} kind="removed" recorded={recorded} />
      <h4 className="heading-s">{ct('consultant.then-now.why')}</h4>
      <p data-then-now="why">{why}</p>
      {entries.map((entry) => (
        <Entry key={entry.version} entry={entry} />
      ))}
    </section>
  );
}

function ResultTable({ saved, now }: { saved: StoredResult; now: StoredResult }) {
  const ct = useCt();
  const t = useT();
  const lang = useLang();
  const date = (iso: string) => formatDate(iso, lang);
  const rows: [string, string, (r: StoredResult) => string][] = [
    ['date', ct('consultant.then-now.row.date'), (r) => date(r.asOf)],
    ['version', ct('consultant.then-now.row.version'), (r) => r.rulesVersion],
    ['outcome', ct('consultant.whatif.row.outcome'), (r) => t(`results.outcome.${r.outcome}`)],
    ['earliest', ct('consultant.whatif.row.earliest'), (r) => earliestText(ct, lang, r)],
    [
      'fees',
      ct('consultant.whatif.row.fees'),
      (r) => (r.feesTotal === null ? ct('consultant.then-now.fees-none') : formatMoney(r.feesTotal, lang)),
    ],
  ];
  return (
    <table className="table table--words">
      <caption>{ct('consultant.then-now.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{ct('consultant.whatif.col.item')}</th>
          <th scope="col">{ct('consultant.then-now.col.then')}</th>
          <th scope="col">{ct('consultant.then-now.col.now')}</th>
          <th scope="col">{ct('consultant.whatif.col.difference')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, label, show]) => {
          const changed = show(saved) !== show(now);
          return (
            <ChangeRow
              key={name}
              hook={{ 'data-then-now-row': name }}
              label={label}
              before={show(saved)}
              after={show(now)}
              changed={changed}
            />
          );
        })}
      </tbody>
    </table>
  );
}

interface RuleListProps {
  title: string;
  ids: string[];
  kind: 'added' | 'removed';
  recorded: RulesChange[];
}

/** Each rule that started or stopped firing, with the recorded changes that concern it, or that none does. */
function RuleList({ title, ids, kind, recorded }: RuleListProps) {
  const ct = useCt();
  if (ids.length === 0) return null;
  return (
    <>
      <h4 className="heading-s">{title}</h4>
      <ul className="consultant-rules" data-then-now-rules={kind}>
        {ids.map((id) => {
          const concerning = recorded.filter((change) => change.rules.includes(id));
          return (
            <li key={id} data-rule={id}>
              <code>{id}</code>
              {concerning.length === 0 ? (
                <p>{ct('consultant.then-now.no-change-named')}</p>
              ) : (
                <ul>
                  {concerning.map((change) => (
                    <li key={change.words}>{ct(change.words)}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Entry({ entry }: { entry: ChangelogEntry }) {
  const ct = useCt();
  const t = useT();
  const lang = useLang();
  const codes = (ids: readonly string[]) => (
    <ul className="inline-list">
      {ids.map((id) => (
        <li key={id}>
          <code>{id}</code>
        </li>
      ))}
    </ul>
  );
  return (
    <div data-changelog-entry={entry.version}>
      <h5 className="heading-s">
        {ct('consultant.then-now.entry', { version: entry.version, date: formatDate(entry.date, lang) })}
      </h5>
      <ul>
        {entry.changes.map((change) => (
          <li key={change.words} data-change={change.words}>
            <p>{ct(change.words)}</p>
            <dl className="consultant-facts">
              {change.rules.length > 0 ? (
                <>
                  <dt>{ct('consultant.then-now.change-rules')}</dt>
                  <dd>{codes(change.rules)}</dd>
                </>
              ) : null}
              {change.parameters.length > 0 ? (
                <>
                  <dt>{ct('consultant.then-now.change-figures')}</dt>
                  <dd>{codes(change.parameters)}</dd>
                </>
              ) : null}
              {change.fields.length > 0 ? (
                <>
                  <dt>{ct('consultant.then-now.change-answers')}</dt>
                  <dd>{new Intl.ListFormat(LOCALES[lang]).format(change.fields.map((f) => t(`q.${f}.short`)))}</dd>
                </>
              ) : null}
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
