/**
 * The re-check table as CSV (RFC 4180: comma-separated, CRLF between records, a field holding a
 * comma, a double quote or a line break wrapped in double quotes, with its quotes doubled). File
 * names and references come from anyone, so a cell a spreadsheet would read as a formula (one that
 * begins with =, +, -, @, a tab or a carriage return) is neutralised as OWASP's CSV injection
 * guidance advises: a single quote before it. Written with a UTF-8 byte-order mark, without which
 * Excel reads the accents of French words and names as another encoding (decision 0016).
 */
import { downloadBlob } from '../wizard/download';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(records: readonly (readonly (string | number | null)[])[]): string {
  return records.map((record) => record.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const BYTE_ORDER_MARK = '\uFEFF';

export function csvBlob(text: string): Blob {
  return new Blob([BYTE_ORDER_MARK, text], { type: 'text/csv;charset=utf-8' });
}

/** Offers the CSV as a file download, made in the page (a blob URL, nothing sent). */
export function downloadCsv(fileName: string, text: string): void {
  downloadBlob(fileName, csvBlob(text));
}
