import type { z } from 'zod';
import { fieldErrors, type Locale } from '../../domain/labels';

/**
 * Form values are what the inputs hold: strings for text, dates and numbers, booleans, arrays.
 * They become a record only through the domain schema, so the form never holds half-parsed data.
 */
export type FormValues = Record<string, unknown>;

/** Fields stored by the list, not typed by the user: never compared or copied between versions. */
const storedFields = new Set(['id', 'etag', 'createdAt', 'modifiedAt', 'modifiedBy']);

/** A field's type under its optional, default and nullable wrappers (`string`, `number`, …). */
function baseTypeOf(schema: z.ZodType): string {
  let def = schema._zod.def as { type: string; innerType?: z.ZodType };
  while (def.innerType) def = def.innerType._zod.def as typeof def;
  return def.type;
}

/**
 * The inputs a record schema's fields need, read from the schema: text, dates and numbers are
 * typed as text (numbers parsed back on save); selects, checkboxes and lists hold their values.
 */
export function inputFieldsOf(schema: z.ZodObject): {
  numberFields: string[];
  textFields: string[];
} {
  const typed = Object.entries(schema.shape as Record<string, z.ZodType>)
    .filter(([field]) => !storedFields.has(field))
    .map(([field, type]) => ({ field, type: baseTypeOf(type) }));
  return {
    numberFields: typed.filter((f) => f.type === 'number').map((f) => f.field),
    textFields: typed.filter((f) => f.type === 'string' || f.type === 'number').map((f) => f.field),
  };
}

/** Turns a record into form values: numbers become strings, missing optional text becomes ''. */
export function toFormValues(
  record: Record<string, unknown>,
  textFields: readonly string[],
): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(record)) {
    if (storedFields.has(key)) continue;
    values[key] = typeof value === 'number' ? String(value) : value;
  }
  for (const key of textFields) values[key] ??= '';
  return values;
}

/**
 * Turns form values into schema input: empty text is "not given", number fields are parsed with
 * either decimal separator (Swedish users type `1 234,50`).
 */
export function fromFormValues(
  values: FormValues,
  numberFields: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string') {
      const trimmed = value.trim();
      if (trimmed === '') continue;
      if (numberFields.includes(key)) {
        const n = Number(trimmed.replace(/\s/g, '').replace(',', '.'));
        out[key] = Number.isNaN(n) ? trimmed : n;
        continue;
      }
      out[key] = trimmed;
      continue;
    }
    // Repeatable groups (partners) hold objects whose empty text is "not given" too.
    out[key] = Array.isArray(value)
      ? value.map((v) => (isPlainObject(v) ? fromFormValues(v, numberFields) : v))
      : value;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates form values with a domain schema; errors come back per field, in the user's language. */
export function validateForm<S extends z.ZodType>(
  schema: S,
  values: FormValues,
  numberFields: readonly string[],
  locale: Locale,
): { ok: true; data: z.infer<S> } | { ok: false; errors: Record<string, string> } {
  const parsed = schema.safeParse(fromFormValues(values, numberFields));
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, errors: fieldErrors(locale, parsed.error) };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Fields whose values differ between two versions (stored fields ignored), sorted by name. */
export function changedFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !storedFields.has(k) && !same(a[k], b[k])).sort();
}

/**
 * Re-applies the user's edits on top of the current stored version: the fields the user changed
 * relative to the version they started from win; everything else is taken from `current`.
 */
export function reapplyEdits(
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  current: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  for (const key of changedFields(base, mine)) {
    if (key in mine && mine[key] !== undefined) merged[key] = mine[key];
    else delete merged[key];
  }
  return merged;
}
