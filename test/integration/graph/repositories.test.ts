import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectInput } from '../../../src/domain/records.js';
import { ConflictError } from '../../../src/graph/errors.js';
import { and, eq, ge } from '../../../src/graph/odata.js';
import {
  createActivityRepository,
  createProjectRepository,
  createSubmissionRepository,
  InvalidRecordError,
} from '../../../src/graph/repositories.js';
import type { OrganisationSites } from '../../../src/graph/sites.js';
import { startProvisioned, type Harness } from './harness.js';

const project = (overrides: Partial<ProjectInput> = {}): ProjectInput => ({
  administrationId: 'utbildning',
  title: 'Erasmus+ skolutbyte med Tartu',
  kind: 'eu',
  status: 'ongoing',
  programme: 'erasmus-plus',
  role: 'lead',
  partners: [{ name: 'Tartu Ülikool', country: 'EE', type: 'university' }],
  startDate: '2024-08-01',
  endDate: '2026-06-30',
  ...overrides,
});

describe('list repositories against the emulator', () => {
  let h: Harness;
  let sites: OrganisationSites;
  beforeAll(async () => {
    ({ h, sites } = await startProvisioned());
  });
  afterAll(async () => {
    await h.close();
  });

  const projects = (upn = 'personal1.utbildning@vaxjo.example') =>
    createProjectRepository(h.clientFor(upn), sites.administrations.utbildning?.siteId ?? '');

  it('should create a project and read it back equal', async () => {
    const repo = projects();
    const created = await repo.create(project());
    const read = await repo.get(created.id ?? '');
    expect(read).toEqual(created);
    expect(read).toMatchObject({
      title: 'Erasmus+ skolutbyte med Tartu',
      partners: [{ name: 'Tartu Ülikool' }],
    });
  });

  it('should update with the current eTag and return the new version', async () => {
    const repo = projects();
    const created = await repo.create(project());
    const updated = await repo.update(
      created.id ?? '',
      { ...created, achievedResults: 'Tre lärarutbyten' },
      created.etag ?? '',
    );
    expect(updated.achievedResults).toBe('Tre lärarutbyten');
    expect(updated.etag).not.toBe(created.etag);
  });

  it('should throw ConflictError with the stored version on a stale eTag and overwrite nothing', async () => {
    const repo = projects();
    const created = await repo.create(project());
    const first = await repo.update(
      created.id ?? '',
      { ...created, description: 'Kollegans text' },
      created.etag ?? '',
    );
    const error = await repo
      .update(created.id ?? '', { ...created, description: 'Min text' }, created.etag ?? '')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toMatchObject({
      description: 'Kollegans text',
      etag: first.etag,
    });
    expect((await repo.get(created.id ?? '')).description).toBe('Kollegans text');
  });

  it('should clear an optional field on update', async () => {
    const repo = projects();
    const created = await repo.create(project({ description: 'Att ta bort' }));
    const updated = await repo.update(
      created.id ?? '',
      { ...created, description: undefined },
      created.etag ?? '',
    );
    expect(updated.description).toBeUndefined();
  });

  it('should refuse a delete with a stale eTag', async () => {
    const repo = projects();
    const created = await repo.create(project());
    await repo.update(created.id ?? '', { ...created, title: 'Nytt namn' }, created.etag ?? '');
    await expect(repo.remove(created.id ?? '', created.etag ?? '')).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it('should list the versions of an item', async () => {
    const repo = projects();
    const created = await repo.create(project());
    await repo.update(created.id ?? '', { ...created, title: 'Version två' }, created.etag ?? '');
    const versions = await repo.versions(created.id ?? '');
    expect(versions.map((v) => v.record?.title).sort()).toEqual([
      'Erasmus+ skolutbyte med Tartu',
      'Version två',
    ]);
  });

  it('should name the wrong field of an invalid record before writing', async () => {
    const error = await projects()
      .create(project({ status: 'completed', endDate: undefined }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).issues.join()).toMatch(/endDate/);
  });

  it('should filter with user text containing quotes safely', async () => {
    const repo = projects();
    await repo.create(project({ title: "Växjö's gröna skolor" }));
    const found = await repo.list({ filter: eq('title', "Växjö's gröna skolor") });
    expect(found.map((p) => p.title)).toEqual(["Växjö's gröna skolor"]);
    expect(await repo.list({ filter: eq('title', "x' or 1 eq 1 or Title eq '") })).toEqual([]);
  });

  it('should filter on indexed columns server-side', async () => {
    const repo = projects();
    await repo.create(
      project({
        status: 'applied',
        applicationSubmitted: '2025-03-01',
        startDate: undefined,
        endDate: undefined,
      }),
    );
    const applied = await repo.list({
      filter: and(eq('status', 'applied'), ge('applicationSubmitted', '2025-01-01')),
    });
    expect(applied.length).toBeGreaterThan(0);
    expect(applied.every((p) => p.status === 'applied')).toBe(true);
  });

  it('should deny a staff member of another administration writes', async () => {
    await expect(
      projects('personal1.omsorg@vaxjo.example').create(project()),
    ).rejects.toMatchObject({ status: 403 });
  });

  it("should let a network member read another administration's private site, not its staff", async () => {
    expect(await projects('kontakt.omsorg@vaxjo.example').list({ top: 1 })).toHaveLength(1);
    await expect(projects('personal1.omsorg@vaxjo.example').list({ top: 1 })).rejects.toMatchObject(
      { status: 403 },
    );
  });

  it('should keep the network submissions private to the network', async () => {
    const repo = createSubmissionRepository(
      h.clientFor('personal1.omsorg@vaxjo.example'),
      sites.network.siteId,
    );
    await expect(repo.list()).rejects.toMatchObject({ status: 403 });
  });

  it('should page through more than 1,000 items created with $batch', async () => {
    const client = h.clientFor('kontakt.kultur-fritid@vaxjo.example');
    const repo = createActivityRepository(
      client,
      sites.administrations['kultur-fritid']?.siteId ?? '',
    );
    const inputs = Array.from({ length: 1050 }, (_, i) => ({
      administrationId: 'kultur-fritid',
      title: `Studiebesök ${i + 1}`,
      type: 'study-visit' as const,
      startDate: '2025-05-01',
    }));
    await h.resetStats();
    const created = await repo.createMany(inputs);
    const afterCreate = await h.stats();
    expect(created).toHaveLength(1050);
    expect(afterCreate.batches).toBe(Math.ceil(1050 / 20));
    await h.resetStats();
    const all = await repo.list();
    expect((await h.stats()).requests).toBe(2);
    expect(all).toHaveLength(1050);
    expect(new Set(all.map((a) => a.id)).size).toBe(1050);
  });
});
