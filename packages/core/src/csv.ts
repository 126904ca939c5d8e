/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, with quotes doubled. A text cell that a
 * spreadsheet would run as a formula (starting =, +, -, @, tab or carriage return) is prefixed with an apostrophe, so
 * exported case data can never become a formula in Excel or LibreOffice. Numbers are written as numbers.
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let s: string;
  if (typeof value === 'number') s = Number.isFinite(value) ? String(value) : '';
  else {
    s = textOf(value);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  }
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A host may hand in any value: text as it is, an object as its JSON (never "[object Object]"), a function as nothing. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'symbol') return value.description ?? '';
  if (typeof value === 'function') return '';
  return JSON.stringify(value) ?? '';
}

/** Rows of cells as CSV text with CRLF line ends. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
