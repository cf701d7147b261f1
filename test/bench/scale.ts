import { Worker } from 'node:worker_threads';
import type { OrganisationConfig } from '../../src/domain/organisation.js';
import { startEmulator } from '../../src/emulator/index.js';
import { mapWithConcurrency } from '../../src/graph/batch.js';
import {
  createActivityRepository,
  createGraphClient,
  createProjectRepository,
  provision,
  resolveSites,
  type GraphClient,
  type OrganisationSites,
  type RetryOptions,
} from '../../src/graph/index.js';
import { splitRecords, syntheticActivity, syntheticProject } from './fixtures.js';

/**
 * The benchmark's tenant: the in-process Graph emulator, provisioned and seeded through Graph
 * (HTTP only, never the emulator's SQLite directly), with the dev endpoints for stats and faults.
 */

/** Request counters of `/_emulator/stats`. */
export interface Stats {
  requests: number;
  batches: number;
  batchedRequests: number;
}

/** Fault settings of `POST /_emulator/faults`. */
export interface Faults {
  latencyMs?: number;
  throttleRate?: number;
  errorRate?: number;
  retryAfterSeconds?: number;
  seed?: number;
}

/** A running emulator with dev-endpoint helpers and a client factory. */
export interface BenchTenant {
  baseUrl: string;
  origin: string;
  /**
   * A Graph client for `upn`, exactly as the app builds it (only base URL and token differ).
   * `roundTripMs` adds that delay to every HTTP round trip on the client side: the network model
   * in which a `$batch` costs one round trip, as on Graph, where a batch's independent requests
   * run in parallel.
   */
  client(upn?: string, options?: { retry?: RetryOptions; roundTripMs?: number }): GraphClient;
  stats(): Promise<Stats>;
  resetStats(): Promise<void>;
  faults(settings: Faults): Promise<void>;
  close(): Promise<void>;
}

/** `fetch` that waits `ms` before each request: network latency per HTTP round trip. */
function delayedFetch(ms: number): typeof fetch {
  return async (input, init) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return fetch(input, init);
  };
}

/** The coordinator reads the whole organisation for the yearly report. */
export const COORDINATOR = 'samordnare@vaxjo.example';

interface EmulatorHandle {
  baseUrl: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * `startEmulator` on a worker thread (see emulator-worker.ts). The worker loads TypeScript through
 * tsx's registration API, since Node does not pass tsx's loader on to worker threads.
 */
async function startEmulatorThread(): Promise<EmulatorHandle> {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./emulator-worker.ts', import.meta.url).href;
  const worker = new Worker(
    `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`,
    { eval: true },
  );
  const address = await new Promise<{ baseUrl: string; origin: string }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    ...address,
    close: () =>
      new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.postMessage('close');
      }),
  };
}

/**
 * Starts the emulator on a free port with an in-memory database: on its own thread by default
 * (the benchmark), in this thread with `thread: false` (tests).
 */
export async function startTenant(options: { thread?: boolean } = {}): Promise<BenchTenant> {
  const emulator: EmulatorHandle =
    options.thread === false
      ? await startEmulator({ port: 0, dbPath: ':memory:' })
      : await startEmulatorThread();
  const dev = async <T>(path: string, body?: unknown, attempt = 0): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(`${emulator.origin}/_emulator${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      // Node's keep-alive race: the server may close an idle socket just as it is reused.
      // The dev endpoints are idempotent apart from the stats reset, which is safe to repeat.
      if (attempt < 2) return dev<T>(path, body, attempt + 1);
      throw error;
    }
    if (!response.ok)
      throw new Error(`/_emulator${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const tokens = new Map<string, Promise<string>>();
  const token = (upn: string) => {
    let t = tokens.get(upn);
    if (!t) {
      t = dev<{ access_token: string }>('/token', { userPrincipalName: upn }).then(
        (a) => a.access_token,
      );
      tokens.set(upn, t);
    }
    return t;
  };
  return {
    baseUrl: emulator.baseUrl,
    origin: emulator.origin,
    client: (upn = COORDINATOR, options = {}) =>
      createGraphClient({
        baseUrl: emulator.baseUrl,
        getToken: () => token(upn),
        ...(options.retry ? { retry: options.retry } : {}),
        ...(options.roundTripMs ? { fetchImpl: delayedFetch(options.roundTripMs) } : {}),
      }),
    stats: () => dev<Stats>('/stats'),
    resetStats: async () => {
      await dev('/stats/reset', {});
    },
    faults: async (settings) => {
      await dev('/faults', settings);
    },
    close: () => emulator.close(),
  };
}

/** Provisions the organisation as the coordinator and resolves its sites. */
export async function provisionTenant(
  tenant: BenchTenant,
  organisation: OrganisationConfig,
): Promise<OrganisationSites> {
  const client = tenant.client();
  await provision(client, organisation, { sitePollMs: 5 });
  return resolveSites(client, organisation);
}

/**
 * Seeds `n` records per administration (one third projects, two thirds activities) through
 * `createMany`, the app's own batched write (20 per `$batch`, 4 batches in flight), two
 * administrations at a time. Returns the number of records written.
 */
export async function seedTenant(
  tenant: BenchTenant,
  sites: OrganisationSites,
  n: number,
): Promise<number> {
  const client = tenant.client();
  const { projects, activities } = splitRecords(n);
  const written = await mapWithConcurrency(
    Object.entries(sites.administrations),
    2,
    async ([id, site]) => {
      const p = await createProjectRepository(client, site.siteId).createMany(
        Array.from({ length: projects }, (_, i) => syntheticProject(id, i)),
      );
      const a = await createActivityRepository(client, site.siteId).createMany(
        Array.from({ length: activities }, (_, i) => syntheticActivity(id, i)),
      );
      return p.length + a.length;
    },
  );
  return written.reduce((sum, count) => sum + count, 0);
}
