import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import type { Project, ProjectInput } from '../../../src/domain/records.js';
import { buildReportModel } from '../../../src/domain/report-model';
import type { GraphClient } from '../../../src/graph/client.js';
import { GraphError } from '../../../src/graph/errors.js';
import { loadOrganisationRecords } from '../../../src/graph/load.js';
import { loadReporting } from '../../../src/graph/reporting.js';
import { seedSampleData } from '../../../src/graph/provisioning/seed.js';
import {
  createProjectRepository,
  createReportingRoundRepository,
} from '../../../src/graph/repositories.js';
import type { OrganisationSites } from '../../../src/graph/sites.js';
import {
  adminSiteId,
  COORDINATOR,
  provisionSample,
  startReliabilityHarness,
  type ReliabilityHarness,
} from './harness.js';
import { recordFigures } from './figures.js';

const YEAR = 2025;
const STORM = { throttleRate: 0.3, errorRate: 0.05, retryAfterSeconds: 0, seed: 9 };

/** A fetch that drops Retry-After from every answer, so the client falls back on its backoff. */
const withoutRetryAfter: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const headers = new Headers(response.headers);
  headers.delete('retry-after');
  return new Response(response.status === 204 ? null : await response.arrayBuffer(), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
};

/** The record without what differs between two runs by design: ids, eTags, authors and times. */
/** Counts of what the client sent and which answers were injected faults (429/503), batch parts included. */
const seen = { requests: 0, faults: 0 };
const isFault = (status: number) => status === 429 || status === 503;

/** Wraps a fetch to count requests and fault answers, also inside `$batch` answers. */
const counting =
  (inner: typeof fetch): typeof fetch =>
  async (input, init) => {
    const response = await inner(input, init);
    seen.requests += 1;
    if (isFault(response.status)) seen.faults += 1;
    if (String(input instanceof Request ? input.url : input).endsWith('/$batch') && response.ok) {
      const body = (await response.clone().json()) as { responses?: { status: number }[] };
      for (const part of body.responses ?? []) {
        seen.requests += 1;
        if (isFault(part.status)) seen.faults += 1;
      }
    }
    return response;
  };
const plainFetch: typeof fetch = (input, init) => fetch(input, init);

const withoutIdentity = (p: Project): Partial<Project> => {
  const rest: Record<string, unknown> = { ...p };
  for (const key of [
    'id',
    'etag',
    'administrationId',
    'createdAt',
    'createdBy',
    'modifiedAt',
    'modifiedBy',
  ])
    delete rest[key];
  return rest;
};
const byTitle = (a: Partial<Project>, b: Partial<Project>) =>
  (a.title ?? '').localeCompare(b.title ?? '');

const inputs = (administrationId: string): ProjectInput[] =>
  Array.from({ length: 12 }, (_, i) => ({
    administrationId,
    title: `Stormprojekt ${String(i).padStart(2, '0')}`,
    kind: 'eu',
    status: 'ongoing',
    programme: 'interreg',
    role: 'partner',
    startDate: '2025-01-01',
    appliedAmount: 1000 * i,
  }));

