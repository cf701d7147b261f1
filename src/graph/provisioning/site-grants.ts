import type { OrganisationConfig } from '../../domain/organisation.js';
import type { GraphClient } from '../client.js';
import { GraphError, isForbidden, isNotFound } from '../errors.js';
import { listDefinitions } from '../lists/definitions.js';
import { getAllPages } from '../paging.js';
import { findNetworkChannel } from '../network.js';
import { graphPath } from '../path.js';
import { resolveSites } from '../sites.js';
import { getChannelFilesFolder } from '../teams.js';

/**
 * The running app's least privilege: its identity holds `Sites.Selected` (no tenant-wide site
 * access), and provisioning, with its own broad identity, grants it `write` on exactly the sites
 * the app uses: each administration's, the network's, and the network's shared channel's site
 * (where the yearly reports are uploaded). Graph: `POST /sites/{id}/permissions`
 * (https://learn.microsoft.com/graph/api/site-post-permissions), which needs
 * `Sites.FullControl.All` of the caller.
 */

/** The role the runtime app gets on each of its sites: list items and files, not lists. */
export const RUNTIME_SITE_ROLE = 'write';

/** The application to grant: its client id and the name shown in SharePoint. */
export interface GrantedApp {
  id: string;
  displayName: string;
}

/** A site the running app uses, named for the operator. */
export interface AppSite {
  label: string;
  siteId: string;
}

/** Every site the running app uses (the channel's site when the network's Team has one). */
export async function appSites(
  client: GraphClient,
  organisation: OrganisationConfig,
): Promise<AppSite[]> {
  const sites = await resolveSites(client, organisation);
  const result: AppSite[] = [
    { label: `site of ${organisation.network.name}`, siteId: sites.network.siteId },
  ];
  for (const a of organisation.administrations) {
    const site = sites.administrations[a.id];
    if (site) result.push({ label: `site of ${a.name}`, siteId: site.siteId });
  }
  const channel = await findNetworkChannel(client, sites.network.groupId);
  if (channel) {
    const folder = await getChannelFilesFolder(client, sites.network.groupId, channel.id);
    if (folder.siteId) result.push({ label: 'site of the shared channel', siteId: folder.siteId });
  }
  return result;
}

const grantSchema = (value: unknown): { roles: string[]; appId: string | undefined } => {
  const v = value as {
    roles?: unknown;
    grantedToIdentitiesV2?: { application?: { id?: unknown } }[];
    grantedToIdentities?: { application?: { id?: unknown } }[];
  };
  const identity = (v.grantedToIdentitiesV2 ?? v.grantedToIdentities)?.[0]?.application?.id;
  return {
    roles: Array.isArray(v.roles) ? v.roles.map((r) => String(r).toLowerCase()) : [],
    appId: typeof identity === 'string' ? identity.toLowerCase() : undefined,
  };
};

const COVERS_WRITE = new Set(['write', 'manage', 'fullcontrol']);

/**
 * Grants `app` the {@link RUNTIME_SITE_ROLE} on each of its sites, idempotently: a site where it
 * already holds write (or more) is found, not granted again.
 */
export async function grantRuntimeSiteAccess(
  client: GraphClient,
  organisation: OrganisationConfig,
  app: GrantedApp,
  options: { dryRun?: boolean; log?: (line: string) => void } = {},
): Promise<{ created: string[]; found: string[] }> {
  const log = options.log ?? (() => {});
  const created: string[] = [];
  const found: string[] = [];
  for (const site of await appSites(client, organisation)) {
    const path = graphPath`/sites/${site.siteId}/permissions`;
    const grants = (await getAllPages<unknown>(client, path)).map(grantSchema);
    const what = `Sites.Selected ${RUNTIME_SITE_ROLE} for ${app.displayName} on the ${site.label}`;
    if (
      grants.some(
        (g) => g.appId === app.id.toLowerCase() && g.roles.some((r) => COVERS_WRITE.has(r)),
      )
    ) {
      found.push(what);
      log(`found: ${what}`);
      continue;
    }
    if (!options.dryRun) {
      await client.post(path, {
        roles: [RUNTIME_SITE_ROLE],
        grantedToIdentities: [{ application: { id: app.id, displayName: app.displayName } }],
      });
    }
    created.push(what);
    log(`${options.dryRun ? 'would create' : 'created'}: ${what}`);
  }
  return { created, found };
}

/**
 * What the running server checks at start in a tenant instead of provisioning: that its own
 * identity can find the groups and read each site's lists. Returns one line per problem (empty
 * when all is in place); never creates anything.
 */
export async function verifyRuntimeAccess(
  client: GraphClient,
  organisation: OrganisationConfig,
): Promise<string[]> {
  const problems: string[] = [];
  let sites;
  try {
    sites = await resolveSites(client, organisation);
  } catch (error) {
    if (
      error instanceof GraphError &&
      (isForbidden(error) || isNotFound(error) || error.status === 401)
    ) {
      return [
        `the groups of ${organisation.name}: Graph answered ${error.status} ${error.code} (the app needs GroupMember.Read.All, and provisioning must have run: npm run provision -- --tenant)`,
      ];
    }
    throw error;
  }
  const noGrant = '(no Sites.Selected grant: run npm run provision -- --tenant)';
  for (const id of sites.missing) {
    problems.push(
      `administration ${id}: its group does not exist (run npm run provision -- --tenant)`,
    );
  }
  for (const id of sites.inaccessible) {
    problems.push(`administration ${id}: its site cannot be read ${noGrant}`);
  }
  const targets = [
    ...(sites.networkAccessible
      ? [
          {
            label: `the network ${organisation.network.name}`,
            siteId: sites.network.siteId,
            scope: 'network',
          },
        ]
      : []),
    ...organisation.administrations
      .filter((a) => sites.administrations[a.id])
      .map((a) => ({
        label: a.name,
        siteId: sites.administrations[a.id]?.siteId ?? '',
        scope: 'administration',
      })),
  ];
  if (!sites.networkAccessible) {
    problems.unshift(
      `the network ${organisation.network.name}: its site cannot be read ${noGrant}`,
    );
  }
  for (const target of targets) {
    if (!target.siteId) {
      problems.push(
        `${target.label}: the site cannot be read (no Sites.Selected grant: run npm run provision -- --tenant)`,
      );
      continue;
    }
    try {
      const lists = await getAllPages<{ displayName?: string }>(
        client,
        graphPath`/sites/${target.siteId}/lists?$select=displayName`,
      );
      const names = new Set(lists.map((l) => l.displayName));
      const missing = listDefinitions
        .filter((d) => d.scope === target.scope && !names.has(d.displayName))
        .map((d) => d.displayName);
      if (missing.length > 0) {
        problems.push(
          `${target.label}: lists missing: ${missing.join(', ')} (run npm run provision -- --tenant)`,
        );
      }
    } catch (error) {
      if (!(error instanceof GraphError) || !isForbidden(error)) throw error;
      problems.push(
        `${target.label}: Graph answered 403 reading the site's lists (no Sites.Selected grant: run npm run provision -- --tenant)`,
      );
    }
  }
  return problems;
}
