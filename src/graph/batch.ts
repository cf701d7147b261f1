import type { GraphClient, HttpMethod } from './client.js';
import { GraphError, headerOf } from './errors.js';
import { backoffDelayMs, RETRY_STATUSES, retryDelayMs, sleep, type RetryOptions } from './middleware.js';

/**
 * JSON batching (`POST /$batch`, https://learn.microsoft.com/graph/json-batching): up to 20
 * requests per batch, chunks sent with bounded parallelism. Graph answers a batch with 200 even
 * when inner requests were throttled, so the client's retry stage never sees those: this module
 * retries the inner 429/503/504 answers itself, honouring each inner `Retry-After`, and re-sends
 * only the requests that failed.
 */

/** Graph's limit of requests in one `$batch`. */
export const MAX_BATCH_SIZE = 20;

/** One request of a batch. `url` is relative to the service root, or an absolute nextLink. */
export interface BatchRequest {
  method: HttpMethod;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/** One answer of a batch, in the order of the requests. */
export interface BatchResponse<T = unknown> {
  status: number;
  headers: Record<string, string>;
  body: T;
}

/** Batching settings. */
export interface BatchOptions extends RetryOptions {
  /** Batches in flight at once (default 4). */
  concurrency?: number;
  signal?: AbortSignal;
}

interface WireResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Sends requests in `$batch` chunks of 20 and returns the answers in request order. */
export async function batchRequests<T = unknown>(
  client: GraphClient,
  requests: readonly BatchRequest[],
  options: BatchOptions = {},
): Promise<BatchResponse<T>[]> {
  const results: BatchResponse<T>[] = new Array<BatchResponse<T>>(requests.length);
  const chunks: number[][] = [];
  for (let start = 0; start < requests.length; start += MAX_BATCH_SIZE) {
    chunks.push(range(start, Math.min(requests.length, start + MAX_BATCH_SIZE)));
  }
  await mapWithConcurrency(chunks, options.concurrency ?? 4, async (chunk) => {
    const answers = await sendChunkWithRetry<T>(client, requests, chunk, options);
    for (const [index, answer] of answers) results[index] = answer;
  });
  return results;
}

async function sendChunkWithRetry<T>(
  client: GraphClient,
  requests: readonly BatchRequest[],
  indices: number[],
  options: BatchOptions,
): Promise<Map<number, BatchResponse<T>>> {
  const maxRetries = options.maxRetries ?? 5;
  const answers = new Map<number, BatchResponse<T>>();
  let pending = indices;
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    const wire = await sendChunk(client, requests, pending, options.signal);
    const retry: number[] = [];
    let delay = 0;
    for (const index of pending) {
      const answer = wire.get(index);
      const response: BatchResponse<T> = answer
        ? { status: answer.status, headers: answer.headers ?? {}, body: answer.body as T }
        : missingAnswer<T>();
      answers.set(index, response);
      if (RETRY_STATUSES.has(response.status) && attempt < maxRetries) {
        retry.push(index);
        delay = Math.max(delay, retryDelayMs(attempt, headerOf(response.headers, 'retry-after'), options));
      }
    }
    pending = retry;
    if (pending.length > 0) await sleep(delay || backoffDelayMs(attempt, options), options.signal);
  }
  return answers;
}

async function sendChunk(
  client: GraphClient,
  requests: readonly BatchRequest[],
  indices: number[],
  signal: AbortSignal | undefined,
): Promise<Map<number, WireResponse>> {
  const body = {
    requests: indices.map((index) => {
      const request = requests[index] as BatchRequest;
      const headers = { ...(request.headers ?? {}) };
      if (request.body !== undefined && headerOf(headers, 'content-type') === undefined) headers['Content-Type'] = 'application/json';
      return {
        id: String(index),
        method: request.method,
        url: client.relativePath(request.url),
        ...(Object.keys(headers).length > 0 ? { headers } : {}),
        ...(request.body !== undefined ? { body: request.body } : {}),
      };
    }),
  };
  const answer = await client.post<{ responses?: WireResponse[] }>('/$batch', body, signal ? { signal } : {});
  const byIndex = new Map<number, WireResponse>();
  for (const response of answer?.responses ?? []) byIndex.set(Number(response.id), response);
  return byIndex;
}

/** The body of a successful inner answer, or the `GraphError` it carries. */
export function unwrapBatchResponse<T>(response: BatchResponse<T>): T {
  if (response.status >= 200 && response.status < 300) return response.body;
  throw GraphError.fromEnvelope(response.status, response.body, response.headers);
}

/** Runs `fn` over `items` with at most `limit` in flight; rejects on the first failure. */
export async function mapWithConcurrency<I, O>(
  items: readonly I[],
  limit: number,
  fn: (item: I, index: number) => Promise<O>,
): Promise<O[]> {
  const out = new Array<O>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      out[index] = await fn(items[index] as I, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

function missingAnswer<T>(): BatchResponse<T> {
  // Graph promises an answer per request; a missing one is treated as a retryable outage.
  return {
    status: 503,
    headers: {},
    body: { error: { code: 'missingBatchResponse', message: 'No answer for this request in the batch' } } as T,
  };
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}
