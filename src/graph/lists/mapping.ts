import type { z } from 'zod';
import { describeIssues } from '../../domain/issues.js';
import type { ColumnDefinition, ListDefinition } from './definitions.js';

/**
 * The one place that maps domain records to SharePoint list item fields and back. What comes back
 * is validated with the record's zod schema; an item that does not parse is returned as an
 * `InvalidItem` naming the wrong fields, never silently dropped.
 */

/** A Graph `listItem` as returned with `expand=fields`. */
export interface GraphListItem {
  id?: string;
  eTag?: string;
  createdDateTime?: string;
  lastModifiedDateTime?: string;
  lastModifiedBy?: { user?: { displayName?: string; email?: string } };
  fields?: Record<string, unknown>;
  [key: string]: unknown;
}

/** An item whose fields do not make a valid record. */
export interface InvalidItem {
  list: string;
  id: string;
  /** `field: message` per problem. */
  issues: string[];
}

/** The outcome of reading one item. */
export type ItemResult<T> = { ok: true; record: T } | { ok: false; invalid: InvalidItem };

/** Whether missing optional values are omitted (create) or cleared with `null` (update). */
export type WriteMode = 'create' | 'update';

/** Set by the store, never written by us; a schema without such a key strips it. */
const STORED_KEYS = new Set(['id', 'etag', 'createdAt', 'modifiedAt', 'modifiedBy', 'version']);

/** Domain value → field value for one column. */
function toFieldValue(column: ColumnDefinition, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  switch (column.type) {
    case 'json':
      return JSON.stringify(value);
    case 'date':
      // A calendar date is stored as midnight UTC so it reads back as the same day everywhere.
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
    default:
      return value;
  }
}

/** Field value → domain value for one column; problems are pushed to `issues`. */
function fromFieldValue(column: ColumnDefinition, value: unknown, issues: string[]): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  switch (column.type) {
    case 'json':
      if (typeof value !== 'string') return value;
      try {
        return JSON.parse(value) as unknown;
      } catch {
        issues.push(`${column.name}: invalid JSON`);
        return undefined;
      }
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
    case 'number':
    case 'integer':
      return typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value;
    case 'boolean':
      if (value === 'true' || value === '1' || value === 1) return true;
      if (value === 'false' || value === '0' || value === 0) return false;
      return value;
    default:
      return value;
  }
}

/**
 * The `fields` body for a create (`mode: 'create'`, absent values omitted) or an update (`mode:
 * 'update'`, absent values sent as `null` so a cleared field is cleared in SharePoint too).
 */
export function toFields(definition: ListDefinition, record: object, mode: WriteMode): Record<string, unknown> {
  const values = record as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  fields.Title = definition.titleField
    ? values[definition.titleField]
    : (definition.titleOf?.(values) ?? '');
  for (const column of definition.columns) {
    const value = toFieldValue(column, values[column.name]);
    if (value === null && mode === 'create') continue;
    fields[column.name] = value;
  }
  return fields;
}

/** The domain-shaped object of an item's fields, before validation. */
export function fieldsToRecord(definition: ListDefinition, item: GraphListItem, issues: string[] = []): Record<string, unknown> {
  const fields = item.fields ?? {};
  const out: Record<string, unknown> = {};
  if (definition.titleField) {
    const title = fields.Title;
    if (title !== undefined && title !== null && title !== '') out[definition.titleField] = title;
  }
  for (const column of definition.columns) {
    const value = fromFieldValue(column, fields[column.name], issues);
    if (value !== undefined) out[column.name] = value;
  }
  const stored: Record<string, unknown> = {
    id: item.id ?? stringField(fields.id),
    etag: item.eTag ?? stringField(fields['@odata.etag']),
    createdAt: item.createdDateTime ?? stringField(fields.Created),
    modifiedAt: item.lastModifiedDateTime ?? stringField(fields.Modified),
    modifiedBy: item.lastModifiedBy?.user?.displayName,
    // SharePoint's version label of the item ("3.0"); review decisions name the version judged.
    version: stringField(fields._UIVersionString),
  };
  for (const [key, value] of Object.entries(stored)) {
    if (value !== undefined && STORED_KEYS.has(key)) out[key] = value;
  }
  return out;
}

/** Maps and validates one item. */
export function fromListItem<T>(definition: ListDefinition, schema: z.ZodType<T>, item: GraphListItem): ItemResult<T> {
  const issues: string[] = [];
  const candidate = fieldsToRecord(definition, item, issues);
  const parsed = schema.safeParse(candidate);
  const id = String(candidate.id ?? '?');
  if (!parsed.success) issues.push(...describeIssues(parsed.error).split('; '));
  if (issues.length > 0 || !parsed.success) {
    return { ok: false, invalid: { list: definition.displayName, id, issues } };
  }
  return { ok: true, record: parsed.data };
}

/** Splits many items into valid records and reported invalid items. */
export function fromListItems<T>(
  definition: ListDefinition,
  schema: z.ZodType<T>,
  items: readonly GraphListItem[],
): { records: T[]; invalid: InvalidItem[] } {
  const records: T[] = [];
  const invalid: InvalidItem[] = [];
  for (const item of items) {
    const result = fromListItem(definition, schema, item);
    if (result.ok) records.push(result.record);
    else invalid.push(result.invalid);
  }
  return { records, invalid };
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
