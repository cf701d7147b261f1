import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../../src/graph/client.js';
import { legacyListDefinitions } from '../../../src/graph/lists/definitions.js';
import { listBody } from '../../../src/graph/provisioning/provision.js';
import * as repositories from '../../../src/graph/repositories.js';
import type { OrganisationSites } from '../../../src/graph/sites.js';
import { COORDINATOR, startProvisioned, type Harness } from './harness.js';
import { fullyPopulated } from './schema-arbitrary.js';

/**
 * Fully populated records of every list, written through the graph layer's repositories to the
 * emulator and read back, come back equal: no field is lost or changed on the way (a field
 * without a column, a date shifted by a day, a number or a JSON array mangled). The repositories
 * are discovered from the graph layer's exports and the records generated from their schemas, so
 * a list or field added later is covered without touching this test.
 */

/** Fields SharePoint keeps itself: the item id, eTag and the created/modified data. */
const STORED = new Set(['id', 'etag', 'createdAt', 'modifiedAt', 'modifiedBy', 'version']);

type Factory = (
  client: GraphClient,
  siteId: string,
) => repositories.ListRepository<unknown, unknown>;

const factories = Object.entries(repositories).filter(
  ([name, value]) =>
    /^create\w+Repository$/.test(name) &&
    name !== 'createListRepository' &&
    typeof value === 'function',
) as [string, Factory][];

const withoutStored = (record: unknown) =>
  Object.fromEntries(
    Object.entries(record as Record<string, unknown>).filter(([key]) => !STORED.has(key)),
  );

describe('records through the graph layer and back', () => {
  let h: Harness;
  let sites: OrganisationSites;

  beforeAll(async () => {
    ({ h, sites } = await startProvisioned());
  });
  afterAll(async () => {
    await h.close();
  });

  it.each(factories)(
    'should read back every field of records written with %s',
    async (_name, create) => {
      const client = h.clientFor(COORDINATOR);
      const probe = create(client, '');
      const siteId =
        probe.definition.scope === 'network'
          ? sites.network.siteId
          : (sites.administrations.utbildning?.siteId ?? '');
      const repository = create(client, siteId);
      // A list only an older version provisioned (the upgrade reads it): made here as it was.
      if (legacyListDefinitions.includes(probe.definition)) {
        await client.post(`/sites/${siteId}/lists`, listBody(probe.definition));
      }
      await fc.assert(
        fc.asyncProperty(fullyPopulated(repository.schema, STORED), async (input) => {
          const created = await repository.create(input);
          const read = await repository.get((created as { id: string }).id);
          expect(withoutStored(read)).toEqual(withoutStored(repository.schema.parse(input)));
        }),
        { numRuns: 8 },
      );
    },
  );
});
