import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isActivityInYear,
  isApplicationInYear,
  isFinishedInYear,
  isOngoingInYear,
} from '../../../src/domain/counting.js';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import type { Activity, Project } from '../../../src/domain/records.js';
import { createDeltaCache, loadOrganisationRecords } from '../../../src/graph/load.js';
import { seedSampleData } from '../../../src/graph/provisioning/seed.js';
import { loadReporting } from '../../../src/graph/reporting.js';
import { completenessOf } from '../../../src/domain/reporting-status.js';
import { createActivityRepository } from '../../../src/graph/repositories.js';
import type { OrganisationSites } from '../../../src/graph/sites.js';
import { COORDINATOR, startProvisioned, type Harness } from './harness.js';

const YEARS = [2023, 2024, 2025, 2026];
const byId = <T extends { id?: string }>(records: T[]) =>
  [...records].sort((a, b) => (a.id ?? '').localeCompare(b.id ?? ''));
const key = (r: { administrationId: string; id?: string }) => `${r.administrationId}/${r.id}`;
const keys = (records: { administrationId: string; id?: string }[]) => records.map(key).sort();

describe('loadOrganisationRecords with seeded sample data', () => {
  let h: Harness;
  let sites: OrganisationSites;
  beforeAll(async () => {
    ({ h, sites } = await startProvisioned());
    await seedSampleData(h.clientFor(COORDINATOR), defaultOrganisation, sites, { years: YEARS });
  });
  afterAll(async () => {
    await h.close();
  });

  it('should skip seeding when the sample data is already there', async () => {
    const again = await seedSampleData(h.clientFor(COORDINATOR), defaultOrganisation, sites, {
      years: YEARS,
    });
    expect(again.skipped).toBe(true);
  });

  it('should seed a reporting round in every state of the workflow', async () => {
    const reportYear = (YEARS.at(-1) ?? 0) - 1;
    const { submissions, decisions, invalid } = await loadReporting(
      h.clientFor(COORDINATOR),
      sites,
      {
        year: reportYear,
      },
    );
    expect(invalid).toEqual([]);
    const statuses = completenessOf(
      defaultOrganisation.administrations,
      reportYear,
      submissions,
      decisions,
    ).lines.map((l) => l.status);
    expect(statuses.slice(0, 5)).toEqual(['approved', 'submitted', 'returned', 'draft', 'missing']);
  });

  it('should load every seeded project and activity without invalid items', async () => {
    const all = await loadOrganisationRecords(h.clientFor(COORDINATOR), sites);
    expect(all.invalid).toEqual([]);
    expect(all.projects.length).toBeGreaterThanOrEqual(13);
    expect(all.activities).toHaveLength(9 * YEARS.length);
  });

  it('should read 20 lists with one $batch for list ids and one for items', async () => {
    await h.resetStats();
    await loadOrganisationRecords(h.clientFor(COORDINATOR), sites);
    const stats = await h.stats();
    expect(stats.batches).toBe(2);
    expect(stats.batchedRequests).toBe(30);
  });

  it.each([2024, 2025])(
    'should filter server-side without losing anything the counting rules need in %i',
    async (year) => {
      const client = h.clientFor(COORDINATOR);
      const all = await loadOrganisationRecords(client, sites);
      const ofYear = await loadOrganisationRecords(client, sites, { year });
      const needed = (p: Project) =>
        isOngoingInYear(p, year) || isFinishedInYear(p, year) || isApplicationInYear(p, year);
      expect(keys(ofYear.projects.filter(needed))).toEqual(keys(all.projects.filter(needed)));
      expect(keys(ofYear.activities)).toEqual(
        keys(all.activities.filter((a: Activity) => isActivityInYear(a, year))),
      );
    },
  );

  it('should give the same result from the delta cache as from a plain read', async () => {
    const client = h.clientFor(COORDINATOR);
    const cache = createDeltaCache();
    const plain = await loadOrganisationRecords(client, sites, { year: 2025 });
    const delta = await loadOrganisationRecords(client, sites, { year: 2025, deltaCache: cache });
    expect(keys(delta.projects)).toEqual(keys(plain.projects));
    expect(keys(delta.activities)).toEqual(keys(plain.activities));
  });

  it('should reload unchanged lists from the delta cache with one round trip per 20 lists', async () => {
    const client = h.clientFor(COORDINATOR);
    const cache = createDeltaCache();
    await loadOrganisationRecords(client, sites, { deltaCache: cache });
    await h.resetStats();
    await loadOrganisationRecords(client, sites, { deltaCache: cache });
    expect(await h.stats()).toMatchObject({ requests: 1, batches: 1, batchedRequests: 20 });
  });

  it('should pick up a change and a deletion through the delta cache', async () => {
    const client = h.clientFor(COORDINATOR);
    const cache = createDeltaCache();
    const before = await loadOrganisationRecords(client, sites, { deltaCache: cache });
    const repo = createActivityRepository(client, sites.administrations.omsorg?.siteId ?? '');
    const [first] = byId(before.activities.filter((a) => a.administrationId === 'omsorg'));
    await repo.update(first?.id ?? '', { ...first!, title: 'Ändrad titel' }, first?.etag ?? '');
    const added = await repo.create({
      administrationId: 'omsorg',
      title: 'Nytt studiebesök',
      type: 'study-visit',
      startDate: '2026-03-03',
    });
    const after = await loadOrganisationRecords(client, sites, { deltaCache: cache });
    expect(
      after.activities.find((a) => a.id === first?.id && a.administrationId === 'omsorg')?.title,
    ).toBe('Ändrad titel');
    expect(after.activities).toHaveLength(before.activities.length + 1);
    await repo.remove(added.id ?? '', added.etag ?? '');
    const removed = await loadOrganisationRecords(client, sites, { deltaCache: cache });
    expect(removed.activities).toHaveLength(before.activities.length);
  });

  it('should return identical results under a throttling storm', async () => {
    const client = h.clientFor(COORDINATOR);
    const sorted = <T extends { administrationId: string; id?: string }>(r: T[]) =>
      [...r].sort((a, b) => key(a).localeCompare(key(b)));
    await h.resetStats();
    const calm = await loadOrganisationRecords(client, sites, { year: 2025 });
    const calmRequests = (await h.stats()).batchedRequests;
    await h.faults({ throttleRate: 0.3, retryAfterSeconds: 0, seed: 7 });
    try {
      await h.resetStats();
      const storm = await loadOrganisationRecords(h.clientFor(COORDINATOR), sites, {
        year: 2025,
        baseDelayMs: 1,
        maxDelayMs: 10,
        maxRetries: 20,
      });
      expect((await h.stats()).batchedRequests).toBeGreaterThan(calmRequests);
      expect(sorted(storm.projects)).toEqual(sorted(calm.projects));
      expect(sorted(storm.activities)).toEqual(sorted(calm.activities));
    } finally {
      await h.faults({});
    }
  });
});
