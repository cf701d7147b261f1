import type { GraphClient } from './client.js';
import { GraphError, isNotFound } from './errors.js';
import { sleep } from './middleware.js';
import { getAllPages } from './paging.js';
import { resolveUserIds, userBind } from './directory.js';
import { graphPath } from './path.js';

/**
 * Teams for the network (DESIGN.md §3): the network group's Team, its shared channel with the
 * contact persons, the channel's files folder and file upload. Long-running creations (team,
 * shared channel) answer 202 with a `Location` of a teamsAsyncOperation that is polled.
 */

/** Polling settings of long-running Teams operations. */
export interface PollOptions {
  /** Wait between polls (default 2 s; Graph suggests polling no faster than that). */
  intervalMs?: number;
  /** Polls before giving up (default 30). */
  maxPolls?: number;
}

/** Graph's fixed template reference for a standard team. */
const STANDARD_TEMPLATE = "https://graph.microsoft.com/v1.0/teamsTemplates('standard')";

interface AsyncOperation {
  id?: string;
  status?: 'notStarted' | 'inProgress' | 'succeeded' | 'failed' | string;
  targetResourceId?: string;
  error?: { code?: string; message?: string } | null;
}

/** Polls a teamsAsyncOperation (`Location` of a 202) until it succeeds; throws when it fails. */
export async function waitForOperation(
  client: GraphClient,
  location: string,
  options: PollOptions = {},
): Promise<AsyncOperation> {
  const maxPolls = options.maxPolls ?? 30;
  for (let poll = 0; poll < maxPolls; poll += 1) {
    const operation = await client.get<AsyncOperation>(location);
    if (operation.status === 'succeeded') return operation;
    if (operation.status === 'failed') {
      throw new GraphError({
        status: 500,
        code: operation.error?.code ?? 'operationFailed',
        message: operation.error?.message ?? `Teams operation ${operation.id ?? location} failed`,
      });
    }
    await sleep(options.intervalMs ?? 2000);
  }
  throw new GraphError({
    status: 504,
    code: 'operationTimeout',
    message: `Teams operation ${location} did not finish`,
  });
}

/**
 * Creates the Team of an existing Microsoft 365 group (idempotent: an existing team is returned
 * as found). The group needs an owner. Returns the team id (= the group id).
 */
