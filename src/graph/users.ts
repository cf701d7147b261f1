import { batchRequests } from './batch.js';
import type { GraphClient } from './client.js';
import { GraphError } from './errors.js';
import { graphPath } from './path.js';

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
    distinct.map((upn) => ({
      method: 'GET' as const,
      url: graphPath`/users/${upn}?$select=id,userPrincipalName`,
    })),
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
    distinct.map((upn) => ({
      method: 'GET' as const,
      url: graphPath`/users/${upn}?$select=displayName,userPrincipalName`,
    })),
  );
  const names = new Map<string, string>();
  distinct.forEach((upn, i) => {
    const answer = answers[i];
    const name = answer?.status === 200 ? answer.body.displayName?.trim() : undefined;
    if (name) names.set(upn, name);
  });
  return names;
}
