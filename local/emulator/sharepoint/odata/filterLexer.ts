/** Tokens of an OData v3 $filter expression as SharePoint accepts it. */
export type Token =
  | { readonly kind: 'lparen' | 'rparen' | 'comma'; readonly pos: number }
  | { readonly kind: 'ident'; readonly text: string; readonly pos: number }
  | { readonly kind: 'string'; readonly value: string; readonly pos: number }
  | { readonly kind: 'number'; readonly value: number; readonly pos: number }
  | { readonly kind: 'datetime'; readonly value: string; readonly pos: number }
  | { readonly kind: 'end'; readonly pos: number };

export class FilterSyntaxError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
  }
}

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_/.]/;

function readQuoted(text: string, start: number): { value: string; end: number } {
  // start points at the opening quote; '' inside is an escaped quote.
  let i = start + 1;
  let value = '';
  for (;;) {
    if (i >= text.length) throw new FilterSyntaxError('Unterminated string literal', start);
    const c = text[i];
    if (c === "'") {
      if (text[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += c;
    i += 1;
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '(') {
      tokens.push({ kind: 'lparen', pos: i++ });
    } else if (c === ')') {
      tokens.push({ kind: 'rparen', pos: i++ });
    } else if (c === ',') {
      tokens.push({ kind: 'comma', pos: i++ });
    } else if (c === "'") {
      const { value, end } = readQuoted(text, i);
      tokens.push({ kind: 'string', value, pos: i });
      i = end;
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(text[i + 1] ?? ''))) {
      const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlMmDdFf]?/.exec(text.slice(i));
      if (!m) throw new FilterSyntaxError('Bad number', i);
      tokens.push({ kind: 'number', value: Number(m[0].replace(/[LlMmDdFf]$/, '')), pos: i });
      i += m[0].length;
    } else if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < text.length && IDENT_PART.test(text[j])) j += 1;
      const word = text.slice(i, j);
      if (/^datetime$/i.test(word) && text[j] === "'") {
        const { value, end } = readQuoted(text, j);
        tokens.push({ kind: 'datetime', value, pos: i });
        i = end;
      } else {
        tokens.push({ kind: 'ident', text: word, pos: i });
        i = j;
      }
    } else {
      throw new FilterSyntaxError(`Unexpected character '${c}'`, i);
    }
  }
  tokens.push({ kind: 'end', pos: text.length });
  return tokens;
}
