import { batchRequests, unwrapBatchResponse, type BatchOptions } from './batch.js';
import type { GraphClient, RequestOptions } from './client.js';

/**
 * Paging: Graph returns collections in pages linked by `@odata.nextLink` (and, for delta
 * queries, a final `@odata.deltaLink`). These helpers follow the links to the end, one request
 * at a time or, for many collections at once, batched 20 per `$batch`.
 */

/** One page of a Graph collection. */
export interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/** A fully read collection, with the delta link when the query was a delta query. */
export interface Collection<T> {
  items: T[];
  deltaLink: string | undefined;
}

/**
 * Reads every page of `path`, following `@odata.nextLink` to the end, or until `maxItems`
 * items are in (then no further page is requested).
 */
export async function getAllPages<T>(
  client: GraphClient,
  path: string,
  options: RequestOptions = {},
  maxItems = Number.POSITIVE_INFINITY,
): Promise<T[]> {
  return (await getCollection<T>(client, path, options, maxItems)).items;
}

/** Like `getAllPages`, also returning the final `@odata.deltaLink`. */
export async function getCollection<T>(
  client: GraphClient,
  path: string,
  options: RequestOptions = {},
  maxItems = Number.POSITIVE_INFINITY,
): Promise<Collection<T>> {
  const items: T[] = [];
  let next: string | undefined = path;
  let deltaLink: string | undefined;
  while (next !== undefined && items.length < maxItems) {
    const page: Page<T> = (await client.get<Page<T>>(next, options)) ?? {};
    items.push(...(page.value ?? []));
    next = page['@odata.nextLink'];
    deltaLink = page['@odata.deltaLink'] ?? deltaLink;
  }
  return { items, deltaLink };
}

/**
 * Reads many collections to the end with every request batched: first pages in `$batch`es of
 * 20, then all the nextLinks returned inside those answers, batched again, round after round.
 * Returns one collection per URL, in order. An inner error answer throws its `GraphError`.
 */
export async function getAllPagesBatched<T>(
  client: GraphClient,
  urls: readonly string[],
  options: BatchOptions & { headers?: Record<string, string> } = {},
): Promise<Collection<T>[]> {
  const results: Collection<T>[] = urls.map(() => ({ items: [], deltaLink: undefined }));
  let pending = urls.map((url, index) => ({ url, index }));
  while (pending.length > 0) {
    const answers = await batchRequests<Page<T>>(
      client,
      pending.map(({ url }) => ({
        method: 'GET' as const,
        url,
        ...(options.headers ? { headers: options.headers } : {}),
      })),
      options,
    );
    const following: typeof pending = [];
    answers.forEach((answer, position) => {
      const { index } = pending[position] as { url: string; index: number };
      const page = unwrapBatchResponse(answer) ?? {};
      const result = results[index] as Collection<T>;
      result.items.push(...(page.value ?? []));
      result.deltaLink = page['@odata.deltaLink'] ?? result.deltaLink;
      const nextLink = page['@odata.nextLink'];
      if (nextLink) following.push({ url: nextLink, index });
    });
    pending = following;
  }
  return results;
}
