import {
  GraphError,
  createActivityRepository,
  createDeltaCache,
  createGraphClient,
  createProjectRepository,
  createReportingRoundRepository,
  loadReporting,
  getMyAdministrations,
  loadOrganisationRecords,
  resolveSites,
  type OrganisationSites,
} from '../../graph/index';
import type { OrganisationConfig } from '../../domain/organisation';
import type { DataAccess } from './data-access';
import { restoreDeltaState, resetDeltaCache, saveDeltaState } from './delta-state';
import type { LocalCache } from './local-cache';

/** What the shell knows when it builds the data access: config and the current identity. */
export interface GraphDataAccessOptions {
  graphBaseUrl: string;
  getToken: () => Promise<string>;
  organisation: OrganisationConfig;
  user: string;
  /** This user's local cache (see local-cache.ts): the last reads, shown while Graph is asked. */
  cache?: LocalCache;
}

/**
 * Builds the tab's `DataAccess` on src/graph. The same code runs against the emulator and a
 * tenant: only the base URL and token provider differ.
 */
export function createGraphDataAccess(options: GraphDataAccessOptions): DataAccess {
  const client = createGraphClient({ baseUrl: options.graphBaseUrl, getToken: options.getToken });
  const { organisation } = options;
  let sites: Promise<OrganisationSites> | undefined;
  // Sites are resolved once per identity; a failure is not cached so a retry can succeed.
  const getSites = () => {
    sites ??= resolveSites(client, organisation).catch((error: unknown) => {
      sites = undefined;
      throw error;
    });
    return sites;
  };
  const siteOf = async (administrationId: string): Promise<string> => {
    const site = (await getSites()).administrations[administrationId];
    if (!site) throw new Error(`No site for administration "${administrationId}"`);
    return site.siteId;
  };
  let mine: Promise<string[]> | undefined;
  // Records are read through the delta query: the first load enumerates each list, later ones
  // (this open, or the next one from the saved state) ask Graph only for what changed.
  const delta = createDeltaCache();
  const { cache } = options;
  const restored = cache
    ? restoreDeltaState(cache, delta, options.graphBaseUrl)
    : Promise.resolve(false);
  const loadRecords = async (opts: { year?: number }) => {
    const fromSaved = await restored;
    const load = async () =>
      loadOrganisationRecords(client, await getSites(), { ...opts, deltaCache: delta });
    let records;
    try {
      records = await load();
    } catch (error) {
      // A saved delta link the store no longer honours (read access gone, list deleted): read
      // everything again rather than keep showing what this user may no longer read.
      if (!(fromSaved && error instanceof GraphError && [403, 404].includes(error.status))) {
        throw error;
      }
      resetDeltaCache(delta);
      records = await load();
    }
    if (cache) void saveDeltaState(cache, delta);
    return records;
  };
  /** A read from the network site; undefined when it cannot be read. */
  const fromNetwork = async <T>(read: (siteId: string) => Promise<T>): Promise<T | undefined> => {
    try {
      return await read((await getSites()).network.siteId);
    } catch {
      return undefined;
    }
  };

  return {
    organisation: {
      id: organisation.id,
      name: organisation.name,
      administrations: organisation.administrations.map((a) => ({
        id: a.id,
        name: a.name,
        ...(a.shortName ? { shortName: a.shortName } : {}),
      })),
    },
    user: options.user,
    ...(cache ? { cache } : {}),
    myAdministrations: () => (mine ??= getMyAdministrations(client, organisation)),
    loadRecords: (opts = {}) => loadRecords(opts),
    projects: async (id) => createProjectRepository(client, await siteOf(id)),
    activities: async (id) => createActivityRepository(client, await siteOf(id)),
    reportingData: async () => {
      try {
        const { submissions, decisions } = await loadReporting(client, await getSites());
        return { submissions, decisions };
      } catch {
        // Without read access the overview simply does not show the yearly-report reminder.
        return undefined;
      }
    },
    // The rounds live on the network site; without read access amounts in other currencies stay
    // in their own currency.
    rounds: () => fromNetwork((siteId) => createReportingRoundRepository(client, siteId).list()),
  };
}
