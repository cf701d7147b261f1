import { z } from 'zod';
import { batchRequests, type BatchRequest } from './batch.js';
import type { GraphClient } from './client.js';
import { GraphError, isNotFound } from './errors.js';
import { literal } from './odata.js';
import { getAllPages, getAllPagesBatched } from './paging.js';
import { graphPath } from './path.js';

/**
 * Directory calls: users, groups, their owners and memberships, and the signed-in user (`/me`).
 * The tab, the bot, provisioning and the member sync read the directory through these functions
 * only; each path is written here with `graphPath`, so a UPN or id is always one encoded segment.
 */

/** The `user` properties the app selects. */
export type UserField = 'id' | 'userPrincipalName' | 'displayName';

/** The batch request reading one user (object id or userPrincipalName) with `fields`. */
export function userRequest(idOrUpn: string, fields: readonly UserField[]): BatchRequest {
  return { method: 'GET', url: `${graphPath`/users/${idOrUpn}`}?$select=${fields.join(',')}` };
}

/**
 * The `user@odata.bind` value naming a user by object id (or UPN) in a request body, as Graph's
 * channel-member examples write it: `<base>/users('<id>')`, the key an OData string literal.
 */
export function userBind(client: Pick<GraphClient, 'baseUrl'>, idOrUpn: string): string {
  return `${client.baseUrl}/users(${literal(idOrUpn)})`;
}

const directoryUserSchema = z.object({
  id: z.string().min(1),
  userPrincipalName: z.string().min(1),
  displayName: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
});

/** A directory user (Graph `user` resource, the fields the app selects). */
export interface DirectoryUser {
  id: string;
  userPrincipalName: string;
  displayName?: string | undefined;
}

/**
 * A user by object id or userPrincipalName, validated at the boundary (an invalid answer names
 * the wrong field); undefined when the directory has no such user.
 */
export async function getUser(
  client: GraphClient,
  idOrUpn: string,
): Promise<DirectoryUser | undefined> {
  const { url } = userRequest(idOrUpn, ['id', 'userPrincipalName', 'displayName']);
  let raw: unknown;
  try {
    raw = await client.get(url);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
  const parsed = directoryUserSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Graph returned an invalid user: ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
    );
  }
  return parsed.data;
}

/**
 * UPN → directory object id for every distinct UPN (keys lower-cased), batched 20 per `$batch`.
 * An unknown user fails loudly, naming the UPN.
 */
export async function resolveUserIds(
  client: GraphClient,
  upns: readonly string[],
): Promise<Map<string, string>> {
  const distinct = [...new Set(upns.map((u) => u.toLowerCase()))];
  const answers = await batchRequests<{ id: string }>(
    client,
    distinct.map((upn) => userRequest(upn, ['id', 'userPrincipalName'])),
  );
  const ids = new Map<string, string>();
  distinct.forEach((upn, i) => {
    const answer = answers[i] as (typeof answers)[number];
    if (answer.status !== 200) {
      const error = GraphError.fromEnvelope(answer.status, answer.body, answer.headers);
      throw new GraphError({
        status: error.status,
        code: error.code,
        message: `User ${upn}: ${error.message}`,
        cause: error,
      });
    }
    ids.set(upn, answer.body.id);
  });
  return ids;
}

/**
 * UPN → display name for every distinct UPN (keys lower-cased), batched 20 per `$batch`: how a
 * person who submitted or reviewed is named to others. A UPN the directory does not answer for
 * (a person who has left, or a directory the caller may not read) keeps no entry, so the caller
 * shows the address rather than failing the page.
 */
export async function resolveDisplayNames(
  client: GraphClient,
  upns: readonly string[],
): Promise<Map<string, string>> {
  const distinct = [...new Set(upns.filter((u) => u.includes('@')).map((u) => u.toLowerCase()))];
  if (distinct.length === 0) return new Map();
  const answers = await batchRequests<{ displayName?: string | null }>(
    client,
    distinct.map((upn) => userRequest(upn, ['displayName', 'userPrincipalName'])),
  );
  const names = new Map<string, string>();
  distinct.forEach((upn, i) => {
    const answer = answers[i];
    const name = answer?.status === 200 ? answer.body.displayName?.trim() : undefined;
    if (name) names.set(upn, name);
  });
  return names;
}

/**
 * UPN → user id, batched. Unlike `resolveUserIds`, an unknown UPN (404) is not an error: it is
 * left out, so a caller such as the member sync can report it by name instead of failing.
 */
export async function findUserIds(
  client: GraphClient,
  upns: readonly string[],
): Promise<Map<string, string>> {
  const answers = await batchRequests<{ id?: string }>(
    client,
    upns.map((upn) => userRequest(upn, ['id', 'userPrincipalName'])),
  );
  const ids = new Map<string, string>();
  upns.forEach((upn, i) => {
    const answer = answers[i];
    if (answer?.status === 200 && answer.body.id) ids.set(upn, answer.body.id);
    else if (answer && answer.status !== 404) {
      throw GraphError.fromEnvelope(answer.status, answer.body, answer.headers);
    }
  });
  return ids;
}

/** Whether the user (object id) is a member of the group: the user's `memberOf` holds it. */
export async function isGroupMember(
  client: GraphClient,
  userId: string,
  groupId: string,
): Promise<boolean> {
  const groups = await getAllPages<{ id?: unknown }>(
    client,
    `${graphPath`/users/${userId}/memberOf`}?$select=id`,
  );
  return groups.some((group) => group.id === groupId);
}

/** The lookup request of a group by its mail nickname (`ia-<id>`). */
export function groupByNicknameRequest(mailNickname: string): BatchRequest {
  const filter = `mailNickname eq ${literal(mailNickname)}`;
  return {
    method: 'GET',
    url: graphPath`/groups?$filter=${filter}&$select=id,displayName,mailNickname,visibility`,
  };
}

/** A group's owners (id and UPN), every page. */
export async function listGroupOwners(
  client: GraphClient,
  groupId: string,
): Promise<{ id?: string; userPrincipalName?: string | null }[]> {
  return getAllPages(client, graphPath`/groups/${groupId}/owners?$select=id,userPrincipalName`);
}

/** A group as `/me/memberOf` and `/me/ownedObjects` list it. */
export interface MyGroup {
  id?: string;
  mailNickname?: string | null;
}

/**
 * The groups the signed-in user is a member of (`/me/memberOf`) or owns (`/me/ownedObjects`;
 * Graph lists an owner only there), both read in one `$batch`.
 */
export async function listMyGroups(client: GraphClient): Promise<MyGroup[]> {
  const [member, owner] = await getAllPagesBatched<MyGroup>(client, [
    '/me/memberOf?$select=id,mailNickname,displayName',
    '/me/ownedObjects?$select=id,mailNickname,displayName',
  ]);
  return [...(member?.items ?? []), ...(owner?.items ?? [])];
}
