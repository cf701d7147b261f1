import fc from 'fast-check';
import type { z } from 'zod';

/**
 * A fast-check arbitrary of fully populated values of a zod 4 schema: every optional field is
 * present, every default is given, so a round trip exercises every field. It reads the schema's
 * own definition (types, lengths, bounds, formats), so a field added to a schema is generated
 * without touching this file; values the schema's refinements reject (an end before a start) are
 * filtered out by parsing.
 */
export function fullyPopulated<S extends z.ZodType>(
  schema: S,
  omit: ReadonlySet<string> = new Set(),
): fc.Arbitrary<z.input<S>> {
  const arbitrary = arbitraryOf(schema, omit);
  return arbitrary.filter((value) => schema.safeParse(value).success) as fc.Arbitrary<z.input<S>>;
}

interface Check {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

interface Def {
  type: string;
  format?: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  element?: z.ZodType;
  checks?: { _zod: { def: Check } }[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): Check[] => (def.checks ?? []).map((c) => c._zod.def);

const isoDay = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const SINGLE_LINE = '^[^\\r\\n]*$';

/** Characters that stress storage and encoding: Swedish letters, quotes, URL and XML specials. */
const textUnit = fc.constantFrom(...'abcxyzåäöÅÄÖé€日 -_.,:;\'"&<>/?#%+=()'.split(''));

function arbitraryOf(schema: z.ZodType, omit: ReadonlySet<string>): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const checks = checksOf(def);
  const bound = (name: string) => checks.find((c) => c.check === name);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
      return arbitraryOf(def.innerType as z.ZodType, new Set());
    case 'object': {
      const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
      return fc.record(
        Object.fromEntries(
          Object.entries(shape)
            .filter(([key]) => !omit.has(key))
            .map(([key, field]) => [key, arbitraryOf(field, new Set())]),
        ),
      );
    }
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'boolean':
      return fc.boolean();
    case 'number': {
      const min = bound('greater_than')?.value ?? 0;
      const max = Math.min(bound('less_than')?.value ?? 1e9, 1e9);
      if (def.format === 'safeint' || checks.some((c) => c.format === 'safeint'))
        return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
      // Two decimals, as amounts and rates are entered.
      return fc
        .integer({ min: Math.ceil(min * 100), max: Math.floor(max * 100) })
        .map((n) => n / 100);
    }
    case 'array': {
      const minLength = bound('min_length')?.minimum ?? 0;
      const maxLength = Math.min(bound('max_length')?.maximum ?? 4, 4);
      return fc.array(arbitraryOf(def.element as z.ZodType, new Set()), {
        minLength: Math.max(minLength, 1),
        maxLength: Math.max(maxLength, 1),
      });
    }
    case 'string': {
      const format =
        def.format ??
        checks.find((c) => c.check === 'string_format' && c.format !== 'regex')?.format;
      if (format === 'date') return isoDay;
      if (format === 'datetime') return isoDay.map((d) => `${d}T08:30:00Z`);
      if (format === 'url')
        return fc.webUrl({ validSchemes: ['https'] }).filter((u) => u.length <= 200);
      if (format === 'email') return fc.emailAddress();
      // A pattern of its own (a country code); the single-line rule is kept by the text units.
      const pattern = checks.find(
        (c) => c.format === 'regex' && c.pattern && c.pattern.source !== SINGLE_LINE,
      )?.pattern;
      if (pattern) return fc.stringMatching(pattern);
      const maxLength = Math.min(bound('max_length')?.maximum ?? 60, 60);
      const minLength = Math.max(bound('min_length')?.minimum ?? 0, 1);
      return fc
        .string({ unit: textUnit, minLength, maxLength })
        .filter((s) => s.trim().length >= minLength);
    }
    default:
      throw new Error(`fullyPopulated: no generator for zod type '${def.type}'`);
  }
}
