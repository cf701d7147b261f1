import { startEmulator, type FaultOptions } from '../../../src/emulator/index.js';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import {
  createGraphClient,
  type GraphClient,
  type GraphClientOptions,
} from '../../../src/graph/client.js';
import { emulatorListPolicies } from '../../../src/graph/lists/policies.js';
import { provision } from '../../../src/graph/provisioning/provision.js';
import { sampleMembership } from '../../../src/graph/provisioning/sample-directory.js';
import { resolveSites, type OrganisationSites } from '../../../src/graph/sites.js';
import { GraphError } from '../../../src/graph/errors.js';
import { expect } from 'vitest';

/** The sample coordinator (owns every group). */
export const COORDINATOR = 'samordnare@vaxjo.example';

/** Stats counted by the emulator for /v1.0 requests. */
export interface EmulatorStats {
  requests: number;
  batches: number;
  batchedRequests: number;
}

/** A running emulator plus clients per user or app identity, for the reliability tests. */
export interface ReliabilityHarness {
  baseUrl: string;
  origin: string;
  /** POSTs (with a body) or GETs a dev endpoint under `/_emulator`. */
  dev(path: string, body?: unknown): Promise<unknown>;
  /** A raw dev token for a user. */
  userToken(upn: string): Promise<string>;
  /** A Graph client acting as the user (delegated dev token). */
  clientFor(upn: string, options?: Partial<GraphClientOptions>): GraphClient;
  /** A Graph client acting as an app (app-only dev token with these roles, or the defaults). */
  appClient(clientId: string, roles?: string[], options?: Partial<GraphClientOptions>): GraphClient;
  faults(settings: FaultOptions): Promise<void>;
  stats(): Promise<EmulatorStats>;
  close(): Promise<void>;
}

/** Fast retries so storms of 429/503 finish within a test's time. */
export const FAST_RETRY = { baseDelayMs: 2, maxDelayMs: 20, maxRetries: 12 };

/**
 * Starts the emulator (optionally on a SQLite file) and hands out clients. The emulator gets the
 * same list policies as the server's (`graph-backend.ts`): the store a tenant's admin configured.
 */
export async function startReliabilityHarness(
  opts: { dbPath?: string; port?: number } = {},
): Promise<ReliabilityHarness> {
  const emulator = await startEmulator({
    port: opts.port ?? 0,
    dbPath: opts.dbPath ?? ':memory:',
    listPolicies: emulatorListPolicies(defaultOrganisation),
  });
  const dev = async (path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${emulator.origin}/_emulator${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  const tokenOf = async (body: unknown) =>
    ((await dev('/token', body)) as { access_token: string }).access_token;
  const client = (body: unknown, options: Partial<GraphClientOptions> = {}) => {
    let token: Promise<string> | undefined;
    return createGraphClient({
      baseUrl: emulator.baseUrl,
      getToken: () => (token ??= tokenOf(body)),
      retry: FAST_RETRY,
      ...options,
    });
  };
  return {
    baseUrl: emulator.baseUrl,
    origin: emulator.origin,
    dev,
    userToken: (upn) => tokenOf({ userPrincipalName: upn }),
    clientFor: (upn, options) => client({ userPrincipalName: upn }, options),
    appClient: (clientId, roles, options) =>
      client(roles ? { clientId, roles } : { clientId }, options),
    faults: async (settings) => {
      await dev('/faults', settings);
    },
    stats: async () => (await dev('/stats')) as EmulatorStats,
    close: () => emulator.close(),
  };
}

/** Provisions the Växjö organisation with the sample membership as the coordinator. */
export async function provisionSample(h: ReliabilityHarness): Promise<OrganisationSites> {
  const client = h.clientFor(COORDINATOR);
  await provision(client, defaultOrganisation, {
    membership: sampleMembership(defaultOrganisation),
    sitePollMs: 5,
  });
  return resolveSites(client, defaultOrganisation);
}

/** The site id of an administration, failing loudly when provisioning did not create it. */
export function adminSiteId(sites: OrganisationSites, administrationId: string): string {
  const site = sites.administrations[administrationId];
  if (!site) throw new Error(`No site for administration ${administrationId}`);
  return site.siteId;
}

/** Expects the store to refuse: a `GraphError` with status 403. */
export async function expectForbidden(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphError);
  expect((error as GraphError).status).toBe(403);
}
