import { mailNicknameOf, type OrganisationConfig } from '../domain/organisation.js';
import { batchRequests } from './batch.js';
import type { GraphClient } from './client.js';
import { groupByNicknameRequest, listGroupOwners, listMyGroups } from './directory.js';
import { GraphError, isForbidden, isNotFound } from './errors.js';
import { graphPath } from './path.js';

/** A Microsoft 365 group and its team site. */
export interface SiteRef {
  groupId: string;
  siteId: string;
}

/** The sites of the organisation: the network's and each administration's (by id). */
export interface OrganisationSites {
  /** The network's group and site; `siteId` is '' when the caller may not read it. */
  network: SiteRef;
  /** False for readers outside the network (a private group they are not in). */
  networkAccessible: boolean;
  administrations: Record<string, SiteRef>;
  /** Administrations whose group does not exist yet (provisioning has not run for them). */
  missing: string[];
  /** Administrations whose site the caller may not read (a private group they are not in). */
  inaccessible: string[];
}

interface Target {
  key: string;
  mailNickname: string;
  groupId?: string | undefined;
  siteId?: string | undefined;
}

const NETWORK_KEY = '\u0000network';

/**
 * Resolves every administration's and the network's group and site, batched: groups mapped in
 * the organisation config are taken as is, the others are found by mail nickname; sites come from
 * `/groups/{id}/sites/root` unless mapped. The network must exist (else 404 `networkNotFound`);
 * a caller outside it gets `networkAccessible: false`. Administrations whose group is missing or
 * unreadable are listed in `missing`/`inaccessible`.
 */
export async function resolveSites(
  client: GraphClient,
  organisation: OrganisationConfig,
): Promise<OrganisationSites> {
  const targets: Target[] = [
    { key: NETWORK_KEY, ...organisation.network },
    ...organisation.administrations.map((a) => ({
      key: a.id,
      mailNickname: mailNicknameOf(a),
      groupId: a.groupId,
      siteId: a.siteId,
    })),
  ];
  const missing = new Set<string>();
  const inaccessible = new Set<string>();

  const unmapped = targets.filter((t) => t.groupId === undefined);
  const groupAnswers = await batchRequests<{ value?: { id: string }[] }>(
    client,
    unmapped.map((t) => groupByNicknameRequest(t.mailNickname)),
  );
  unmapped.forEach((target, i) => {
    const answer = groupAnswers[i];
    const id = answer && answer.status === 200 ? answer.body.value?.[0]?.id : undefined;
    if (answer && answer.status !== 200)
      throw GraphError.fromEnvelope(answer.status, answer.body, answer.headers);
    if (id === undefined) missing.add(target.key);
    else target.groupId = id;
  });

  const needSite = targets.filter((t) => t.groupId !== undefined && t.siteId === undefined);
  const siteAnswers = await batchRequests<{ id?: string }>(
    client,
    needSite.map((t) => ({
      method: 'GET' as const,
      url: graphPath`/groups/${t.groupId ?? ''}/sites/root?$select=id,webUrl`,
    })),
  );
  needSite.forEach((target, i) => {
    const answer = siteAnswers[i];
    if (answer?.status === 200 && answer.body.id) {
      target.siteId = answer.body.id;
      return;
    }
    const error = GraphError.fromEnvelope(answer?.status ?? 0, answer?.body, answer?.headers);
    if (isForbidden(error)) inaccessible.add(target.key);
    else if (isNotFound(error)) missing.add(target.key);
    else throw error;
  });

  const network = targets[0] as Target;
  if (missing.has(NETWORK_KEY) || !network.groupId) {
    throw new GraphError({
      status: 404,
      code: 'networkNotFound',
      message: `The network group "${organisation.network.mailNickname}" or its site is missing: run provisioning`,
    });
  }
  const administrations: Record<string, SiteRef> = {};
  for (const target of targets.slice(1)) {
    if (target.groupId && target.siteId)
      administrations[target.key] = { groupId: target.groupId, siteId: target.siteId };
  }
  return {
    // A reader outside the private network still gets the public administrations; the network's
    // empty site id makes every network read fail with 403 (see `resolveListId`).
    network: { groupId: network.groupId, siteId: network.siteId ?? '' },
    networkAccessible: network.siteId !== undefined,
    administrations,
    missing: [...missing].filter((k) => k !== NETWORK_KEY),
    inaccessible: [...inaccessible].filter((k) => k !== NETWORK_KEY),
  };
}

/**
 * The administrations whose records the signed-in user may change: those whose group they are a
 * member of (`/me/memberOf`) or own (`/me/ownedObjects`; SharePoint gives a group's owners full
 * control of its site, but Graph lists owners only there), matched by mapped group id or mail
 * nickname. Both reads go in one `$batch`.
 */
export async function getMyAdministrations(
  client: GraphClient,
  organisation: OrganisationConfig,
): Promise<string[]> {
  const groups = await listMyGroups(client);
  const ids = new Set(groups.map((g) => g.id));
  const nicknames = new Set(groups.map((g) => (g.mailNickname ?? '').toLowerCase()));
  return organisation.administrations
    .filter(
      (a) =>
        (a.groupId !== undefined && ids.has(a.groupId)) ||
        nicknames.has(mailNicknameOf(a).toLowerCase()),
    )
    .map((a) => a.id);
}

/** A directory user as far as the coordinator rule needs: the object id or the UPN. */
export interface UserRef {
  id?: string | undefined;
  userPrincipalName?: string | undefined;
}

/**
 * The coordinator rule, the one the tab, the bot and the server apply: a coordinator is an owner
 * of the network group. The store is the guard (only the network's owners write its rounds,
 * decisions, registry and calls), so nobody else is shown coordinator commands. A caller who may
 * not read the group's owners is not its owner.
 */
export async function isNetworkOwner(
  client: GraphClient,
  networkGroupId: string,
  user: UserRef,
): Promise<boolean> {
  let owners: { id?: string; userPrincipalName?: string | null }[];
  try {
    owners = await listGroupOwners(client, networkGroupId);
  } catch (error) {
    if (isForbidden(error) || isNotFound(error)) return false;
    throw error;
  }
  const upn = user.userPrincipalName?.toLowerCase();
  return owners.some(
    (o) =>
      (user.id !== undefined && o.id === user.id) ||
      (upn !== undefined && o.userPrincipalName?.toLowerCase() === upn),
  );
}

/** A site's web URL as Graph returns it (`https://<tenant>.sharepoint.com/sites/<name>`). */
export async function getSiteWebUrl(client: GraphClient, siteId: string): Promise<string> {
  const site = await client.get<{ webUrl?: unknown }>(graphPath`/sites/${siteId}?$select=webUrl`);
  if (typeof site.webUrl !== 'string' || site.webUrl === '') {
    throw new Error(`Graph returned site ${siteId} without webUrl`);
  }
  return site.webUrl;
}
