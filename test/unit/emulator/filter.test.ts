import { describe, expect, it } from 'vitest';
import {
  FilterSyntaxError,
  filterPaths,
  parseFilter,
  tokenize,
} from '../../../src/emulator/odata/filter.js';

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
      expect(parseFilter(`fields/N ${op} 5`)).toMatchObject({
        kind: 'compare',
        op,
        value: { type: 'number', value: 5 },
      });
    }
  });

  it('should parse negative and decimal numbers', () => {
    expect(parseFilter('fields/N gt -2.5')).toMatchObject({
      value: { type: 'number', value: -2.5 },
    });
  });

  it('should parse booleans, null and ISO dates as literals', () => {
    expect(parseFilter('fields/B eq true')).toMatchObject({
      value: { type: 'boolean', value: true },
    });
    expect(parseFilter('fields/B eq null')).toMatchObject({ value: { type: 'null' } });
    expect(parseFilter('fields/D ge 2024-01-01T00:00:00Z')).toMatchObject({
      value: { type: 'datetime', value: '2024-01-01T00:00:00Z' },
    });
    expect(parseFilter('fields/D ge 2024-01-01')).toMatchObject({
      value: { type: 'datetime', value: '2024-01-01' },
    });
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
    expect(parseFilter("not (fields/A eq 'a')")).toMatchObject({
      kind: 'not',
      operand: { kind: 'compare' },
    });
  });

  it('should parse startswith with a path and a string', () => {
    expect(parseFilter("startswith(fields/Title, 'Eras')")).toEqual({
      kind: 'startswith',
      path: 'fields/Title',
      value: 'Eras',
    });
  });

  it('should list the paths a filter references', () => {
    expect(
      filterPaths(parseFilter("fields/A eq 1 and (startswith(fields/B,'x') or not fields/C eq 2)")),
    ).toEqual(['fields/A', 'fields/B', 'fields/C']);
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

describe('parseFilter errors', () => {
  it('should parse false as the boolean false', () => {
    expect(parseFilter('fields/B eq false')).toMatchObject({
      value: { type: 'boolean', value: false },
    });
  });

  it('should parse a property named like a function when no parenthesis follows', () => {
    expect(parseFilter("startswith eq 'x'")).toMatchObject({ kind: 'compare', path: 'startswith' });
  });

  it.each([
    ['an empty expression', '', 'The $filter expression is empty.'],
    ['only spaces', '   ', 'The $filter expression is empty.'],
    ['an unterminated string', "fields/A eq 'abc", 'Unterminated string literal at position 12.'],
    [
      'an unexpected character',
      "fields/A eq 'x' ; drop",
      "Unexpected character ';' at position 16.",
    ],
    ['a keyword as a path (and)', 'and eq 1', 'Expected a property path at position 0.'],
    ['a keyword as a path (or)', 'or eq 1', 'Expected a property path at position 0.'],
    ['an operator as a path', 'eq eq 1', 'Expected a property path at position 0.'],
    [
      'a path alone',
      'fields/A',
      'Expected a comparison operator (eq, ne, lt, gt, le, ge) at the end of the expression.',
    ],
    [
      'an unknown operator',
      "fields/A like 'x'",
      'Expected a comparison operator (eq, ne, lt, gt, le, ge) at position 9.',
    ],
    ['a missing operand', 'fields/A eq', 'Expected a literal value at the end of the expression.'],
    ['a path as the operand', 'fields/A eq fields/B', 'Expected a literal value at position 12.'],
    ['an unbalanced parenthesis', "(fields/A eq 'x'", "Expected ')' at the end of the expression."],
    ['startswith without a comma', "startswith(fields/A 'x')", "Expected ',' at position 20."],
    [
      'startswith cut short',
      'startswith(fields/A,',
      'startswith expects a string literal at the end of the expression.',
    ],
    [
      'startswith with a number',
      'startswith(fields/A, 1)',
      'startswith expects a string literal at position 21.',
    ],
    [
      'startswith unclosed',
      "startswith(fields/A,'x'",
      "Expected ')' at the end of the expression.",
    ],
    [
      'startswith alone at the end',
      "fields/A eq 'x' and startswith",
      'Expected a comparison operator (eq, ne, lt, gt, le, ge) at the end of the expression.',
    ],
    [
      'an unsupported function',
      "contains(fields/A,'x')",
      "Unsupported function 'contains' at position 0.",
    ],
    [
      'two comparisons without a joiner',
      "fields/A eq 'x' fields/B eq 'y'",
      'Unexpected token at position 16.',
    ],
  ])('should name what is wrong and where for %s', (_label, input, message) => {
    expect(() => parseFilter(input)).toThrow(new FilterSyntaxError(message));
  });
});