describe('throttling storms through the real Graph client', () => {
  let h: ReliabilityHarness;
  let sites: OrganisationSites;
  let coordinator: GraphClient;
  let calm: Awaited<ReturnType<typeof loadOrganisationRecords>>;

  beforeAll(async () => {
    h = await startReliabilityHarness();
    sites = await provisionSample(h);
    coordinator = h.clientFor(COORDINATOR);
    await seedSampleData(coordinator, defaultOrganisation, sites, { years: [2024, YEAR] });
    calm = await loadOrganisationRecords(coordinator, sites, { year: YEAR });
  }, 120_000);
  afterAll(() => h.close());

  /** Runs `work` under the storm; returns its result with the requests sent and faults met. */
  const underStorm = async <T>(work: () => Promise<T>, settings: object = STORM) => {
    seen.requests = 0;
    seen.faults = 0;
    await h.faults(settings);
    try {
      const result = await work();
      return { result, figures: { ...seen } };
    } finally {
      await h.faults({});
    }
  };

  it('should load the same organisation records under 30% 429 and 5% 503 with Retry-After', async () => {
    expect(calm.projects.length).toBeGreaterThan(5);
    const { result, figures } = await underStorm(() =>
      loadOrganisationRecords(
        h.clientFor(COORDINATOR, { fetchImpl: counting(plainFetch) }),
        sites,
        { year: YEAR },
      ),
    );
    expect(result).toEqual(calm);
    expect(figures.faults).toBeGreaterThan(0); // the storm did hit this run
    recordFigures('storm load (Retry-After: 0)', figures);
  });

  it('should load the same organisation records under the storm without Retry-After (backoff)', async () => {
    const client = h.clientFor(COORDINATOR, { fetchImpl: counting(withoutRetryAfter) });
    const { result, figures } = await underStorm(
      () => loadOrganisationRecords(client, sites, { year: YEAR }),
      { ...STORM, seed: 17 },
    );
    expect(result).toEqual(calm);
    expect(figures.faults).toBeGreaterThan(0); // the storm did hit this run
    recordFigures('storm load (no Retry-After)', figures);
  });

  it('should honour a Retry-After of one second before retrying', async () => {
    const client = h.clientFor(COORDINATOR);
    await client.get('/me');
    // With seed 8 the first draw (0.16) throttles and the second (0.63) does not.
    const start = Date.now();
    const { result } = await underStorm(() => client.get<{ userPrincipalName: string }>('/me'), {
      throttleRate: 0.5,
      retryAfterSeconds: 1,
      seed: 8,
    });
    expect(result.userPrincipalName).toBe(COORDINATOR);
    expect(Date.now() - start).toBeGreaterThanOrEqual(950);
  });

  it('should write under the storm exactly what a calm run writes (create, update, delete)', async () => {
    const write = async (client: GraphClient, administrationId: string) => {
      const repo = createProjectRepository(client, adminSiteId(sites, administrationId));
      const created = await Promise.all(inputs(administrationId).map((p) => repo.create(p)));
      const updated = await Promise.all(
        created.map((p) => repo.update(p.id ?? '', { ...p, grantedAmount: 500 }, p.etag ?? '')),
      );
      await Promise.all(updated.slice(0, 4).map((p) => repo.remove(p.id ?? '', p.etag ?? '')));
      // A retried write that landed twice would show as an extra version.
      const versions = await Promise.all(updated.slice(4).map((p) => repo.versions(p.id ?? '')));
      expect(versions.map((v) => v.length)).toEqual(updated.slice(4).map(() => 2));
      return (
        await createProjectRepository(coordinator, adminSiteId(sites, administrationId)).list()
      )
        .filter((p) => p.title.startsWith('Stormprojekt'))
        .map(withoutIdentity)
        .sort(byTitle);
    };
    const calmResult = await write(h.clientFor('kontakt.omsorg@vaxjo.example'), 'omsorg');
    const stormClient = h.clientFor('kontakt.arbete-valfard@vaxjo.example', {
      fetchImpl: counting(withoutRetryAfter),
    });
    const { result, figures } = await underStorm(() => write(stormClient, 'arbete-valfard'), {
      ...STORM,
      seed: 5,
    });
    expect(calmResult).toHaveLength(8);
    expect(result).toEqual(calmResult);
    expect(figures.faults).toBeGreaterThan(0); // the storm did hit this run
    recordFigures('storm writes', figures);
  });

  it('should build the same yearly report model under the storm', async () => {
    const build = async (client: GraphClient) => {
      const records = await loadOrganisationRecords(client, sites, { year: YEAR });
      const { submissions, decisions } = await loadReporting(client, sites, { year: YEAR });
      const rounds = await createReportingRoundRepository(client, sites.network.siteId).list();
      return buildReportModel({
        organisation: defaultOrganisation,
        year: YEAR,
        projects: records.projects,
        activities: records.activities,
        submissions,
        decisions,
        rounds,
        generatedAt: '2026-01-31T12:00:00Z',
      });
    };
    const expected = await build(coordinator);
    expect(expected.perAdministration.length).toBeGreaterThan(0);
    const { result, figures } = await underStorm(
      () => build(h.clientFor(COORDINATOR, { fetchImpl: counting(plainFetch) })),
      { ...STORM, seed: 23 },
    );
    expect(result).toEqual(expected);
    expect(figures.faults).toBeGreaterThan(0); // the storm did hit this run
    recordFigures('storm report model', figures);
  });

  it('should give a GraphError "timeout" with a clear message when Graph answers too slowly', async () => {
    const client = h.clientFor(COORDINATOR, { timeoutMs: 50 });
    await client.get('/me'); // token first, so the deadline is about Graph's answer
    await h.faults({ latencyMs: 400 });
    try {
      const error = await client.get('/me').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphError);
      expect(error).toMatchObject({ code: 'timeout', status: 0 });
      expect((error as GraphError).message).toMatch(/did not answer within 50 ms/);
    } finally {
      await h.faults({});
    }
  });
});
