import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createActivityRepository,
  createDeltaCache,
  loadOrganisationRecords,
  resolveSites,
  type DeltaCache,
  type OrganisationSites,
} from '../../../src/graph/index.js';
import { BENCH_YEAR, syntheticActivity, syntheticOrganisation } from '../../bench/fixtures.js';
import { provisionTenant, seedTenant, startTenant, type BenchTenant } from '../../bench/scale.js';

/**
 * Exact round trips of the yearly report's load, so a regression in batching or paging fails CI
 * (issue 8). No latency and no timings: only the emulator's request counters.
 *
 * Layout: 11 administrations (22 lists: two `$batch`es of items), 3 records each, and one list
 * with 1,000 more activities in the report year, one more page than the 999 per page asked for.
 */
const L = 11;
const BIG_LIST = 1000;
const organisation = syntheticOrganisation(L);

describe('report load round trips', () => {
  let tenant: BenchTenant;
  let sites: OrganisationSites;
  beforeAll(async () => {
    tenant = await startTenant({ thread: false });
    sites = await provisionTenant(tenant, organisation);
    await seedTenant(tenant, sites, 3);
    const [id, site] = Object.entries(sites.administrations)[0] ?? [];
    if (!id || !site) throw new Error('provisioning created no administration');
    await createActivityRepository(tenant.client(), site.siteId).createMany(
      Array.from({ length: BIG_LIST }, (_, i) => ({
        ...syntheticActivity(id, i),
        startDate: `${BENCH_YEAR}-05-05`,
      })),
    );
  }, 120_000);
  afterAll(async () => {
    await tenant.close();
  });

  it('should resolve the groups and sites of 11 administrations and the network in two rounds of one $batch', async () => {
    await tenant.resetStats();
    await resolveSites(tenant.client(), organisation);
    expect(await tenant.stats()).toEqual({ requests: 2, batches: 2, batchedRequests: 24 });
  });

  it('should load a year cold in one $batch of list ids, two of first pages and one of the extra page', async () => {
    await tenant.resetStats();
    const records = await loadOrganisationRecords(tenant.client(), sites, { year: BENCH_YEAR });
    expect(records.activities.length).toBeGreaterThan(999);
    expect(await tenant.stats()).toEqual({
      requests: 4,
      batches: 4,
      batchedRequests: L + 2 * L + 1,
    });
  });

  it('should prime a delta cache in one list-id batch, two first-page batches and one per further page', async () => {
    await tenant.resetStats();
    await loadOrganisationRecords(tenant.client(), sites, {
      year: BENCH_YEAR,
      deltaCache: createDeltaCache(),
    });
    // The big list has 1,002 items; delta pages hold 200 (the service's default), so 5 more rounds.
    expect(await tenant.stats()).toEqual({
      requests: 8,
      batches: 8,
      batchedRequests: L + 2 * L + 5,
    });
  });

  describe('with a delta cache', () => {
    let cache: DeltaCache;
    beforeAll(async () => {
      cache = createDeltaCache();
      await loadOrganisationRecords(tenant.client(), sites, {
        year: BENCH_YEAR,
        deltaCache: cache,
      });
    });

    it('should refresh 22 unchanged lists in two $batch round trips', async () => {
      await tenant.resetStats();
      await loadOrganisationRecords(tenant.client(), sites, {
        year: BENCH_YEAR,
        deltaCache: cache,
      });
      expect(await tenant.stats()).toEqual({ requests: 2, batches: 2, batchedRequests: 2 * L });
    });

    it('should pick up a changed item in the same two round trips', async () => {
      const site = Object.values(sites.administrations)[1];
      if (!site) throw new Error('no second administration');
      const repository = createActivityRepository(tenant.client(), site.siteId);
      const [first] = await repository.list();
      if (!first?.id || !first.etag) throw new Error('the seeded activity has no id or etag');
      await repository.update(
        first.id,
        { ...first, title: 'Ändrad titel', startDate: `${BENCH_YEAR}-03-03` },
        first.etag,
      );
      await tenant.resetStats();
      const records = await loadOrganisationRecords(tenant.client(), sites, {
        year: BENCH_YEAR,
        deltaCache: cache,
      });
      expect(
        records.activities.find(
          (a) => a.id === first.id && a.administrationId === first.administrationId,
        )?.title,
      ).toBe('Ändrad titel');
      expect(await tenant.stats()).toEqual({ requests: 2, batches: 2, batchedRequests: 2 * L });
    });
  });
});
