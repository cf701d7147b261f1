import type { OrganisationConfig } from '../domain/organisation.js';
import type { ContactPerson } from '../domain/records.js';
import type { GraphClient } from './client.js';
import { findUserIds, userBind } from './directory.js';
import { GraphError, isNotFound } from './errors.js';
import { getAllPages } from './paging.js';
import { graphPath } from './path.js';
import { createContactPersonRepository } from './repositories.js';
import type { OrganisationSites } from './sites.js';
import { createNetworkTeam, ensureSharedChannel, type ChannelRef } from './teams.js';

/**
 * The international network as a Team (issue 4): the `ia-natverket` group's Team, its shared
 * channel for the contact persons (members may come from the municipal companies, which sit in
 * other teams), standard channels for working groups, and keeping the shared channel's members
 * in step with the contact-person registry on the network site.
 */

/** Display name of the network's shared channel. */
export const NETWORK_CHANNEL_NAME = 'Internationellt nätverk';

/** Standard channels for the network's local working groups (the strategy's "arbetsgrupper"). */
export const WORKING_GROUP_CHANNELS = ['EU-projekt', 'Omvärldsbevakning'] as const;

/** Options of {@link ensureNetworkTeam}. */
export interface NetworkTeamOptions {
  /** Wait between polls of Teams' async operations (default 2 s; tests pass 1). */
  pollIntervalMs?: number;
  /** Polls before giving up (default 30). */
  maxPolls?: number;
  /** Progress lines. */
  log?: (line: string) => void;
  /**
   * UPN of the shared channel's owner at creation. Default: the first user owner of the network
   * group, i.e. the coordinator (provisioning makes them its owner).
   */
  owner?: string;
  /** Working-group channels (default {@link WORKING_GROUP_CHANNELS}). */
  workingGroups?: readonly string[];
}

/** What {@link ensureNetworkTeam} made sure of. */
export interface NetworkTeam {
  teamId: string;
  channel: ChannelRef;
  workingGroups: ChannelRef[];
  /** Names of what this call created / found in place (idempotency is visible in the log). */
  created: string[];
  found: string[];
}

/**
 * Creates, when missing, the network Team from the network group, its shared channel with the
 * coordinator as the one owner at creation (Graph allows exactly one), and the standard channels
 * of the working groups. Idempotent: a second call finds everything and creates nothing.
 */
export async function ensureNetworkTeam(
  client: GraphClient,
  organisation: OrganisationConfig,
  sites: OrganisationSites,
  options: NetworkTeamOptions = {},
): Promise<NetworkTeam> {
  const log = options.log ?? (() => undefined);
  const poll = { intervalMs: options.pollIntervalMs ?? 2000, maxPolls: options.maxPolls ?? 30 };
  const groupId = sites.network.groupId;
  const created: string[] = [];
  const found: string[] = [];
  const note = (what: string, wasCreated: boolean) => {
    (wasCreated ? created : found).push(what);
    log(`${wasCreated ? 'created' : 'found'} ${what}`);
  };

  const team = await createNetworkTeam(client, groupId, poll);
  note(`team ${organisation.network.name}`, team.created);

  const owner = options.owner ?? (await firstUserOwner(client, groupId));
  const shared = await ensureSharedChannel(client, team.teamId, {
    displayName: NETWORK_CHANNEL_NAME,
    description: `${organisation.network.name}: kontaktpersoner för internationellt arbete`,
    owners: [owner],
    ...poll,
  });
  note(`shared channel ${NETWORK_CHANNEL_NAME}`, shared.created);

  const channels = await getAllPages<ChannelRef>(client, graphPath`/teams/${team.teamId}/channels`);
  const workingGroups: ChannelRef[] = [];
  for (const name of options.workingGroups ?? WORKING_GROUP_CHANNELS) {
    const existing = channels.find(
      (c) => c.displayName === name && c.membershipType === 'standard',
    );
    if (existing) {
      workingGroups.push(pickChannel(existing));
      note(`channel ${name}`, false);
      continue;
    }
    const made = await client.post<ChannelRef>(graphPath`/teams/${team.teamId}/channels`, {
      displayName: name,
      membershipType: 'standard',
    });
    workingGroups.push(pickChannel(made));
    note(`channel ${name}`, true);
  }
  return { teamId: team.teamId, channel: shared.channel, workingGroups, created, found };
}

