import { describe, expect, it } from 'vitest';
import {
  and,
  eq,
  fieldsOf,
  ge,
  literal,
  not,
  or,
  renderFilter,
  renderOrderBy,
  startsWith,
} from '../../../src/graph/odata.js';

describe('odata filter builder', () => {
  it('should quote strings and double single quotes', () => {
    expect(literal("O'Brien")).toBe("'O''Brien'");
  });

  it('should keep an injection attempt inside one string literal', () => {
    const rendered = renderFilter(eq('title', "x' or 1 eq 1 or title eq '"));
    expect(rendered).toBe("title eq 'x'' or 1 eq 1 or title eq '''");
  });

  it('should render numbers, booleans and null as OData literals', () => {
    expect(renderFilter(and(eq('year', 2024), eq('open', true), eq('endDate', null)))).toBe(
      '(year eq 2024) and (open eq true) and (endDate eq null)',
    );
  });

  it('should reject a field name that is not an identifier', () => {
    expect(() => eq('status eq 1 or x', 'a')).toThrow(/Invalid OData field name/);
  });

  it('should reject non-finite numbers', () => {
    expect(() => renderFilter(eq('year', Number.NaN))).toThrow(/Invalid OData number/);
  });

  it('should map field names with the given path function', () => {
    expect(
      renderFilter(or(ge('endDate', '2024-01-01'), eq('endDate', null)), (f) => `fields/${f}`),
    ).toBe("(fields/endDate ge '2024-01-01') or (fields/endDate eq null)");
  });

  it('should render startswith and not', () => {
    expect(renderFilter(not(startsWith('title', "Ö'")))).toBe("not (startswith(title,'Ö'''))");
  });

  it('should list the fields a filter uses once each', () => {
    expect(fieldsOf(and(eq('a', 1), or(eq('b', 2), eq('a', 3))))).toEqual(['a', 'b']);
  });

  it('should render $orderby with directions', () => {
    expect(renderOrderBy([{ field: 'startDate', direction: 'desc' }, { field: 'title' }])).toBe(
      'startDate desc,title',
    );
  });

  it('should refuse an empty and()', () => {
    expect(() => and()).toThrow();
  });
});
