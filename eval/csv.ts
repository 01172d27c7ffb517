/**
 * A small RFC 4180 CSV reader for the evaluation files: `,` delimiter, `"` quoting with `""` as an
 * escaped quote, line breaks allowed inside quoted fields, CRLF or LF line ends.
 */

/** Parse CSV text into rows of fields. A trailing empty line is not a row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      const next = text.indexOf('"', i);
      const end = next === -1 ? n : next;
      field += text.slice(i, end);
      i = end;
      continue;
    }
    if (c === '"') {
      quoted = true;
      i += 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i += 1;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Parse CSV text with a header row into records keyed by column name. Throws when a required column
 * is missing, naming the file and the columns found.
 */
export function parseCsvRecords(text: string, file: string, required: readonly string[]): Record<string, string>[] {
  const rows = parseCsv(text);
  const header = rows[0] ?? [];
  const missing = required.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    throw new Error(`rapport eval: ${file} lacks column(s) ${missing.join(', ')}; its header is: ${header.join(', ')}`);
  }
  const records: Record<string, string>[] = [];
  for (let r = 1; r < rows.length; r += 1) {
    const row = rows[r];
    if (row.length === 1 && row[0] === '') continue;
    const record: Record<string, string> = {};
    for (let c = 0; c < header.length; c += 1) record[header[c]] = row[c] ?? '';
    records.push(record);
  }
  return records;
}

/** A decimal number, as the datasets write them ("-0.43", "1", "0.6667", "2e-3"). */
const DECIMAL = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

/**
 * A numeric field as a number, or undefined when it is not a decimal number. A plain `Number`
 * would read a blank field as a real zero (`Number('')` is 0) and "0x1" as 1.
 */
export function numericField(field: string): number | undefined {
  return DECIMAL.test(field) ? Number(field) : undefined;
}