export async function createNetworkTeam(
  client: GraphClient,
  groupId: string,
  options: PollOptions = {},
): Promise<{ teamId: string; created: boolean }> {
  try {
    await client.get(graphPath`/teams/${groupId}?$select=id`);
    return { teamId: groupId, created: false };
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
  const response = await client.request('POST', '/teams', {
    body: {
      'template@odata.bind': STANDARD_TEMPLATE,
      'group@odata.bind': `https://graph.microsoft.com/v1.0/groups('${groupId}')`,
    },
  });
  const location = response.headers.get('location');
  if (location) await waitForOperation(client, location, options);
  return { teamId: groupId, created: true };
}

/** A channel as we use it. */
export interface ChannelRef {
  id: string;
  displayName: string;
  membershipType: string;
}

/** Settings of the shared channel. */
export interface SharedChannelOptions extends PollOptions {
  displayName: string;
  description?: string;
  /** UPNs of the owners; the first is the owner at creation (Graph allows exactly one). */
  owners: string[];
}

/**
 * Finds or creates the shared channel. Graph requires exactly one owner in a shared channel's
 * create request, so the first owner goes in, the others are added afterwards as owners.
 */
export async function ensureSharedChannel(
  client: GraphClient,
  teamId: string,
  options: SharedChannelOptions,
): Promise<{ channel: ChannelRef; created: boolean }> {
  const channels = await getAllPages<ChannelRef>(client, graphPath`/teams/${teamId}/channels`);
  const existing = channels.find(
    (c) => c.displayName === options.displayName && c.membershipType === 'shared',
  );
  if (existing) {
    const { id, displayName, membershipType } = existing;
    return { channel: { id, displayName, membershipType }, created: false };
  }
  const [firstOwner, ...otherOwners] = options.owners;
  if (!firstOwner)
    throw new GraphError({
      status: 400,
      code: 'ownerRequired',
      message: 'A shared channel needs an owner',
    });
  const response = await client.request('POST', graphPath`/teams/${teamId}/channels`, {
    body: {
      displayName: options.displayName,
      ...(options.description ? { description: options.description } : {}),
      membershipType: 'shared',
      members: [
        memberBody(
          client,
          (await resolveUserIds(client, [firstOwner])).get(firstOwner.toLowerCase()) ?? firstOwner,
          true,
        ),
      ],
    },
  });
  const location = response.headers.get('location');
  let channelId = (response.body as { id?: string } | undefined)?.id;
  if (location) {
    const operation = await waitForOperation(client, location, options);
    channelId ??=
      operation.targetResourceId ?? idFromLocation(response.headers.get('content-location'));
  }
  if (!channelId)
    throw new GraphError({
      status: 502,
      code: 'channelIdMissing',
      message: 'Graph did not say which channel it created',
    });
  if (otherOwners.length > 0) {
    const sync = await syncChannelMembers(client, teamId, channelId, otherOwners, { owners: true });
    if (sync.failed.length > 0) {
      throw new GraphError({
        status: 400,
        code: 'ownersNotAdded',
        message: describeFailures(sync.failed),
      });
    }
  }
  return {
    channel: { id: channelId, displayName: options.displayName, membershipType: 'shared' },
    created: true,
  };
}

/** Outcome of a member sync: per UPN. */
export interface MemberSyncResult {
  added: string[];
  alreadyMembers: string[];
  failed: { upn: string; code: string; message: string }[];
}

/**
 * Adds the UPNs that are not yet members of the channel with `members/add` (one request for up
 * to 200). Graph answers 200 when all were added, 207 with per-member errors otherwise; errors
 * are reported by UPN. Members not in `upns` are left alone (removal is a deliberate act).
 */
export async function syncChannelMembers(
  client: GraphClient,
  teamId: string,
  channelId: string,
  upns: readonly string[],
  options: { owners?: boolean } = {},
): Promise<MemberSyncResult> {
  const ids = await resolveUserIds(client, upns);
  const current = await getAllPages<{ userId?: string; roles?: string[] }>(
    client,
    graphPath`/teams/${teamId}/channels/${channelId}/members`,
  );
  const present = new Set(
    current.filter((m) => !options.owners || m.roles?.includes('owner')).map((m) => m.userId),
  );
  const result: MemberSyncResult = { added: [], alreadyMembers: [], failed: [] };
  const missing: string[] = [];
  for (const upn of new Set(upns.map((u) => u.toLowerCase()))) {
    if (present.has(ids.get(upn))) result.alreadyMembers.push(upn);
    else missing.push(upn);
  }
  for (let start = 0; start < missing.length; start += 200) {
    const chunk = missing.slice(start, start + 200);
    const answer = await client.post<{
      value?: { userId?: string | null; error?: { code?: string; message?: string } | null }[];
    }>(graphPath`/teams/${teamId}/channels/${channelId}/members/add`, {
      values: chunk.map((upn) => memberBody(client, ids.get(upn) ?? upn, options.owners ?? false)),
    });
    const errors = new Map<string, { code: string; message: string }>();
    for (const r of answer?.value ?? []) {
      if (r.error && r.userId)
        errors.set(r.userId, {
          code: r.error.code ?? 'unknownError',
          message: r.error.message ?? '',
        });
    }
    for (const upn of chunk) {
      const error = errors.get(ids.get(upn) ?? '');
      if (error) result.failed.push({ upn, ...error });
      else result.added.push(upn);
    }
  }
  return result;
}

/** The channel's files folder: its drive and folder item (a shared channel has its own site). */
export async function getChannelFilesFolder(
  client: GraphClient,
  teamId: string,
  channelId: string,
): Promise<{
  driveId: string;
  itemId: string;
  name: string;
  webUrl: string | undefined;
  /** The channel's own site (a shared or private channel has one). */
  siteId?: string;
}> {
  const folder = await client.get<{
    id: string;
    name: string;
    webUrl?: string;
    parentReference?: { driveId?: string; siteId?: string };
  }>(graphPath`/teams/${teamId}/channels/${channelId}/filesFolder`);
  const driveId = folder.parentReference?.driveId;
  if (!driveId)
    throw new GraphError({
      status: 502,
      code: 'driveIdMissing',
      message: 'The files folder has no drive id',
    });
  const siteId = folder.parentReference?.siteId;
  return {
    driveId,
    itemId: folder.id,
    name: folder.name,
    webUrl: folder.webUrl,
    ...(siteId ? { siteId } : {}),
  };
}

/** Graph's documented limit for a simple upload (`PUT .../content`). */
export const SIMPLE_UPLOAD_MAX_BYTES = 4 * 1024 * 1024;
/** Upload-session chunks must be multiples of 320 KiB; 10 × 320 KiB per request. */
export const UPLOAD_CHUNK_BYTES = 10 * 320 * 1024;

/** A stored file. */
export interface UploadedFile {
  id: string;
  name: string;
  webUrl?: string;
  size?: number;
}

/**
 * Uploads bytes to `path` (relative to the drive root, e.g. `Årsrapporter/2025.docx`),
 * replacing an existing file: a simple upload up to 4 MB, an upload session above. Session
 * chunks go to the pre-authenticated `uploadUrl` without our Authorization header, as Graph
 * requires, hence the plain `fetchImpl`.
 */
export async function uploadFile(
  client: GraphClient,
  driveId: string,
  path: string,
  bytes: Uint8Array,
  options: { fetchImpl?: typeof fetch; chunkBytes?: number } = {},
): Promise<UploadedFile> {
  const target = `${graphPath`/drives/${driveId}/root:`}/${path.split('/').map(encodeURIComponent).join('/')}:`;
  if (bytes.byteLength <= SIMPLE_UPLOAD_MAX_BYTES) {
    // A Blob goes through the SDK untouched in Node and browsers alike.
    return client.put<UploadedFile>(`${target}/content`, new Blob([bytes as BlobPart]), {
      headers: { 'Content-Type': 'application/octet-stream' },
    });
  }
  const session = await client.post<{ uploadUrl: string }>(`${target}/createUploadSession`, {
    item: { '@microsoft.graph.conflictBehavior': 'replace' },
  });
  const fetchImpl =
    options.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const chunk = options.chunkBytes ?? UPLOAD_CHUNK_BYTES;
  for (let start = 0; start < bytes.byteLength; start += chunk) {
    const end = Math.min(bytes.byteLength, start + chunk);
    const response = await fetchImpl(session.uploadUrl, {
      method: 'PUT',
      headers: {
        'Content-Length': String(end - start),
        'Content-Range': `bytes ${start}-${end - 1}/${bytes.byteLength}`,
      },
      body: bytes.slice(start, end),
    });
    if (!response.ok) throw await GraphError.fromResponse(response);
    if (end === bytes.byteLength) return (await response.json()) as UploadedFile;
    await response.arrayBuffer();
  }
  throw new GraphError({
    status: 500,
    code: 'uploadIncomplete',
    message: 'The upload session did not complete',
  });
}

/** An aadUserConversationMember bound by user id. */
function memberBody(client: GraphClient, userId: string, owner: boolean): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.aadUserConversationMember',
    'user@odata.bind': userBind(client, userId),
    roles: owner ? ['owner'] : [],
  };
}

function idFromLocation(location: string | null): string | undefined {
  return location ? /channels\('([^']+)'\)/.exec(location)?.[1] : undefined;
}

function describeFailures(failed: MemberSyncResult['failed']): string {
  return failed.map((f) => `${f.upn}: ${f.message || f.code}`).join('; ');
}