/** The network group's first owner that is a user (the coordinator). */
async function firstUserOwner(client: GraphClient, groupId: string): Promise<string> {
  const owners = await getAllPages<{ '@odata.type'?: string; userPrincipalName?: string }>(
    client,
    graphPath`/groups/${groupId}/owners`,
  );
  const upn = owners.find((o) => o.userPrincipalName)?.userPrincipalName;
  if (!upn) {
    throw new GraphError({
      status: 400,
      code: 'ownerRequired',
      message: 'The network group has no user owner to own the shared channel',
    });
  }
  return upn;
}

const pickChannel = (c: ChannelRef): ChannelRef => ({
  id: c.id,
  displayName: c.displayName,
  membershipType: c.membershipType,
});

/** A registry entry the channel should have as member. */
export interface WantedMember {
  upn: string;
  /** Name from the registry (or the UPN when the registry has none). */
  name: string;
  administrationId: string;
  role: 'contact' | 'deputy';
}

/** A channel member the registry no longer names. */
export interface SurplusMember {
  membershipId: string;
  userId: string;
  name: string;
  email: string | undefined;
}

/** What a sync would do. */
export interface NetworkSyncPlan {
  teamId: string;
  channelId: string;
  toAdd: WantedMember[];
  /** Members who are no longer contact persons or deputies (owners are never removed). */
  toRemove: SurplusMember[];
  /** Registry entries already in the channel. */
  unchanged: WantedMember[];
}

/** A member that could not be added or removed, with Graph's reason. */
export interface MemberFailure {
  upn: string;
  name: string;
  code: string;
  message: string;
}

/** The outcome of {@link syncNetworkMembers}. */
export interface NetworkSyncResult {
  plan: NetworkSyncPlan;
  /** False for a dry run: nothing was written. */
  applied: boolean;
  added: WantedMember[];
  /** Not added: per member, from `members/add`'s 207 answer. */
  failed: MemberFailure[];
  removed: SurplusMember[];
  removeFailed: MemberFailure[];
}

/** Options of {@link syncNetworkMembers}. */
export interface NetworkSyncOptions {
  /** Remove members the registry no longer names. Only after the coordinator confirmed it. */
  remove?: boolean;
  /** Only compute the plan. */
  dryRun?: boolean;
}

/**
 * Syncs the shared channel's members with the contact-person registry (contact persons and
 * deputies): adds the missing ones in bulk with `members/add` (Graph answers 207 with per-member
 * errors, which are reported by name, not ignored) and, only when `remove` is set, removes
 * members who are no longer in the registry. Owners are never removed. Idempotent: a second run
 * adds and removes nothing.
 */
export async function syncNetworkMembers(
  client: GraphClient,
  _organisation: OrganisationConfig,
  sites: OrganisationSites,
  options: NetworkSyncOptions = {},
): Promise<NetworkSyncResult> {
  const teamId = sites.network.groupId;
  const channel = await requireNetworkChannel(client, teamId);
  const registry = await createContactPersonRepository(client, sites.network.siteId).list();
  const wanted = wantedMembers(registry);
  const ids = await findUserIds(
    client,
    wanted.map((w) => w.upn),
  );
  const members = await getAllPages<{
    id: string;
    userId?: string;
    displayName?: string;
    email?: string;
    roles?: string[];
  }>(client, graphPath`/teams/${teamId}/channels/${channel.id}/members`);
  const memberIds = new Set(members.map((m) => m.userId));
  const wantedIds = new Set(wanted.map((w) => ids.get(w.upn)).filter(Boolean));

  const plan: NetworkSyncPlan = {
    teamId,
    channelId: channel.id,
    toAdd: wanted.filter((w) => !memberIds.has(ids.get(w.upn))),
    toRemove: members
      .filter((m) => m.userId && !m.roles?.includes('owner') && !wantedIds.has(m.userId))
      .map((m) => ({
        membershipId: m.id,
        userId: m.userId ?? '',
        name: m.displayName ?? m.email ?? m.userId ?? m.id,
        email: m.email,
      })),
    unchanged: wanted.filter((w) => memberIds.has(ids.get(w.upn))),
  };
  const result: NetworkSyncResult = {
    plan,
    applied: !options.dryRun,
    added: [],
    failed: [],
    removed: [],
    removeFailed: [],
  };
  if (options.dryRun) return result;

  const membersPath = graphPath`/teams/${teamId}/channels/${channel.id}/members`;
  for (let start = 0; start < plan.toAdd.length; start += 200) {
    // Graph's documented limit of one `members/add` request.
    const chunk = plan.toAdd.slice(start, start + 200);
    const answer = await client.post<{ value?: AddResult[] }>(`${membersPath}/add`, {
      values: chunk.map((w) => ({
        '@odata.type': '#microsoft.graph.aadUserConversationMember',
        // An unknown UPN is bound as is, so Graph names it in its 207 answer.
        'user@odata.bind': userBind(client, ids.get(w.upn) ?? w.upn),
        roles: [],
      })),
    });
    const outcomes = matchAddResults(chunk, ids, answer?.value ?? []);
    chunk.forEach((w, i) => {
      const error = outcomes[i];
      if (error) result.failed.push({ upn: w.upn, name: w.name, ...error });
      else result.added.push(w);
    });
  }

  if (options.remove) {
    for (const surplus of plan.toRemove) {
      try {
        await client.delete(`${membersPath}/${encodeURIComponent(surplus.membershipId)}`);
        result.removed.push(surplus);
      } catch (e) {
        const error = e instanceof GraphError ? e : undefined;
        result.removeFailed.push({
          upn: surplus.email ?? surplus.userId,
          name: surplus.name,
          code: error?.code ?? 'unknownError',
          message: error?.message ?? String(e),
        });
      }
    }
  }
  return result;
}

