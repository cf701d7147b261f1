import {
  createActivityRepository,
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

/** What the shell knows when it builds the data access: config and the current identity. */
export interface GraphDataAccessOptions {
  graphBaseUrl: string;
  getToken: () => Promise<string>;
  organisation: OrganisationConfig;
  user: string;
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
    myAdministrations: () => (mine ??= getMyAdministrations(client, organisation)),
    loadRecords: async (opts = {}) => loadOrganisationRecords(client, await getSites(), opts),
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
