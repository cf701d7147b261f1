/**
 * An OData v4 `$filter` subset: comparisons (eq ne lt gt le ge), `startswith(path,'x')`,
 * `and`, `or`, `not`, parentheses; literals: strings with doubled quotes, numbers, booleans,
 * null and ISO dates. A real tokenizer and recursive-descent parser: anything it does not
 * understand is a syntax error (never a silently wider filter).
 */

export type Literal =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'datetime'; value: string }
  | { type: 'null' };

export type CompareOp = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: CompareOp; path: string; value: Literal }
  | { kind: 'startswith'; path: string; value: string };

export class FilterSyntaxError extends Error {}

type Token =
  | { t: 'lparen' | 'rparen' | 'comma'; pos: number }
  | { t: 'word'; text: string; pos: number }
  | { t: 'literal'; value: Literal; pos: number };

const COMPARE_OPS = new Set<string>(['eq', 'ne', 'lt', 'gt', 'le', 'ge']);
const DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2}))?/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/;
const WORD = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/;

/** Splits a $filter expression into tokens. */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ t: ch === '(' ? 'lparen' : ch === ')' ? 'rparen' : 'comma', pos: i });
      i += 1;
      continue;
    }
    if (ch === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= input.length) throw new FilterSyntaxError(`Unterminated string literal at position ${i}.`);
        if (input[j] === "'") {
          if (input[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += input[j];
        j += 1;
      }
      tokens.push({ t: 'literal', value: { type: 'string', value }, pos: i });
      i = j + 1;
      continue;
    }
    const rest = input.slice(i);
    const dt = DATETIME.exec(rest);
    if (dt) {
      tokens.push({ t: 'literal', value: { type: 'datetime', value: dt[0] }, pos: i });
      i += dt[0].length;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) {
      tokens.push({ t: 'literal', value: { type: 'number', value: Number(num[0]) }, pos: i });
      i += num[0].length;
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      const text = word[0];
      if (text === 'true' || text === 'false') tokens.push({ t: 'literal', value: { type: 'boolean', value: text === 'true' }, pos: i });
      else if (text === 'null') tokens.push({ t: 'literal', value: { type: 'null' }, pos: i });
      else tokens.push({ t: 'word', text, pos: i });
      i += text.length;
      continue;
    }
    throw new FilterSyntaxError(`Unexpected character '${ch}' at position ${i}.`);
  }
  // A token glued to the next without a space (`eq'x'` is fine, `1and` is not) is caught by the parser.
  return tokens;
}

/** Parses a $filter expression to an AST; throws FilterSyntaxError when malformed. */
export function parseFilter(input: string): FilterNode {
  if (input.trim() === '') throw new FilterSyntaxError('The $filter expression is empty.');
  const tokens = tokenize(input);
  let pos = 0;

  const peek = (): Token | undefined => tokens[pos];
  const fail = (what: string): never => {
    const tok = peek();
    throw new FilterSyntaxError(tok ? `${what} at position ${tok.pos}.` : `${what} at the end of the expression.`);
  };
  const isWord = (tok: Token | undefined, text: string): boolean => tok?.t === 'word' && tok.text === text;
  const expect = (t: 'lparen' | 'rparen' | 'comma'): void => {
    if (peek()?.t !== t) fail(`Expected '${t === 'lparen' ? '(' : t === 'rparen' ? ')' : ','}'`);
    pos += 1;
  };
  const path = (): string => {
    const tok = peek();
    if (tok?.t !== 'word' || COMPARE_OPS.has(tok.text) || ['and', 'or', 'not'].includes(tok.text)) return fail('Expected a property path');
    pos += 1;
    return (tok as { text: string }).text;
  };

  const orExpr = (): FilterNode => {
    let left = andExpr();
    while (isWord(peek(), 'or')) {
      pos += 1;
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  };
  const andExpr = (): FilterNode => {
    let left = unary();
    while (isWord(peek(), 'and')) {
      pos += 1;
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  };
  const unary = (): FilterNode => {
    if (isWord(peek(), 'not')) {
      pos += 1;
      return { kind: 'not', operand: unary() };
    }
    return primary();
  };
  const primary = (): FilterNode => {
    const tok = peek();
    if (tok?.t === 'lparen') {
      pos += 1;
      const inner = orExpr();
      expect('rparen');
      return inner;
    }
    if (isWord(tok, 'startswith') && tokens[pos + 1]?.t === 'lparen') {
      pos += 2;
      const p = path();
      expect('comma');
      const lit = peek();
      if (lit?.t !== 'literal' || lit.value.type !== 'string') return fail('startswith expects a string literal');
      pos += 1;
      expect('rparen');
      return { kind: 'startswith', path: p, value: (lit as { value: { value: string } }).value.value };
    }
    if (tok?.t === 'word' && tokens[pos + 1]?.t === 'lparen') return fail(`Unsupported function '${tok.text}'`);
    const p = path();
    const opTok = peek();
    if (opTok?.t !== 'word' || !COMPARE_OPS.has(opTok.text)) return fail('Expected a comparison operator (eq, ne, lt, gt, le, ge)');
    pos += 1;
    const lit = peek();
    if (lit?.t !== 'literal') return fail('Expected a literal value');
    pos += 1;
    return { kind: 'compare', op: (opTok as { text: CompareOp }).text, path: p, value: (lit as { value: Literal }).value };
  };

  const ast = orExpr();
  if (pos !== tokens.length) fail('Unexpected token');
  return ast;
}

/** Every property path the filter references, in order. */
export function filterPaths(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...filterPaths(node.left), ...filterPaths(node.right)];
    case 'not':
      return filterPaths(node.operand);
    default:
      return [node.path];
  }
}
