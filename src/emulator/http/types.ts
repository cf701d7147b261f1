import type { EmulatorStore } from '../store/store.js';

/** Who is calling: a delegated user, or an application with app-only roles. */
export type Principal =
  | { kind: 'user'; userId: string }
  | { kind: 'app'; clientId: string; roles: string[] };

/** One Graph request, from HTTP or from inside a $batch. */
export interface GraphRequest {
  method: string;
  /** Path segments after /v1.0, see tokenizePath. */
  segments: string[];
  query: URLSearchParams;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Parsed JSON body (undefined when none). */
  body: unknown;
  /** Raw bytes (file uploads). */
  raw: Buffer | undefined;
  principal: Principal;
}

/** A Graph response: a JSON body or bytes. */
export interface GraphResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Route parameters by name. */
export type Params = Record<string, string>;

export type Handler = (req: GraphRequest, params: Params) => GraphResponse | Promise<GraphResponse>;

/** What every route factory gets. */
export interface RouteContext {
  store: EmulatorStore;
  tenantHost: string;
  /** Base used in @odata.nextLink etc.: http://127.0.0.1:<port>/v1.0 */
  baseUrl: () => string;
  /** How many polls of a Teams async operation answer inProgress before succeeded. */
  teamsOperationPolls: number;
}
