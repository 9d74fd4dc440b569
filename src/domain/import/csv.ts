/**
 * CSV as RFC 4180 describes it, and as MIS exports and Excel write it: fields separated by commas (or by
 * semicolons or tabs, found from the header line), records ending CRLF, LF or CR, fields in double quotes may hold
 * separators, line breaks and doubled quotes. A quote never closed is an error naming the line it opened on.
 */
export type CsvResult = { readonly ok: true; readonly rows: string[][] } | { readonly ok: false; readonly message: string };

/** The separator of the first line: the most frequent of comma, semicolon and tab outside quotes (comma on a tie). */
export function detectSeparator(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

export function parseCsv(input: string, separator: string = detectSeparator(input)): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  let fieldStarted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted && field === '') {
      quoted = true;
      fieldStarted = true;
      quoteLine = line;
    } else if (c === separator) endField();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted) return { ok: false, message: `Line ${quoteLine}: a quoted value is never closed (a closing " is missing), so the rows after it cannot be read.` };
  if (field !== '' || row.length > 0) endRow();
  return { ok: true, rows };
}
