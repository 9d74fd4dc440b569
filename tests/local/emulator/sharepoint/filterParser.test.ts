import { firstAndClause } from '../../../../local/emulator/sharepoint/odata/filterAst';
import { FilterSyntaxError, tokenize } from '../../../../local/emulator/sharepoint/odata/filterLexer';
import { parseFilter } from '../../../../local/emulator/sharepoint/odata/filterParser';

describe('$filter tokenizer', () => {
  it('reads identifiers with paths, strings with doubled quotes, numbers, datetime literals', () => {
    const kinds = tokenize("PwSchool/Title eq 'O''Neil' and PwScore ge -3.5 and PwDate lt datetime'2026-09-01T00:00:00Z'").map((t) => t.kind);
    expect(kinds).toEqual(['ident', 'ident', 'string', 'ident', 'ident', 'ident', 'number', 'ident', 'ident', 'ident', 'datetime', 'end']);
    const str = tokenize("'O''Neil'")[0];
    expect(str).toMatchObject({ kind: 'string', value: "O'Neil" });
  });

  it('rejects unterminated strings and stray characters', () => {
    expect(() => tokenize("Title eq 'abc")).toThrow(FilterSyntaxError);
    expect(() => tokenize('Title eq #')).toThrow(FilterSyntaxError);
  });
});

describe('$filter parser', () => {
  it('gives and a higher precedence than or', () => {
    const ast = parseFilter("A eq 1 or B eq 2 and C eq 3");
    expect(ast.type).toBe('or');
    expect(ast.type === 'or' && ast.right.type).toBe('and');
  });

  it('honours parentheses', () => {
    const ast = parseFilter('(A eq 1 or B eq 2) and C eq 3');
    expect(ast.type).toBe('and');
    expect(ast.type === 'and' && ast.left.type).toBe('or');
  });

  it('parses not, functions, null, booleans and lookups', () => {
    expect(parseFilter('not (A eq 1)')).toEqual({ type: 'not', operand: { type: 'cmp', op: 'eq', field: 'A', value: { kind: 'number', value: 1 } } });
    expect(parseFilter("startswith(Title,'Oak')")).toEqual({ type: 'startswith', field: 'Title', value: 'Oak', expect: true });
    expect(parseFilter("substringof('field',Title) eq false")).toEqual({ type: 'substringof', field: 'Title', value: 'field', expect: false });
    expect(parseFilter('PwLeavingDate eq null')).toMatchObject({ op: 'eq', value: { kind: 'null' } });
    expect(parseFilter('PwActive eq true')).toMatchObject({ value: { kind: 'bool', value: true } });
    expect(parseFilter("PwSchool/Title eq 'Oakfield'")).toMatchObject({ field: 'PwSchool/Title' });
    expect(parseFilter('PwSchoolId eq 12')).toMatchObject({ field: 'PwSchoolId', value: { kind: 'number', value: 12 } });
  });

  it('is case-insensitive for operators', () => {
    expect(parseFilter('A EQ 1 AND B Ne 2')).toMatchObject({ type: 'and', right: { op: 'ne' } });
  });

  it('finds the first top-level AND clause', () => {
    expect(firstAndClause(parseFilter('A eq 1 and B eq 2 and C eq 3'))).toMatchObject({ field: 'A' });
    expect(firstAndClause(parseFilter('(A eq 1 or B eq 2) and C eq 3')).type).toBe('or');
  });

  it('rejects malformed expressions', () => {
    for (const bad of ['A eq', 'A 1', '(A eq 1', 'A eq 1 and', "startswith(Title)", 'eq 1']) {
      expect(() => parseFilter(bad)).toThrow(FilterSyntaxError);
    }
  });
});
