/**
 * Two results side by side: the outcome, the earliest date and the fees, each difference marked
 * "Changed", then the rules that fire in the second and not the first, and the other way round.
 * "What if" compares the original answers with the what if; "Compare two case files" two files.
 */
import { useLang, useT } from '../i18n/i18n';
import { formatMoney } from '../i18n/locale';
import type { Assessment } from '../rules';
import { useCt } from './consultant-i18n';
import { earliestText } from './earliest-words';
import { differences, feesShown } from './what-if-model';

interface Props {
  /** names the rows for tests and styles: `data-whatif-row` or `data-compare-row` */
  kind: 'whatif' | 'compare';
  caption: string;
  /** the headings of the first and the second result's columns */
  columns: [string, string];
  /** the headings of the rules that fire only in the second, and only in the first */
  rules: { added: string; removed: string };
  first: Assessment;
  second: Assessment;
}

export function ResultComparison({ kind, caption, columns, rules, first, second }: Props) {
  const ct = useCt();
  const t = useT();
  const lang = useLang();
  const d = differences(first, second);
  const outcome = (a: Assessment) => t(`results.outcome.${a.outcome}`);
  const earliest = (a: Assessment) => earliestText(ct, lang, a);
  const fees = (a: Assessment) => {
    const shown = feesShown(a);
    if (!shown) return ct('consultant.whatif.none');
    return shown.total === null
      ? ct('consultant.whatif.fees-unknown', { people: shown.people })
      : formatMoney(shown.total, lang);
  };
  const rows = [
    { name: 'outcome', label: ct('consultant.whatif.row.outcome'), show: outcome, changed: d.outcome },
    { name: 'earliest', label: ct('consultant.whatif.row.earliest'), show: earliest, changed: d.earliest },
    { name: 'fees', label: ct('consultant.whatif.row.fees'), show: fees, changed: d.fees },
  ];
  return (
    <>
      <table className="table table--words">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{ct('consultant.whatif.col.item')}</th>
            <th scope="col">{columns[0]}</th>
            <th scope="col">{columns[1]}</th>
            <th scope="col">{ct('consultant.whatif.col.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <ChangeRow
              key={row.name}
              hook={{ [`data-${kind}-row`]: row.name }}
              label={row.label}
              before={row.show(first)}
              after={row.show(second)}
              changed={row.changed}
            />
          ))}
        </tbody>
      </table>
      <RuleList title={rules.added} ids={d.added} kind="added" />
      <RuleList title={rules.removed} ids={d.removed} kind="removed" />
    </>
  );
}

function RuleList({ title, ids, kind }: { title: string; ids: string[]; kind: string }) {
  if (ids.length === 0) return null;
  return (
    <>
      <h4 className="heading-s">{title}</h4>
      <ul className="consultant-rules" data-whatif-rules={kind}>
        {ids.map((id) => (
          <li key={id}>
            <code>{id}</code>
          </li>
        ))}
      </ul>
    </>
  );
}

/** One row of a table of two results: the item, both values (the later one bold when it changed), and whether it did. */
export function ChangeRow(props: {
  hook: Record<string, string>;
  label: string;
  before: string;
  after: string;
  changed: boolean;
}) {
  const { hook, label, before, after, changed } = props;
  const ct = useCt();
  return (
    <tr {...hook} data-changed={changed}>
      <th scope="row">{label}</th>
      <td>{before}</td>
      <td>{changed ? <strong>{after}</strong> : after}</td>
      <td>
        {changed ? (
          <strong className="consultant-tag consultant-tag--changed">{ct('consultant.whatif.changed')}</strong>
        ) : (
          ct('consultant.whatif.same')
        )}
      </td>
    </tr>
  );
}
