import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../i18n/catalogue';
import { consultant as frWords } from '../i18n/consultant-fr';
import { translator, wordsTranslator } from '../i18n/i18n';
import type { ProblemCatalogue } from '../i18n/problem-text';
import type { ConsultantKey } from './consultant-i18n';
import { BYTE_ORDER_MARK, csvBlob, csvCell, csvText } from './batch-csv';
import type { BatchRow, Opened } from './batch-model';
import { batchWords, csvRecords } from './batch-words';

describe('a CSV cell', () => {
  it('neutralises what a spreadsheet would run as a formula: =, +, -, @, a tab or a carriage return first', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('a=1')).toBe('a=1');
  });

  it('quotes a comma, a double quote or a line break, doubling the quotes (RFC 4180)', () => {
    expect(csvCell('Doe, Jane')).toBe('"Doe, Jane"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(1210)).toBe('1210');
    expect(csvCell(null)).toBe('');
  });

  it('ends every record with CRLF', () => {
    expect(
      csvText([
        ['a', 'b,c'],
        ['=d', ''],
      ]),
    ).toBe('a,"b,c"\r\n\'=d,\r\n');
  });

  it('is saved as UTF-8 with a byte-order mark', async () => {
    const saved = csvBlob('Résultat\r\n');
    expect(saved.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await saved.arrayBuffer());
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(`${BYTE_ORDER_MARK}Résultat\r\n`);
  });
});

describe('the table as CSV, in French', () => {
  it('has a header, then and now in columns of their own, days in ISO and totals as numbers, reasons in words', async () => {
    const catalogue = await loadCatalogue('fr');
    const t = translator('fr', catalogue);
    const ct = wordsTranslator<ConsultantKey>('fr', [frWords]);
    const words = batchWords(t, ct, 'fr', catalogue as ProblemCatalogue);
    const opened = {} as Opened;
    const rows: BatchRow[] = [
      {
        index: 0,
        fileName: '=cmd.json',
        kind: 'assessed',
        reference: 'Dupont, «\u00a0A\u00a0»',
        savedOn: '2025-11-02',
        stored: { outcome: 'can-apply', earliestApplicationDate: null, feesTotal: 1210 },
        now: { outcome: 'barred', earliestApplicationDate: '2026-09-01', feesTotal: 1210 },
        changed: true,
        opened,
      },
      { index: 1, fileName: 'b.json', kind: 'refused', problems: [{ code: 'not-json', path: '', fields: [] }] },
      {
        index: 2,
        fileName: 'c.json',
        kind: 'unfinished',
        reference: null,
        savedOn: null,
        missing: ['severity'],
        opened: { newQuestions: [] } as unknown as Opened,
      },
      {
        index: 3,
        fileName: 'd.json',
        kind: 'unfinished',
        reference: null,
        savedOn: null,
        missing: ['familyMemberPendingClaim'],
        opened: { newQuestions: ['familyMemberPendingClaim'] } as unknown as Opened,
      },
    ];
    const [header, assessed, refused, unfinished, older] = csvRecords(rows, words, ct);
    expect(header).toEqual([
      'Fichier',
      'Référence du dossier',
      'Enregistré le',
      'Résultat alors',
      'Résultat aujourd\u2019hui',
      'Date la plus proche alors',
      'Date la plus proche aujourd\u2019hui',
      'Total des frais alors',
      'Total des frais aujourd\u2019hui',
      'Changé',
      'Pourquoi il n\u2019a pas été évalué',
    ]);
    expect(assessed).toEqual([
      '=cmd.json',
      'Dupont, «\u00a0A\u00a0»',
      '2025-11-02',
      t('results.outcome.can-apply'),
      t('results.outcome.barred'),
      '',
      '2026-09-01',
      '1210',
      '1210',
      'Changé',
      '',
    ]);
    expect(refused?.slice(-2)).toEqual(['Non évalué', `Le fichier\u00a0: ${catalogue?.['problem.not-json']}`]);
    expect(unfinished?.at(-1)).toBe(
      `Inachevé\u00a0: il manque 1 réponse, «\u00a0${t('q.severity.short')}\u00a0». Ouvrez le dossier pour la donner.`,
    );
    expect(older?.at(-1)).toBe(
      `Enregistré avant l\u2019ajout de 1 question, «\u00a0${t('q.familyMemberPendingClaim.short')}\u00a0», qui s\u2019applique à ce client. Ouvrez le dossier pour y répondre.`,
    );
    const text = csvText([header!, assessed!]);
    expect(text.split('\r\n')[1]).toMatch(/^'=cmd\.json,"Dupont, «\u00a0A\u00a0»",2025-11-02,/);
  });
});
