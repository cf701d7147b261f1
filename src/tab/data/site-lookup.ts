import {
  GraphError,
  isNetworkOwner,
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
  /**
   * Whether `userPrincipalName` is the coordinator (`isNetworkOwner` in src/graph, as the bot and
   * server apply it); asked once per lookup, a failure is not cached.
   */
  isCoordinator(userPrincipalName: string): Promise<boolean>;
}

/** Memoises an async call; a rejected answer is forgotten, so the next call tries again. */
function onceUntilFailure<T>(call: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= call().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

export function createSiteLookup(
  client: GraphClient,
  organisation: OrganisationConfig,
): SiteLookup {
  const coordinator = new Map<string, () => Promise<boolean>>();
  const lookup: SiteLookup = {
    sites: onceUntilFailure(() => resolveSites(client, organisation)),
    network: async () => {
      const resolved = await lookup.sites();
      if (!resolved.networkAccessible) {
        throw new GraphError({ status: 403, code: 'accessDenied', message: 'Access denied' });
      }
      return resolved.network;
    },
    isCoordinator: (userPrincipalName) => {
      let ask = coordinator.get(userPrincipalName);
      if (!ask) {
        ask = onceUntilFailure(async () =>
          isNetworkOwner(client, (await lookup.sites()).network.groupId, { userPrincipalName }),
        );
        coordinator.set(userPrincipalName, ask);
      }
      return ask();
    },
  };
  return lookup;
}
