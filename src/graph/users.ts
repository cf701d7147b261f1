import { batchRequests } from './batch.js';
import type { GraphClient } from './client.js';
import { GraphError } from './errors.js';
import { graphPath } from './path.js';

/**
 * UPN → directory object id for every distinct UPN (keys lower-cased), batched 20 per `$batch`.
 * An unknown user fails loudly, naming the UPN.
 */
export async function resolveUserIds(client: GraphClient, upns: readonly string[]): Promise<Map<string, string>> {
  const distinct = [...new Set(upns.map((u) => u.toLowerCase()))];
  const answers = await batchRequests<{ id: string }>(
    client,
    distinct.map((upn) => ({ method: 'GET' as const, url: graphPath`/users/${upn}?$select=id,userPrincipalName` })),
  );
  const ids = new Map<string, string>();
  distinct.forEach((upn, i) => {
    const answer = answers[i] as (typeof answers)[number];
    if (answer.status !== 200) {
      const error = GraphError.fromEnvelope(answer.status, answer.body, answer.headers);
      throw new GraphError({ status: error.status, code: error.code, message: `User ${upn}: ${error.message}`, cause: error });
    }
    ids.set(upn, answer.body.id);
  });
  return ids;
}
