import type { Context, Middleware, MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import { GraphError, parseRetryAfter } from './errors.js';

/**
 * The request pipeline, PnPjs-style: small named stages on the Graph SDK's middleware chain
 * (state → telemetry → auth → retry → timeout → fetch). Each stage is a factory `withX()` so the
 * chain reads top-down and tests can build it with a fake transport.
 */

/** Returns a bearer token for Graph (MSAL, the emulator's dev token endpoint, ...). */
export type TokenProvider = () => Promise<string>;

/** A named middleware stage. */
export interface Stage extends Middleware {
  readonly name: string;
}

type Run = (context: Context, next: () => Promise<void>) => Promise<void>;

/** Makes a named stage from a function that may call `next()` zero, one or several times. */
export function stage(name: string, run: Run): Stage {
  let nextStage: Middleware | undefined;
  return {
    name,
    setNext(middleware: Middleware) {
      nextStage = middleware;
    },
    async execute(context: Context) {
      await run(context, async () => {
        if (!nextStage) throw new Error(`Graph pipeline: stage "${name}" has no next stage`);
        await nextStage.execute(context);
      });
    },
  };
}

/**
 * Per-request state carried through the SDK's middleware options. The SDK wraps whatever a
 * middleware throws into its own error type and loses the class, so the outermost stage parks
 * the original error here for the client to rethrow unchanged.
 */
export class RequestState implements MiddlewareOptions {
  error: unknown;
  attempts = 0;
}

function requestStateOf(context: Context): RequestState | undefined {
  return context.middlewareControl?.getMiddlewareOptions(RequestState) as RequestState | undefined;
}

/** Outermost stage: records the original error of a failed request in its `RequestState`. */
export function withRequestState(): Stage {
  return stage('state', async (context, next) => {
    try {
      await next();
    } catch (e) {
      const state = requestStateOf(context);
      if (state) state.error = e;
      throw e;
    }
  });
}

/** Sets a header whatever shape the SDK left `options.headers` in. */
export function setHeader(context: Context, name: string, value: string): void {
  context.options ??= {};
  const headers = context.options.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else if (Array.isArray(headers)) headers.push([name, value]);
  else context.options.headers = { ...(headers ?? {}), [name]: value };
}

/** Reads a request header whatever shape `options.headers` has. */
export function getRequestHeader(context: Context, name: string): string | undefined {
  const headers = context.options?.headers;
  if (!headers) return undefined;
  return new Headers(headers as HeadersInit).get(name) ?? undefined;
}

const isNode = (): boolean =>
  typeof process !== 'undefined' && typeof process.versions?.node === 'string' && typeof window === 'undefined';

/**
 * Identifies the app. Browsers forbid setting `User-Agent` on fetch, so it is only set in Node;
 * `SdkVersion` is what the Graph SDK itself sends from browsers (Graph's CORS policy allows it),
 * and `client-request-id` lets a failing call be found in Graph's logs.
 */
export function withTelemetry(userAgent: string, node: boolean = isNode()): Stage {
  return stage('telemetry', async (context, next) => {
    setHeader(context, 'SdkVersion', userAgent);
    if (!getRequestHeader(context, 'client-request-id')) {
      setHeader(context, 'client-request-id', globalThis.crypto.randomUUID());
    }
    if (node) setHeader(context, 'User-Agent', userAgent);
    await next();
  });
}

/** Adds `Authorization: Bearer <token>` unless the caller set its own (pre-authenticated URLs). */
export function withAuth(getToken: TokenProvider): Stage {
  return stage('auth', async (context, next) => {
    if (!getRequestHeader(context, 'Authorization')) {
      setHeader(context, 'Authorization', `Bearer ${await getToken()}`);
    }
    await next();
  });
}

/** Retry settings; defaults follow Graph's throttling guidance. */
export interface RetryOptions {
  /** Retries after the first attempt (default 5). */
  maxRetries?: number;
  /** First backoff delay without `Retry-After` (default 500 ms), doubled per attempt. */
  baseDelayMs?: number;
  /** Cap of the computed backoff (default 30 s); a server's `Retry-After` is honoured as sent. */
  maxDelayMs?: number;
  /** Random source for jitter, injectable for tests. */
  random?: () => number;
}

/** Statuses worth retrying: throttled (429), unavailable (503), gateway timeout (504). */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

/**
 * Exponential backoff with jitter: a random delay in [½·d, d] where d = base·2^attempt, capped.
 * Half-jitter keeps a floor so a retry storm still spreads out without collapsing to zero.
 */
export function backoffDelayMs(attempt: number, options: RetryOptions = {}): number {
  const base = options.baseDelayMs ?? 500;
  const cap = options.maxDelayMs ?? 30_000;
  const random = options.random ?? Math.random;
  const ceiling = Math.min(cap, base * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * The delay before retry number `attempt + 1` for a retryable status: `Retry-After` when the
 * service sent one (seconds or HTTP date), else backoff.
 */
export function retryDelayMs(attempt: number, retryAfter: string | null | undefined, options: RetryOptions = {}): number {
  const seconds = parseRetryAfter(retryAfter ?? undefined);
  return seconds !== undefined ? seconds * 1000 : backoffDelayMs(attempt, options);
}

/** Waits `ms`, rejecting early with an `aborted` GraphError when the signal fires. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortedError(signal.reason));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function abortedError(cause: unknown): GraphError {
  return new GraphError({ status: 0, code: 'aborted', message: 'The request was aborted', cause });
}

/**
 * Retries network errors and 429/503/504 only, honouring `Retry-After`. Never retries an aborted
 * or timed-out request (the caller gave up, or the write may have landed), nor any other status
 * (400, 404, 412 ... are answers, not accidents).
 */
export function withRetry(options: RetryOptions = {}): Stage {
  const maxRetries = options.maxRetries ?? 5;
  return stage('retry', async (context, next) => {
    for (let attempt = 0; ; attempt += 1) {
      const state = requestStateOf(context);
      if (state) state.attempts = attempt + 1;
      context.response = undefined;
      let delay: number;
      try {
        await next();
        const response = context.response as Response | undefined;
        if (!response || !RETRY_STATUSES.has(response.status) || attempt >= maxRetries) return;
        delay = retryDelayMs(attempt, response.headers.get('retry-after'), options);
        // Drain the body so the connection is reused (undici keeps it busy otherwise).
        await response.arrayBuffer().catch(() => undefined);
      } catch (e) {
        const retryable = e instanceof GraphError && e.code === 'networkError';
        if (!retryable || attempt >= maxRetries) throw e;
        delay = backoffDelayMs(attempt, options);
      }
      await sleep(delay, context.options?.signal);
    }
  });
}

/**
 * A deadline per attempt via AbortController, chained to the caller's signal. It covers the
 * wait for the response headers; a timeout becomes GraphError `timeout`, a caller abort `aborted`.
 */
export function withTimeout(timeoutMs: number): Stage {
  return stage('timeout', async (context, next) => {
    context.options ??= {};
    const outer = context.options.signal ?? undefined;
    if (outer?.aborted) throw abortedError(outer.reason);
    const controller = new AbortController();
    let timedOut = false;
    const onAbort = () => controller.abort(outer?.reason);
    outer?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    context.options.signal = controller.signal;
    try {
      await next();
    } catch (e) {
      if (timedOut) {
        throw new GraphError({
          status: 0,
          code: 'timeout',
          message: `Graph did not answer within ${timeoutMs} ms`,
          cause: e,
        });
      }
      if (outer?.aborted) throw abortedError(outer.reason);
      throw e;
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
      context.options.signal = outer;
    }
  });
}

/** Terminal stage: the actual HTTP call. Network failures become GraphError `networkError`. */
export function withFetch(fetchImpl: typeof fetch): Stage {
  return stage('fetch', async (context) => {
    try {
      context.response = await fetchImpl(context.request, context.options as RequestInit);
    } catch (e) {
      if (e instanceof Error && e.name === 'AbortError') throw e;
      if (context.options?.signal?.aborted) throw e;
      throw new GraphError({
        status: 0,
        code: 'networkError',
        message: e instanceof Error ? e.message : 'Network error',
        cause: e,
      });
    }
  });
}
