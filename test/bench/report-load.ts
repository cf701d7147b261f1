import { isDeepStrictEqual } from 'node:util';
import type { OrganisationConfig } from '../../src/domain/organisation.js';
import {
  activitySchema,
  projectSchema,
  type Activity,
  type Project,
} from '../../src/domain/records.js';
import {
  createDeltaCache,
  isActivityOfYear,
  isProjectOfYear,
  LIST_ITEMS_PAGE_SIZE,
  loadOrganisationRecords,
  MAX_BATCH_SIZE,
  resolveSites,
  type GraphClient,
} from '../../src/graph/index.js';
import { naiveLoad } from './naive-load.js';
import { timed, type Figure } from './figures.js';
import {
  BENCH_YEAR,
  splitRecords,
  syntheticActivity,
  syntheticOrganisation,
  syntheticProject,
} from './fixtures.js';
import { provisionTenant, seedTenant, startTenant, type BenchTenant, type Stats } from './scale.js';

/**
 * Figures 1 (report load, cold and warm) and 4 (throttling cost) at one scale: L administrations
 * with N records each, read by the coordinator for the yearly report of `BENCH_YEAR`.
 */

/** One scale of the benchmark. */
export interface LoadScale {
  l: number;
  n: number;
  latencyMs: number;
  /** Also measure figure 4 (throttling) at this scale. */
  throttling: boolean;
}

/** The two record lists every administration site holds. */
const LISTS_PER_ADMINISTRATION = 2;

const batches = (requests: number) => Math.ceil(requests / MAX_BATCH_SIZE);

/**
 * The fewest round trips a batched cold load can make: the list-id lookup of every site, the
 * first page of every list, then one round per further page, each round batched 20 per `$batch`.
 * Page counts come from the seeded data filtered by the same rule the server applies.
 */
export function coldLoadTarget(l: number, n: number, year = BENCH_YEAR): number {
  const { projects, activities } = splitRecords(n);
  const relevantProjects = Array.from({ length: projects }, (_, i) =>
    projectSchema.parse(syntheticProject('x', i)),
  ).filter((p) => isProjectOfYear(p, year)).length;
  const relevantActivities = Array.from({ length: activities }, (_, i) =>
    activitySchema.parse(syntheticActivity('x', i)),
  ).filter((a) => isActivityOfYear(a, year)).length;
  const pages = [relevantProjects, relevantActivities].map((c) =>
    Math.max(1, Math.ceil(c / LIST_ITEMS_PAGE_SIZE)),
  );
  let itemRounds = 0;
  for (let round = 1; round <= Math.max(...pages); round += 1) {
    itemRounds += batches(l * pages.filter((p) => p >= round).length);
  }
  return batches(l) + itemRounds;
}

type Records = { projects: Project[]; activities: Activity[] };

const sortKey = (r: { administrationId: string; id?: string }) =>
  `${r.administrationId}/${r.id ?? ''}`;
const sorted = <T extends { administrationId: string; id?: string }>(records: readonly T[]) =>
  [...records].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));

/** Both loads as comparable values: records sorted by administration and id. */
export function canonical(records: Records): Records {
  return { projects: sorted(records.projects), activities: sorted(records.activities) };
}

async function measure<T>(
  tenant: BenchTenant,
  fn: () => Promise<T>,
): Promise<{ ms: number; result: T; stats: Stats }> {
  await tenant.resetStats();
  const { ms, result } = await timed(fn);
  return { ms, result, stats: await tenant.stats() };
}

const coldOptimised = async (client: GraphClient, organisation: OrganisationConfig) => {
  const sites = await resolveSites(client, organisation);
  return loadOrganisationRecords(client, sites, { year: BENCH_YEAR });
};