/**
 * The network's shared channel: the shared channel named {@link NETWORK_CHANNEL_NAME} of the
 * network group's Team (a Team's id is its group's id). Undefined when the group has no Team yet
 * or the Team no such channel (a tenant may add the Team later); another shared channel of the
 * Team is not the network's. The one lookup the tab, the bot and the report upload use.
 */
export async function findNetworkChannel(
  client: GraphClient,
  teamId: string,
): Promise<ChannelRef | undefined> {
  try {
    const channels = await getAllPages<ChannelRef>(
      client,
      graphPath`/teams/${teamId}/channels?$select=id,displayName,membershipType`,
    );
    return channels.find(
      (c) => c.displayName === NETWORK_CHANNEL_NAME && c.membershipType === 'shared',
    );
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** {@link findNetworkChannel}, or a clear error when the Team has not been set up. */
async function requireNetworkChannel(client: GraphClient, teamId: string): Promise<ChannelRef> {
  const channel = await findNetworkChannel(client, teamId);
  if (!channel) {
    throw new GraphError({
      status: 404,
      code: 'networkChannelMissing',
      message: `The network Team has no shared channel "${NETWORK_CHANNEL_NAME}"`,
    });
  }
  return channel;
}

/** Contact persons and deputies of the registry, once per UPN (lower-cased). */
export function wantedMembers(registry: readonly ContactPerson[]): WantedMember[] {
  const byUpn = new Map<string, WantedMember>();
  const want = (
    upn: string | undefined,
    name: string | undefined,
    administrationId: string,
    role: WantedMember['role'],
  ) => {
    if (!upn) return;
    const key = upn.trim().toLowerCase();
    if (!byUpn.has(key)) byUpn.set(key, { upn: key, name: name || key, administrationId, role });
  };
  for (const entry of registry) {
    want(entry.contactUpn, entry.contactName, entry.administrationId, 'contact');
    want(entry.deputyUpn, entry.deputyName, entry.administrationId, 'deputy');
  }
  return [...byUpn.values()];
}

interface AddResult {
  userId?: string | null;
  error?: { code?: string; message?: string } | null;
}

/**
 * Pairs `members/add` results with the members sent: by user id (or the UPN for an unresolved
 * one), else by position, since Graph answers one result per member sent.
 */
function matchAddResults(
  chunk: readonly WantedMember[],
  ids: ReadonlyMap<string, string>,
  results: readonly AddResult[],
): ({ code: string; message: string } | undefined)[] {
  const byUser = new Map<string, AddResult>();
  for (const r of results) if (r.userId) byUser.set(r.userId.toLowerCase(), r);
  return chunk.map((w, i) => {
    const key = (ids.get(w.upn) ?? w.upn).toLowerCase();
    const r = byUser.get(key) ?? (results.length === chunk.length ? results[i] : undefined);
    if (!r?.error) return undefined;
    return { code: r.error.code ?? 'unknownError', message: r.error.message ?? '' };
  });
}
