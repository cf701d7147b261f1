/**
 * One error type for everything that goes wrong talking to Microsoft Graph, built from Graph's
 * error envelope `{error: {code, message, innerError: {'request-id', date}}}`
 * (https://learn.microsoft.com/graph/errors). Transport failures get a status of 0 and a code of
 * their own (`timeout`, `aborted`, `networkError`) so callers branch on one shape.
 */

/** A header lookup that works for fetch `Headers` and for the plain objects of `$batch` answers. */
export type HeaderSource = Headers | Record<string, string | undefined> | undefined;

/** Reads a header case-insensitively from either representation. */
export function headerOf(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') {
    return (headers as Headers).get(name) ?? undefined;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, string | undefined>)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

/**
 * Parses `Retry-After` as Graph and SharePoint send it: delta-seconds (the usual case) or an
 * HTTP date (RFC 9110 §10.2.3). Returns seconds, never negative; undefined when absent or junk.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

interface ErrorInit {
  status: number;
  code: string;
  message: string;
  requestId?: string | undefined;
  clientRequestId?: string | undefined;
  retryAfterSeconds?: number | undefined;
  innerError?: Record<string, unknown> | undefined;
  cause?: unknown;
}

/** An error answered by Graph (or a transport failure on the way to it). */
export class GraphError extends Error {
  /** HTTP status; 0 for transport failures (timeout, abort, network). */
  readonly status: number;
  /** Graph's error code (`itemNotFound`, `accessDenied`, ...) or ours for transport failures. */
  readonly code: string;
  /** Graph's `request-id`, what Microsoft support asks for. */
  readonly requestId: string | undefined;
  readonly clientRequestId: string | undefined;
  /** Seconds from `Retry-After`, when the service sent one. */
  readonly retryAfterSeconds: number | undefined;
  readonly innerError: Record<string, unknown> | undefined;

  constructor(init: ErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'GraphError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.clientRequestId = init.clientRequestId;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.innerError = init.innerError;
  }

  /**
   * Builds the error from a status, a parsed body (envelope or anything else) and headers, so the
   * same code serves plain responses and the inner responses of `$batch`.
   */
  static fromEnvelope(status: number, body: unknown, headers?: HeaderSource): GraphError {
    const envelope = isRecord(body) && isRecord(body.error) ? body.error : undefined;
    const inner = envelope && isRecord(envelope.innerError) ? envelope.innerError : undefined;
    const code = envelope && typeof envelope.code === 'string' ? envelope.code : statusCode(status);
    const message =
      envelope && typeof envelope.message === 'string' && envelope.message !== ''
        ? envelope.message
        : typeof body === 'string' && body !== ''
          ? body.slice(0, 500)
          : `Graph answered ${status}`;
    return new GraphError({
      status,
      code,
      message,
      requestId: stringOf(inner?.['request-id']) ?? headerOf(headers, 'request-id'),
      clientRequestId: stringOf(inner?.['client-request-id']) ?? headerOf(headers, 'client-request-id'),
      retryAfterSeconds: parseRetryAfter(headerOf(headers, 'retry-after')),
      innerError: inner,
    });
  }

  /** Reads a failed fetch `Response` (its body is consumed). */
  static async fromResponse(response: Response): Promise<GraphError> {
    const text = await response.text().catch(() => '');
    let body: unknown = text;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      // Not JSON (a proxy's HTML page, say): keep the text as the message.
    }
    return GraphError.fromEnvelope(response.status, body, response.headers);
  }
}

/**
 * A write with a stale eTag (412 Precondition Failed). `current` is the stored version, re-read
 * after the failure, so the UI can show the user's input next to it and nothing typed is lost.
 */
export class ConflictError<T = unknown> extends GraphError {
  readonly current: T | undefined;

  constructor(cause: GraphError, current: T | undefined) {
    super({
      status: cause.status,
      code: cause.code,
      message: cause.message,
      requestId: cause.requestId,
      clientRequestId: cause.clientRequestId,
      innerError: cause.innerError,
      cause,
    });
    this.name = 'ConflictError';
    this.current = current;
  }
}

/** True when the user must sign in again or consent (401, or an expired/invalid token). */
export function isAuthError(e: unknown): boolean {
  return e instanceof GraphError && (e.status === 401 || e.code === 'InvalidAuthenticationToken');
}

/** True when the user is signed in but may not see or change the resource (403). */
export function isForbidden(e: unknown): boolean {
  return e instanceof GraphError && (e.status === 403 || e.code === 'accessDenied');
}

/** True when the resource does not exist (404). */
export function isNotFound(e: unknown): boolean {
  return e instanceof GraphError && e.status === 404;
}

/**
 * Normalises anything thrown on a Graph call into a `GraphError`: ours pass through; the SDK's
 * own `GraphError` (statusCode, code, requestId, body) is converted; other errors become
 * `networkError`.
 */
export function toGraphError(e: unknown): GraphError {
  if (e instanceof GraphError) return e;
  if (isRecord(e) && typeof e.statusCode === 'number') {
    let body: unknown;
    try {
      body = typeof e.body === 'string' ? { error: JSON.parse(e.body) } : undefined;
    } catch {
      body = undefined;
    }
    const fromSdk = GraphError.fromEnvelope(e.statusCode, body, e.headers as HeaderSource);
    return new GraphError({
      status: e.statusCode < 0 ? 0 : e.statusCode,
      code: typeof e.code === 'string' && e.code !== '' ? e.code : fromSdk.code,
      message: typeof e.message === 'string' && e.message !== '' ? e.message : fromSdk.message,
      requestId: stringOf(e.requestId) ?? fromSdk.requestId,
      retryAfterSeconds: fromSdk.retryAfterSeconds,
      innerError: fromSdk.innerError,
      cause: e,
    });
  }
  const message = e instanceof Error ? e.message : String(e);
  return new GraphError({ status: 0, code: 'networkError', message, cause: e });
}

function statusCode(status: number): string {
  const names: Record<number, string> = {
    400: 'invalidRequest',
    401: 'unauthenticated',
    403: 'accessDenied',
    404: 'itemNotFound',
    409: 'conflict',
    412: 'preconditionFailed',
    429: 'tooManyRequests',
    503: 'serviceNotAvailable',
    504: 'gatewayTimeout',
  };
  return names[status] ?? (status >= 500 ? 'generalException' : 'unknownError');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringOf(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
