import { Client, ResponseType, type GraphRequest } from '@microsoft/microsoft-graph-client';
import { GraphError, toGraphError } from './errors.js';
import {
  RequestState,
  withAuth,
  withFetch,
  withRequestState,
  withRetry,
  withTelemetry,
  withTimeout,
  type RetryOptions,
  type Stage,
  type TokenProvider,
} from './middleware.js';

/** Version sent in `User-Agent`/`SdkVersion`; kept in step with package.json by hand. */
export const APP_VERSION = '0.1.0';

/** The Graph service root at an origin: the version segment the app speaks (`v1.0`). */
export const graphBaseUrlAt = (origin: string) => `${origin.replace(/\/+$/, '')}/v1.0`;

/** The public Microsoft Graph endpoint; the emulator's is `graphBaseUrlAt('http://127.0.0.1:<port>')`. */
export const GRAPH_BASE_URL = graphBaseUrlAt('https://graph.microsoft.com');

/** Options of `createGraphClient`. Only `baseUrl` and `getToken` differ between tenant and emulator. */
export interface GraphClientOptions {
  /** Service root including the version, e.g. `https://graph.microsoft.com/v1.0`. */
  baseUrl: string;
  getToken: TokenProvider;
  /** Defaults to `InternationelltArbete/<version>`. */
  userAgent?: string;
  /** Injectable transport (tests); defaults to the global fetch. */
  fetchImpl?: typeof fetch;
  retry?: RetryOptions;
  /** Deadline per attempt in ms (default 30 s). */
  timeoutMs?: number;
}

/** HTTP methods the helpers send. */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Per-call options of the helpers. */
export interface RequestOptions {
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal;
  /** How to read a successful body (default: JSON when the answer says so, else text). */
  responseType?: 'json' | 'text' | 'arrayBuffer';
}

/** A successful answer with its status and headers (for `Location`, `ETag`, ...). */
export interface GraphResponse<T> {
  status: number;
  headers: Headers;
  body: T;
}

/** The Graph client: the SDK request builder plus typed helpers that throw `GraphError`. */
export interface GraphClient {
  /** The service root this client talks to. */
  readonly baseUrl: string;
  /** The SDK request builder; accepts relative paths and absolute URLs under `baseUrl`. */
  api(path: string): GraphRequest;
  request<T = unknown>(method: HttpMethod, path: string, options?: RequestOptions): Promise<GraphResponse<T>>;
  get<T = unknown>(path: string, options?: RequestOptions): Promise<T>;
  post<T = unknown>(path: string, body: unknown, options?: RequestOptions): Promise<T>;
  patch<T = unknown>(path: string, body: unknown, options?: RequestOptions): Promise<T>;
  put<T = unknown>(path: string, body: unknown, options?: RequestOptions): Promise<T>;
  delete(path: string, options?: RequestOptions): Promise<void>;
  /** Turns an absolute URL under `baseUrl` (a nextLink, deltaLink) into a relative path. */
  relativePath(url: string): string;
}

/** The default pipeline: state → telemetry → auth → retry → timeout → fetch. */
export function defaultStages(options: GraphClientOptions): Stage[] {
  return [
    withRequestState(),
    withTelemetry(options.userAgent ?? `InternationelltArbete/${APP_VERSION}`),
    withAuth(options.getToken),
    withRetry(options.retry),
    withTimeout(options.timeoutMs ?? 30_000),
    withFetch(options.fetchImpl ?? ((input, init) => fetch(input, init))),
  ];
}

/**
 * Creates a Graph client on `@microsoft/microsoft-graph-client` with our own middleware chain.
 * The base URL is a parameter: the same client talks to Graph or to the local emulator.
 */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const parsed = new URL(baseUrl);
  const segments = parsed.pathname.split('/').filter(Boolean);
  const version = segments.pop() ?? '';
  const host = `${parsed.origin}${segments.length ? `/${segments.join('/')}` : ''}`;
  const sdk = Client.initWithMiddleware({
    baseUrl: host,
    defaultVersion: version,
    middleware: defaultStages(options),
  });

  const relativePath = (url: string): string => {
    if (!/^https?:\/\//i.test(url)) return url;
    if (url.startsWith(`${baseUrl}/`)) return url.slice(baseUrl.length);
    // The SDK only strips https hosts itself; anything else outside our root is a bug.
    throw new GraphError({
      status: 0,
      code: 'invalidUrl',
      message: `URL ${url} is not under the service root ${baseUrl}`,
    });
  };

  const api = (path: string): GraphRequest => sdk.api(relativePath(path));

  const request = async <T>(
    method: HttpMethod,
    path: string,
    opts: RequestOptions = {},
  ): Promise<GraphResponse<T>> => {
    const state = new RequestState();
    let req = api(path).responseType(ResponseType.RAW).middlewareOptions([state]);
    if (opts.headers) req = req.headers(opts.headers);
    if (opts.signal) req = req.option('signal', opts.signal);
    let response: Response;
    try {
      response = (await send(req, method, opts.body)) as Response;
    } catch (e) {
      throw toGraphError(state.error ?? e);
    }
    if (!response.ok) throw await GraphError.fromResponse(response);
    return { status: response.status, headers: response.headers, body: (await readBody(response, opts)) as T };
  };

  return {
    baseUrl,
    api,
    request,
    relativePath,
    get: async <T>(path: string, opts?: RequestOptions) => (await request<T>('GET', path, opts)).body,
    post: async <T>(path: string, body: unknown, opts?: RequestOptions) =>
      (await request<T>('POST', path, { ...opts, body })).body,
    patch: async <T>(path: string, body: unknown, opts?: RequestOptions) =>
      (await request<T>('PATCH', path, { ...opts, body })).body,
    put: async <T>(path: string, body: unknown, opts?: RequestOptions) =>
      (await request<T>('PUT', path, { ...opts, body })).body,
    delete: async (path: string, opts?: RequestOptions) => {
      await request('DELETE', path, opts);
    },
  };
}

function send(req: GraphRequest, method: HttpMethod, body: unknown): Promise<unknown> {
  switch (method) {
    case 'GET':
      return req.get();
    case 'POST':
      return req.post(body ?? {});
    case 'PATCH':
      return req.patch(body ?? {});
    case 'PUT':
      return req.put(body ?? {});
    case 'DELETE':
      return req.delete();
  }
}

async function readBody(response: Response, opts: RequestOptions): Promise<unknown> {
  if (opts.responseType === 'arrayBuffer') return response.arrayBuffer();
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (opts.responseType === 'text') return text;
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (opts.responseType === 'json' || type.includes('json')) return JSON.parse(text) as unknown;
  return text;
}
