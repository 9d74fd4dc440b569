import type { ComparisonOp, FilterNode, Literal } from './filterAst';
import { FilterSyntaxError, tokenize, type Token } from './filterLexer';

const COMPARISONS = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

/**
 * Recursive-descent parser for SharePoint's OData v3 $filter:
 *   or  := and ('or' and)*
 *   and := unary ('and' unary)*
 *   unary := 'not' unary | primary
 *   primary := '(' or ')' | startswith(F,'x') [eq true|false] | substringof('x',F) [eq true|false] | F op literal
 */
class Parser {
  private i = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i];
  }

  private next(): Token {
    const t = this.tokens[this.i];
    if (t.kind !== 'end') this.i += 1;
    return t;
  }

  private isWord(t: Token, word: string): boolean {
    return t.kind === 'ident' && t.text.toLowerCase() === word;
  }

  private expect(kind: Token['kind']): Token {
    const t = this.next();
    if (t.kind !== kind) throw new FilterSyntaxError(`Expected ${kind}`, t.pos);
    return t;
  }

  parse(): FilterNode {
    const node = this.parseOr();
    const t = this.peek();
    if (t.kind !== 'end') throw new FilterSyntaxError('Unexpected token', t.pos);
    return node;
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.isWord(this.peek(), 'or')) {
      this.next();
      left = { type: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseUnary();
    while (this.isWord(this.peek(), 'and')) {
      this.next();
      left = { type: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): FilterNode {
    if (this.isWord(this.peek(), 'not')) {
      this.next();
      return { type: 'not', operand: this.parseUnary() };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): FilterNode {
    const t = this.peek();
    if (t.kind === 'lparen') {
      this.next();
      const inner = this.parseOr();
      this.expect('rparen');
      return inner;
    }
    if (t.kind !== 'ident') throw new FilterSyntaxError('Expected a field name', t.pos);
    const name = t.text.toLowerCase();
    if ((name === 'startswith' || name === 'substringof') && this.tokens[this.i + 1]?.kind === 'lparen') {
      return this.parseFunction(name);
    }
    this.next();
    const op = this.next();
    if (op.kind !== 'ident' || !COMPARISONS.has(op.text.toLowerCase())) throw new FilterSyntaxError('Expected a comparison operator', op.pos);
    return { type: 'cmp', op: op.text.toLowerCase() as ComparisonOp, field: t.text, value: this.parseLiteral() };
  }

  private parseFunction(name: 'startswith' | 'substringof'): FilterNode {
    this.next();
    this.expect('lparen');
    const a = this.next();
    this.expect('comma');
    const b = this.next();
    this.expect('rparen');
    let field: Token = a;
    let str: Token = b;
    if (name === 'substringof') {
      field = b;
      str = a;
    }
    if (field.kind !== 'ident') throw new FilterSyntaxError('Expected a field name', field.pos);
    if (str.kind !== 'string') throw new FilterSyntaxError('Expected a string literal', str.pos);
    let expect = true;
    const maybeOp = this.peek();
    if (maybeOp.kind === 'ident' && (maybeOp.text.toLowerCase() === 'eq' || maybeOp.text.toLowerCase() === 'ne')) {
      this.next();
      const lit = this.parseLiteral();
      if (lit.kind !== 'bool') throw new FilterSyntaxError('Expected true or false', maybeOp.pos);
      expect = maybeOp.text.toLowerCase() === 'eq' ? lit.value : !lit.value;
    }
    return { type: name, field: field.text, value: str.value, expect };
  }

  private parseLiteral(): Literal {
    const t = this.next();
    switch (t.kind) {
      case 'string':
        return { kind: 'string', value: t.value };
      case 'number':
        return { kind: 'number', value: t.value };
      case 'datetime':
        return { kind: 'datetime', value: t.value };
      case 'ident': {
        const w = t.text.toLowerCase();
        if (w === 'true' || w === 'false') return { kind: 'bool', value: w === 'true' };
        if (w === 'null') return { kind: 'null' };
        throw new FilterSyntaxError('Expected a literal', t.pos);
      }
      default:
        throw new FilterSyntaxError('Expected a literal', t.pos);
    }
  }
}

export function parseFilter(text: string): FilterNode {
  return new Parser(tokenize(text)).parse();
}
