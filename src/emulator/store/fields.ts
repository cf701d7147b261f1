import { badRequest } from '../errors.js';
import { READ_ONLY_FIELDS, typeOf, type ColumnDefinition } from './columns.js';

export type FieldValues = Record<string, string | number | boolean>;

/** What field validation needs to know outside the list's own columns. */
export interface FieldResolvers {
  userExists(lookupId: number): boolean;
  lookupItemExists(listId: string, itemId: number): boolean;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Parses an ISO 8601 date or date-time to SharePoint's UTC form `YYYY-MM-DDTHH:mm:ssZ`. */
export function parseIsoDate(value: string): string | undefined {
  const m = ISO.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h] = m;
  // A time without a zone is ambiguous: SharePoint would use the site's zone; strictly refuse.
  if (h !== undefined && m[7] === undefined) return undefined;
  const date = new Date(h === undefined ? `${y}-${mo}-${d}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return undefined;
  if (date.getUTCFullYear() < 1900 || date.getUTCFullYear() > 8900) return undefined;
  // Reject impossible calendar dates like 2024-02-30 (Date rolls them over).
  if (h === undefined && date.toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) return undefined;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const fieldError = (name: string, detail: string) =>
  badRequest(`Field '${name}' ${detail}`);

/** The column a written key refers to: `Name`, or `NameLookupId` for person and lookup columns. */
function columnFor(columns: ColumnDefinition[], key: string): ColumnDefinition | undefined {
  const direct = columns.find((c) => c.name === key);
  if (direct) return direct;
  if (!key.endsWith('LookupId')) return undefined;
  const base = key.slice(0, -'LookupId'.length);
  return columns.find((c) => c.name === base && (c.personOrGroup || c.lookup));
}

function lookupIdOf(name: string, value: unknown): number {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) throw fieldError(name, 'must be a lookup id (a positive integer).');
  return n;
}

function normalize(column: ColumnDefinition, key: string, value: unknown, resolvers: FieldResolvers): string | number | boolean {
  const name = column.name;
  switch (typeOf(column)) {
    case 'text': {
      if (typeof value !== 'string') throw fieldError(name, 'expects a string value.');
      const text = column.text;
      if (text && !text.allowMultipleLines) {
        if (value.length > text.maxLength) throw fieldError(name, `is longer than the maximum length ${text.maxLength}.`);
        if (/[\r\n]/.test(value)) throw fieldError(name, 'is a single line of text and cannot contain line breaks.');
      }
      return value;
    }
    case 'number':
    case 'currency': {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw fieldError(name, 'expects a number value.');
      const { minimum, maximum } = column.number ?? {};
      if (minimum !== undefined && value < minimum) throw fieldError(name, `must be at least ${minimum}.`);
      if (maximum !== undefined && value > maximum) throw fieldError(name, `must be at most ${maximum}.`);
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw fieldError(name, 'expects a boolean value.');
      return value;
    case 'dateTime': {
      const parsed = typeof value === 'string' ? parseIsoDate(value) : undefined;
      if (!parsed) throw fieldError(name, 'expects an ISO 8601 date (YYYY-MM-DD or a date-time with zone).');
      return column.dateTime?.format === 'dateOnly' ? `${parsed.slice(0, 10)}T00:00:00Z` : parsed;
    }
    case 'choice': {
      if (typeof value !== 'string') throw fieldError(name, 'expects a string value.');
      const choice = column.choice;
      if (choice && !choice.allowTextEntry && !choice.choices.includes(value)) {
        throw fieldError(name, `has the value '${value}', which is not one of its choices.`);
      }
      return value;
    }
    case 'personOrGroup': {
      if (key === name) throw fieldError(name, `is a person column: write '${name}LookupId'.`);
      const id = lookupIdOf(name, value);
      if (!resolvers.userExists(id)) throw fieldError(name, `refers to an unknown user (lookup id ${id}).`);
      return String(id);
    }
    case 'lookup': {
      if (key === name) throw fieldError(name, `is a lookup column: write '${name}LookupId'.`);
      const id = lookupIdOf(name, value);
      const listId = column.lookup?.listId ?? '';
      if (!resolvers.lookupItemExists(listId, id)) throw fieldError(name, `refers to item ${id}, which does not exist in the lookup list.`);
      return String(id);
    }
  }
}

const storedKey = (column: ColumnDefinition): string =>
  column.personOrGroup || column.lookup ? `${column.name}LookupId` : column.name;

/**
 * Validates written fields against the list's columns and returns the new field set.
 * `current` is undefined on create (then required columns must be present).
 * Annotations (`@odata.*`) are ignored; unknown and read-only names are refused.
 */
export function applyFieldWrite(
  columns: ColumnDefinition[],
  input: unknown,
  current: FieldValues | undefined,
  resolvers: FieldResolvers,
): FieldValues {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw badRequest("The request body must contain a 'fields' object.");
  }
  const next: FieldValues = { ...(current ?? {}) };
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (key.startsWith('@odata.') || key.includes('@odata.')) continue;
    if (READ_ONLY_FIELDS.has(key.toLowerCase())) throw fieldError(key, 'is read-only.');
    const column = columnFor(columns, key);
    if (!column || column.readOnly) throw fieldError(key, 'is not recognized.');
    if (value === null) {
      delete next[storedKey(column)];
      continue;
    }
    next[storedKey(column)] = normalize(column, key, value, resolvers);
  }
  for (const column of columns) {
    if (!column.required || column.readOnly) continue;
    const v = next[storedKey(column)];
    if (v === undefined || v === '') throw fieldError(column.name, 'is required.');
  }
  return next;
}

/** Column name → stored key, for filter/orderby and uniqueness. */
export { storedKey };