/** Runs figures 1 and (optionally) 4 at one scale; `log` gets progress lines. */
export async function benchReportLoad(
  scale: LoadScale,
  log: (line: string) => void,
): Promise<Figure[]> {
  const { l, n, latencyMs } = scale;
  const tag = `L=${l} N=${n}`;
  const organisation = syntheticOrganisation(l);
  const tenant = await startTenant();
  try {
    const setup = await timed(async () => {
      const sites = await provisionTenant(tenant, organisation);
      return { sites, seeded: await seedTenant(tenant, sites, n) };
    });
    const { sites } = setup.result;
    log(
      `  setup ${tag}: ${l} sites, ${l * LISTS_PER_ADMINISTRATION} lists, ${setup.result.seeded} records through $batch in ${(setup.ms / 1000).toFixed(1)} s`,
    );
    await tenant.faults({ latencyMs });

    const baseline = await measure(tenant, () =>
      naiveLoad(tenant.client(), organisation, BENCH_YEAR),
    );
    log(
      `  baseline ${tag}: ${baseline.stats.requests} requests in ${(baseline.ms / 1000).toFixed(1)} s`,
    );
    const client = tenant.client();
    const cold = await measure(tenant, () => coldOptimised(client, organisation));
    const discovery = await measure(tenant, () => resolveSites(client, organisation));
    const load = await measure(tenant, () =>
      loadOrganisationRecords(client, sites, { year: BENCH_YEAR }),
    );
    const cache = createDeltaCache();
    const prime = await measure(tenant, () =>
      loadOrganisationRecords(client, sites, { year: BENCH_YEAR, deltaCache: cache }),
    );
    const warm = await measure(tenant, () =>
      loadOrganisationRecords(client, sites, { year: BENCH_YEAR, deltaCache: cache }),
    );
    log(
      `  delta cache primed in ${prime.stats.requests} round trips, ${(prime.ms / 1000).toFixed(1)} s`,
    );

    const expected = canonical(baseline.result);
    const same = (r: Records) => isDeepStrictEqual(canonical(r), expected);
    const identical = same(cold.result) && same(warm.result);
    const records = `${expected.projects.length} projects + ${expected.activities.length} activities`;
    const coldTarget = coldLoadTarget(l, n);
    const warmTarget = batches(l * LISTS_PER_ADMINISTRATION);
    const figures: Figure[] = [
      {
        id: '1a',
        name: `report load, cold, wall time (${tag}, ${latencyMs} ms/request)`,
        unit: 'ms',
        optimised: cold.ms,
        baseline: baseline.ms,
        baselineIs: 'sequential, one request per list page',
        ...(l === 20
          ? { target: { text: 'ratio <= 0.10', met: cold.ms <= baseline.ms / 10 } }
          : {}),
        note: `${records}, results ${identical ? 'identical' : 'DIFFERENT'}`,
      },
      {
        id: '1b',
        name: `report load, cold, round trips (${tag})`,
        unit: 'requests',
        optimised: load.stats.requests,
        baseline: baseline.stats.requests,
        baselineIs: 'sequential client, incl. its group and site lookups',
        target: {
          text: `<= ${coldTarget} (list ids + ceil(${l * LISTS_PER_ADMINISTRATION}/20) + extra pages)`,
          met: load.stats.requests <= coldTarget,
        },
        note: `plus ${discovery.stats.requests} for group and site discovery once per session (${cold.stats.requests} in all)`,
      },
      {
        id: '1c',
        name: `report load, warm delta refresh without changes, wall time (${tag})`,
        unit: 'ms',
        optimised: warm.ms,
        baseline: baseline.ms,
        baselineIs: 'the sequential client reloads everything',
      },
      {
        id: '1d',
        name: `report load, warm delta refresh without changes, round trips (${tag})`,
        unit: 'requests',
        optimised: warm.stats.requests,
        baseline: baseline.stats.requests,
        baselineIs: 'the sequential client reloads everything',
        target: {
          text: `<= ${warmTarget} (1 per 20 lists)`,
          met: warm.stats.requests <= warmTarget,
        },
      },
    ];
    figures.push(await roundTripModelFigure(tenant, organisation, expected, { latencyMs, tag }));
    if (scale.throttling)
      figures.push(await throttlingFigure(tenant, organisation, cold, { latencyMs, tag }));
    return figures;
  } finally {
    await tenant.close();
  }
}

/**
 * Figure 1e: the cold load with the latency charged once per HTTP round trip on the client side
 * (emulator latency off). The emulator runs a batch's inner requests one after the other and
 * delays each, so there a `$batch` of 20 costs 20 latencies; Graph runs independent batched
 * requests in parallel, so this model is the closer one to a tenant.
 */
async function roundTripModelFigure(
  tenant: BenchTenant,
  organisation: OrganisationConfig,
  expected: Records,
  context: { latencyMs: number; tag: string },
): Promise<Figure> {
  await tenant.faults({ latencyMs: 0 });
  const options = { roundTripMs: context.latencyMs };
  const baseline = await measure(tenant, () =>
    naiveLoad(tenant.client(undefined, options), organisation, BENCH_YEAR),
  );
  const cold = await measure(tenant, () =>
    coldOptimised(tenant.client(undefined, options), organisation),
  );
  await tenant.faults({ latencyMs: context.latencyMs });
  const identical =
    isDeepStrictEqual(canonical(cold.result), expected) &&
    isDeepStrictEqual(canonical(baseline.result), expected);
  return {
    id: '1e',
    name: `report load, cold, wall time, ${context.latencyMs} ms per HTTP round trip instead (${context.tag})`,
    unit: 'ms',
    optimised: cold.ms,
    baseline: baseline.ms,
    baselineIs: 'sequential, one request per list page',
    target: { text: 'ratio <= 0.10', met: cold.ms <= baseline.ms / 10 },
    note: `${cold.stats.requests} vs ${baseline.stats.requests} round trips, results ${identical ? 'identical' : 'DIFFERENT'}`,
  };
}

/** Figure 4: the same cold load with 20 % of the requests answered 429 (Retry-After 1 s). */
async function throttlingFigure(
  tenant: BenchTenant,
  organisation: OrganisationConfig,
  unthrottled: { ms: number; result: Records; stats: Stats },
  context: { latencyMs: number; tag: string },
): Promise<Figure> {
  // A seeded fault sequence, so the number of throttled requests is the same on every run.
  await tenant.faults({
    latencyMs: context.latencyMs,
    throttleRate: 0.2,
    retryAfterSeconds: 1,
    seed: 8,
  });
  const throttled = await measure(tenant, () => coldOptimised(tenant.client(), organisation));
  await tenant.faults({ latencyMs: context.latencyMs });
  const identical = isDeepStrictEqual(canonical(throttled.result), canonical(unthrottled.result));
  if (!identical) throw new Error('Figure 4: the throttled load returned different records');
  return {
    id: '4',
    name: `report load with 20% 429 answers (Retry-After 1 s), cold, wall time (${context.tag})`,
    unit: 'ms',
    optimised: throttled.ms,
    baseline: unthrottled.ms,
    baselineIs: 'the same load without throttling',
    target: { text: 'results identical', met: identical },
    note: `slowdown x${(throttled.ms / unthrottled.ms).toFixed(2)}, ${throttled.stats.requests} round trips (${throttled.stats.batchedRequests} inner requests) vs ${unthrottled.stats.requests} (${unthrottled.stats.batchedRequests})`,
  };
}
