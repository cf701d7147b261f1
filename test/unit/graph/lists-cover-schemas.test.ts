import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  legacySubmissionsList,
  listDefinitions,
  type ListDefinition,
} from '../../../src/graph/lists/definitions.js';
import type { GraphClient } from '../../../src/graph/client.js';
import * as repositories from '../../../src/graph/repositories.js';
import { fieldLabel, type RecordType } from '../../../src/domain/labels/index.js';
import { locales } from '../../../src/domain/records.js';

/**
 * Every field of every record schema has its list column (DESIGN.md §3: a field without one would
 * be lost silently on save, as `lists/mapping.ts` writes only the columns it knows). The pairs of
 * list and schema are discovered from the graph layer's own `create…Repository` functions, so a
 * list or field another change adds is checked without touching this test.
 */

/**
 * Fields SharePoint keeps itself: the item id, eTag, the created/modified data and the item's
 * version label (`_UIVersionString`, read only).
 */
const STORED = new Set(['id', 'etag', 'createdAt', 'modifiedAt', 'modifiedBy', 'version']);

/** Every list the app reads: the provisioned ones and the old one the upgrade moves items from. */
const readLists = [...listDefinitions, legacySubmissionsList];

interface Pair {
  factory: string;
  definition: ListDefinition;
  schema: z.ZodType;
}

function repositoryPairs(): Pair[] {
  const noClient = {} as GraphClient;
  return Object.entries(repositories)
    .filter(
      ([name, value]) =>
        /^create\w+Repository$/.test(name) &&
        name !== 'createListRepository' &&
        typeof value === 'function',
    )
    .map(([factory, create]) => {
      const repository = (
        create as (
          client: GraphClient,
          siteId: string,
        ) => repositories.ListRepository<unknown, unknown>
      )(noClient, 'site');
      return { factory, definition: repository.definition, schema: repository.schema };
    });
}

/** The top-level field names of an object schema (refinements keep the shape in zod 4). */
function schemaFields(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  if (!shape) throw new Error('expected an object schema');
  return Object.keys(shape);
}

const pairs = repositoryPairs();

describe('list columns and record schemas', () => {
  it('should have a repository, with its schema, for every list definition', () => {
    expect(pairs.map((p) => p.definition.key).sort()).toEqual(readLists.map((d) => d.key).sort());
  });

  it.each(pairs.map((p) => [p.definition.key, p] as const))(
    'should give every field of the %s schema a column (or Title), and no column without a field',
    (_key, { definition, schema }) => {
      const fields = schemaFields(schema).filter((f) => !STORED.has(f));
      const stored = [
        ...definition.columns.map((c) => c.name),
        ...(definition.titleField ? [definition.titleField] : []),
      ];
      expect({
        withoutColumn: fields.filter((f) => !stored.includes(f)),
        withoutField: stored.filter((c) => !fields.includes(c)),
      }).toEqual({ withoutColumn: [], withoutField: [] });
    },
  );

  it.each(readLists.map((d) => [d.key, d] as const))(
    'should name each column of %s once, with a Swedish display name',
    (_key, definition) => {
      const names = definition.columns.map((c) => c.name);
      expect({
        duplicates: names.filter((n, i) => names.indexOf(n) !== i),
        unnamed: definition.columns.filter((c) => c.displayName.trim() === '').map((c) => c.name),
      }).toEqual({ duplicates: [], unnamed: [] });
    },
  );
});

/**
 * Lists whose field labels are not in the domain's label table: the funding feature keeps its own
 * strings in the tab (not moved yet), and the old yearly-report list is never shown to anyone (the
 * upgrade only reads it). Pinned, so a new list without labels fails here, and moving labels into
 * the domain means removing the entry.
 */
const LABELS_OUTSIDE_THE_DOMAIN = ['callResponses', 'developmentInitiatives', 'legacySubmissions'];

/** The label table's record type of a list: its key in the singular (`activities` → `activity`). */
const recordTypeOf = (key: string) => key.replace(/ies$/, 'y').replace(/s$/, '');

describe('field labels of the list columns', () => {
  const labelled = pairs.filter((p) => !LABELS_OUTSIDE_THE_DOMAIN.includes(p.definition.key));

  it('should keep field labels in the domain for every list but the pinned exceptions', () => {
    const withoutLabels = pairs
      .filter((p) => !hasAnyLabel(p))
      .map((p) => p.definition.key)
      .sort();
    expect(withoutLabels).toEqual(LABELS_OUTSIDE_THE_DOMAIN);
  });

  it.each(labelled.map((p) => [p.definition.key, p] as const))(
    'should label every field of %s in Swedish and in English',
    (key, { schema }) => {
      const type = recordTypeOf(key) as RecordType;
      const fields = schemaFields(schema).filter((f) => !STORED.has(f));
      const missing = locales.flatMap((locale) =>
        fields
          .filter((f) => fieldLabel(locale, type, f as never) === f)
          .map((f) => `${locale}: ${f}`),
      );
      expect(missing).toEqual([]);
    },
  );

  it.each(labelled.map((p) => [p.definition.key, p] as const))(
    "should name every column of %s by its field's Swedish label in the domain",
    (key, { definition }) => {
      const type = recordTypeOf(key) as RecordType;
      // These two say how the column stores its value (JSON, an item id), for whoever opens the list.
      const technical = new Set(['snapshot', 'submissionId']);
      const differing = definition.columns
        .filter((c) => !technical.has(c.name))
        .filter((c) => c.displayName !== fieldLabel('sv', type, c.name as never))
        .map((c) => `${c.name}: ${c.displayName}`);
      expect(differing).toEqual([]);
    },
  );
});

/** Whether the domain's label table has any field label for the list's record type. */
function hasAnyLabel({ definition, schema }: Pair): boolean {
  const type = recordTypeOf(definition.key) as RecordType;
  return schemaFields(schema).some(
    (f) => !STORED.has(f) && fieldLabel('sv', type, f as never) !== f,
  );
}
