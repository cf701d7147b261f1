import { startEmulator } from '../../../src/emulator/index.js';
import { defaultOrganisation, type OrganisationConfig } from '../../../src/domain/organisation.js';
import { createGraphClient, type GraphClient } from '../../../src/graph/client.js';
import { siteReadGrants } from '../../../src/graph/lists/policies.js';
import { provision } from '../../../src/graph/provisioning/provision.js';
import { sampleMembership } from '../../../src/graph/provisioning/sample-directory.js';
import { resolveSites, type OrganisationSites } from '../../../src/graph/sites.js';

/** A running emulator with a Graph client per user (dev tokens from `/_emulator/token`). */
export interface Harness {
  baseUrl: string;
  origin: string;
  clientFor(upn: string): GraphClient;
  stats(): Promise<{ requests: number; batches: number; batchedRequests: number }>;
  resetStats(): Promise<void>;
  faults(settings: Record<string, number>): Promise<void>;
  close(): Promise<void>;
}

export const COORDINATOR = 'samordnare@vaxjo.example';

/** Starts the in-process emulator on a free port. */
export async function startHarness(): Promise<Harness> {
  // The site read grants a tenant's admin sets (the network and the board's readers read every
  // administration's private site); the list policies are left out here (see reliability/).
  const emulator = await startEmulator({ port: 0, listPolicies: siteReadGrants(defaultOrganisation) });
  const dev = async (path: string, body?: unknown) => {
    const response = await fetch(`${emulator.origin}/_emulator${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  return {
    baseUrl: emulator.baseUrl,
    origin: emulator.origin,
    clientFor(upn) {
      let token: Promise<string> | undefined;
      return createGraphClient({
        baseUrl: emulator.baseUrl,
        getToken: () =>
          (token ??= dev('/token', { userPrincipalName: upn }).then(
            (t) => (t as { access_token: string }).access_token,
          )),
        retry: { baseDelayMs: 5, maxDelayMs: 50, maxRetries: 8 },
      });
    },
    stats: async () =>
      (await dev('/stats')) as { requests: number; batches: number; batchedRequests: number },
    resetStats: async () => {
      await dev('/stats/reset', {});
    },
    faults: async (settings) => {
      await dev('/faults', settings);
    },
    close: () => emulator.close(),
  };
}

/** Starts the emulator and provisions the organisation (sample membership) as the coordinator. */
export async function startProvisioned(
  organisation: OrganisationConfig = defaultOrganisation,
): Promise<{ h: Harness; sites: OrganisationSites }> {
  const h = await startHarness();
  const client = h.clientFor(COORDINATOR);
  await provision(client, organisation, {
    membership: sampleMembership(organisation),
    sitePollMs: 10,
  });
  return { h, sites: await resolveSites(client, organisation) };
}
