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
  /** True when Graph answered one of the `skipStatuses` for it: no items, and not an error. */
  skipped?: boolean;
}

/** Options of {@link getAllPagesBatched}. */
export interface BatchedPagingOptions extends BatchOptions {
  headers?: Record<string, string>;
  /**
   * Statuses that mark a collection as `skipped` instead of failing the whole read, e.g. 403 and
   * 404 for a site the caller may not read (a private group) or one that is gone.
   */
  skipStatuses?: readonly number[];
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
 * Returns one collection per URL, in order. An inner error answer throws its `GraphError`, unless its
 * status is one of `skipStatuses` (then that collection is `skipped`).
 */
export async function getAllPagesBatched<T>(
  client: GraphClient,
  urls: readonly string[],
  options: BatchedPagingOptions = {},
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
      const result = results[index] as Collection<T>;
      if (options.skipStatuses?.includes(answer.status)) {
        results[index] = { items: [], deltaLink: undefined, skipped: true };
        return;
      }
      const page = unwrapBatchResponse(answer) ?? {};
      result.items.push(...(page.value ?? []));
      result.deltaLink = page['@odata.deltaLink'] ?? result.deltaLink;
      const nextLink = page['@odata.nextLink'];
      if (nextLink) following.push({ url: nextLink, index });
    });
    pending = following;
  }
  return results;
}
