import { describe, expect, it } from 'vitest';
import { FilterSyntaxError, filterPaths, parseFilter, tokenize } from '../../../src/emulator/odata/filter.js';

describe('parseFilter', () => {
  it('should parse a single eq comparison on a field path', () => {
    expect(parseFilter("fields/Status eq 'granted'")).toEqual({
      kind: 'compare',
      op: 'eq',
      path: 'fields/Status',
      value: { type: 'string', value: 'granted' },
    });
  });

  it('should unescape doubled single quotes in strings', () => {
    const ast = parseFilter("fields/Title eq 'O''Brien''s'");
    expect(ast).toMatchObject({ value: { type: 'string', value: "O'Brien's" } });
  });

  it('should parse every comparison operator', () => {
    for (const op of ['eq', 'ne', 'lt', 'gt', 'le', 'ge']) {
      expect(parseFilter(`fields/N ${op} 5`)).toMatchObject({ kind: 'compare', op, value: { type: 'number', value: 5 } });
    }
  });

  it('should parse negative and decimal numbers', () => {
    expect(parseFilter('fields/N gt -2.5')).toMatchObject({ value: { type: 'number', value: -2.5 } });
  });

  it('should parse booleans, null and ISO dates as literals', () => {
    expect(parseFilter('fields/B eq true')).toMatchObject({ value: { type: 'boolean', value: true } });
    expect(parseFilter('fields/B eq null')).toMatchObject({ value: { type: 'null' } });
    expect(parseFilter('fields/D ge 2024-01-01T00:00:00Z')).toMatchObject({ value: { type: 'datetime', value: '2024-01-01T00:00:00Z' } });
    expect(parseFilter('fields/D ge 2024-01-01')).toMatchObject({ value: { type: 'datetime', value: '2024-01-01' } });
  });

  it('should bind and tighter than or', () => {
    const ast = parseFilter("fields/A eq 'a' or fields/B eq 'b' and fields/C eq 'c'");
    expect(ast).toMatchObject({ kind: 'or', right: { kind: 'and' } });
  });

  it('should honour parentheses', () => {
    const ast = parseFilter("(fields/A eq 'a' or fields/B eq 'b') and fields/C eq 'c'");
    expect(ast).toMatchObject({ kind: 'and', left: { kind: 'or' } });
  });

  it('should parse not', () => {
    expect(parseFilter("not (fields/A eq 'a')")).toMatchObject({ kind: 'not', operand: { kind: 'compare' } });
  });

  it('should parse startswith with a path and a string', () => {
    expect(parseFilter("startswith(fields/Title, 'Eras')")).toEqual({ kind: 'startswith', path: 'fields/Title', value: 'Eras' });
  });

  it('should list the paths a filter references', () => {
    expect(filterPaths(parseFilter("fields/A eq 1 and (startswith(fields/B,'x') or not fields/C eq 2)"))).toEqual([
      'fields/A',
      'fields/B',
      'fields/C',
    ]);
  });

  it.each([
    ['an empty expression', ''],
    ['an unterminated string', "fields/A eq 'abc"],
    ['a missing operand', 'fields/A eq'],
    ['a missing operator', "fields/A 'x'"],
    ['an unknown operator', "fields/A like 'x'"],
    ['a dangling and', "fields/A eq 'x' and"],
    ['an unbalanced parenthesis', "(fields/A eq 'x'"],
    ['an extra closing parenthesis', "fields/A eq 'x')"],
    ['an unsupported function', "contains(fields/A,'x')"],
    ['startswith with a number', 'startswith(fields/A, 1)'],
    ['a literal on the left', "'x' eq fields/A"],
    ['an unexpected character', "fields/A eq 'x' ; drop"],
    ['two comparisons without a joiner', "fields/A eq 'x' fields/B eq 'y'"],
    ['an injected quote trick', "fields/A eq 'x'' or 1 eq 1"],
  ])('should reject %s', (_label, input) => {
    expect(() => parseFilter(input)).toThrow(FilterSyntaxError);
  });

  it('should tokenize a string that contains what looks like an operator', () => {
    const tokens = tokenize("fields/A eq 'x or y'");
    expect(tokens).toHaveLength(3);
  });
});
