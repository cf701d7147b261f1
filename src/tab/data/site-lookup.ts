import {
  GraphError,
  resolveSites,
  type GraphClient,
  type OrganisationSites,
} from '../../graph/index';
import type { SiteRef } from '../../graph/sites';
import type { OrganisationConfig } from '../../domain/organisation';

/** The organisation's sites for one signed-in identity, shared by the tab's data accesses. */
export interface SiteLookup {
  /** Resolved once per identity; a failure is not cached, so a retry can succeed. */
  sites(): Promise<OrganisationSites>;
  /**
   * The network site; for a reader outside the private network group a 403 `accessDenied`, as
   * SharePoint would answer, so the UI shows "no access" instead of calling with no site id.
   */
  network(): Promise<SiteRef>;
}

export function createSiteLookup(
  client: GraphClient,
  organisation: OrganisationConfig,
): SiteLookup {
  let sites: Promise<OrganisationSites> | undefined;
  const lookup: SiteLookup = {
    sites: () => {
      sites ??= resolveSites(client, organisation).catch((error: unknown) => {
        sites = undefined;
        throw error;
      });
      return sites;
    },
    network: async () => {
      const resolved = await lookup.sites();
      if (!resolved.networkAccessible) {
        throw new GraphError({ status: 403, code: 'accessDenied', message: 'Access denied' });
      }
      return resolved.network;
    },
  };
  return lookup;
}
