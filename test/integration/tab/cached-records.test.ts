import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createStore, keys as storedKeys } from 'idb-keyval';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import { createDeltaCache, loadOrganisationRecords } from '../../../src/graph/load.js';
import { seedSampleData } from '../../../src/graph/provisioning/seed.js';
import { createActivityRepository } from '../../../src/graph/repositories.js';
import { resolveSites, type OrganisationSites } from '../../../src/graph/sites.js';
import { createGraphDataAccess } from '../../../src/tab/data/graph-data-access.js';
import { createLocalCache, type LocalCache } from '../../../src/tab/data/local-cache.js';
import { saveDeltaState } from '../../../src/tab/data/delta-state.js';
import { COORDINATOR, startProvisioned, type Harness } from '../graph/harness.js';

const STAFF = 'personal1.omsorg@vaxjo.example';
const keys = (records: { administrationId: string; id?: string }[]) =>
  records.map((r) => `${r.administrationId}/${r.id}`).sort();

/**
 * The tab's data access with its local cache against the emulator: a repeat open (a new data
 * access on the same cache) refreshes through the saved delta links and ends with what a plain
 * read gives, and a saved state the store no longer honours is read again from scratch.
 */
describe('the tab’s records with the local cache', () => {
  let h: Harness;
  let sites: OrganisationSites;
  let store: ReturnType<typeof createStore>;

  const tokenFor = (upn: string) => async () => {
    const answer = await fetch(`${h.origin}/_emulator/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userPrincipalName: upn }),
    });
    return ((await answer.json()) as { access_token: string }).access_token;
  };
  const cacheOf = (user: string) =>
    createLocalCache({ graphBaseUrl: h.baseUrl, user }, () => store);
  const open = (user: string, cache: LocalCache) =>
    createGraphDataAccess({
      graphBaseUrl: h.baseUrl,
      getToken: tokenFor(user),
      organisation: defaultOrganisation,
      user,
      cache,
    });
  // The delta state is saved after the load has answered (the tab does not wait for it).
  const deltaSaved = () =>
    vi.waitFor(async () => {
      const saved = await storedKeys(store);
      expect(saved.some((k) => Array.isArray(k) && k[1] === 'delta')).toBe(true);
    });

  beforeAll(async () => {
    ({ h, sites } = await startProvisioned());
    await seedSampleData(h.clientFor(COORDINATOR), defaultOrganisation, sites, {
      years: [2025, 2026],
    });
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    store = createStore('test-db', 'saved-reads');
  });

  it('should refresh a repeat open through the saved delta links, with fewer requests, to what a plain read gives', async () => {
    const cache = cacheOf(COORDINATOR);
    await h.resetStats();
    const first = await open(COORDINATOR, cache).loadRecords();
    const cold = await h.stats();
    await deltaSaved();

    const repo = createActivityRepository(
      h.clientFor(COORDINATOR),
      sites.administrations.omsorg?.siteId ?? '',
    );
    const [changed] = first.activities.filter((a) => a.administrationId === 'omsorg');
    await repo.update(
      changed?.id ?? '',
      { ...changed!, title: 'Ändrad efter första öppningen' },
      changed?.etag ?? '',
    );

    await h.resetStats();
    const again = await open(COORDINATOR, cache).loadRecords();
    const warm = await h.stats();

    const plain = await loadOrganisationRecords(h.clientFor(COORDINATOR), sites);
    expect(keys(again.projects)).toEqual(keys(plain.projects));
    expect(keys(again.activities)).toEqual(keys(plain.activities));
    expect(
      again.activities.find((a) => a.id === changed?.id && a.administrationId === 'omsorg')?.title,
    ).toBe('Ändrad efter första öppningen');
    // The list ids come from the saved state; each list is asked only for its changes.
    expect(warm.requests).toBeLessThan(cold.requests);
  });

  it('should read everything again when a saved delta link is refused by the store', async () => {
    // The staff member's saved state holds, for their own lists, delta links the store refuses
    // them (another administration's lists): as if their access had been narrowed since.
    const cache = cacheOf(STAFF);
    const coordinatorState = createDeltaCache();
    await loadOrganisationRecords(h.clientFor(COORDINATOR), sites, {
      deltaCache: coordinatorState,
    });
    const siteOf = (id: string) => sites.administrations[id]?.siteId ?? '';
    const entries = [...coordinatorState.lists];
    const others = entries.filter(([key]) => key.startsWith(`${siteOf('utbildning')}/`));
    const tampered = createDeltaCache();
    for (const [siteId, lists] of coordinatorState.listIds) tampered.listIds.set(siteId, lists);
    entries
      .filter(([key]) => key.startsWith(`${siteOf('omsorg')}/`))
      .forEach(([key], i) => tampered.lists.set(key, others[i]![1]));
    expect(tampered.lists.size).toBe(2);
    await saveDeltaState(cache, tampered);

    const records = await open(STAFF, cache).loadRecords();

    const plain = await loadOrganisationRecords(
      h.clientFor(STAFF),
      await resolveSites(h.clientFor(STAFF), defaultOrganisation),
    );
    expect(records.projects.length + records.activities.length).toBeGreaterThan(0);
    expect(keys(records.projects)).toEqual(keys(plain.projects));
    expect(keys(records.activities)).toEqual(keys(plain.activities));
  });
});
