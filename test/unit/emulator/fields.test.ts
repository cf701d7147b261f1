import { describe, expect, it } from 'vitest';
import { BUILT_IN_COLUMNS, parseColumnDefinition, type ColumnDefinition } from '../../../src/emulator/store/columns.js';
import { applyFieldWrite, parseIsoDate } from '../../../src/emulator/store/fields.js';

const columns: ColumnDefinition[] = [...BUILT_IN_COLUMNS, parseColumnDefinition({ name: 'budget', number: { minimum: 0 } }), parseColumnDefinition({ name: 'start', dateTime: { format: 'dateOnly' } })].map(
  (c, i) => ({ id: String(i), ...c }),
);
const resolvers = { userExists: () => true, lookupItemExists: () => true };

describe('parseIsoDate', () => {
  it('should normalise a date to midnight UTC', () => {
    expect(parseIsoDate('2024-05-01')).toBe('2024-05-01T00:00:00Z');
  });

  it('should convert an offset date-time to UTC without milliseconds', () => {
    expect(parseIsoDate('2024-05-01T10:30:00.123+02:00')).toBe('2024-05-01T08:30:00Z');
  });

  it.each(['2024-02-30', '2024-13-01', '01/05/2024', '2024-05-01T10:00:00', 'tomorrow'])('should reject %s', (v) => {
    expect(parseIsoDate(v)).toBeUndefined();
  });
});

describe('applyFieldWrite', () => {
  it('should accept valid values and normalise dates', () => {
    expect(applyFieldWrite(columns, { Title: 'x', budget: 5, start: '2024-01-02' }, undefined, resolvers)).toEqual({ Title: 'x', budget: 5, start: '2024-01-02T00:00:00Z' });
  });

  it('should ignore OData annotations', () => {
    expect(applyFieldWrite(columns, { '@odata.etag': '"x,1"', Title: 'x' }, undefined, resolvers)).toEqual({ Title: 'x' });
  });

  it('should require Title on create but not on update', () => {
    expect(() => applyFieldWrite(columns, { budget: 1 }, undefined, resolvers)).toThrow(/'Title' is required/);
    expect(applyFieldWrite(columns, { budget: 1 }, { Title: 'kvar' }, resolvers)).toEqual({ Title: 'kvar', budget: 1 });
  });

  it('should not let a null clear a required field', () => {
    expect(() => applyFieldWrite(columns, { Title: null }, { Title: 'x' }, resolvers)).toThrow(/'Title' is required/);
  });

  it('should name the field of a wrongly typed value', () => {
    expect(() => applyFieldWrite(columns, { Title: 'x', budget: '5' }, undefined, resolvers)).toThrow(/'budget' expects a number/);
  });
});

describe('parseColumnDefinition', () => {
  it('should fill Graph defaults for a text column', () => {
    expect(parseColumnDefinition({ name: 'land', text: {} })).toMatchObject({ displayName: 'land', indexed: false, required: false, text: { maxLength: 255, allowMultipleLines: false } });
  });

  it('should index a column that enforces unique values', () => {
    expect(parseColumnDefinition({ name: 'code', text: {}, enforceUniqueValues: true }).indexed).toBe(true);
  });
});
