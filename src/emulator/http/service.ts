import { randomUUID } from 'node:crypto';
import { GraphHttpError, errorEnvelope, notFound } from '../errors.js';
import type { FaultInjector } from '../faults.js';
import type { EmulatorStore } from '../store/store.js';
import { Router, tokenizePath } from './router.js';
import type { GraphRequest, GraphResponse, Principal } from './types.js';

/** Request counters served by /_emulator/stats. */
export interface Stats {
  requests: number;
  batches: number;
  batchedRequests: number;
}

/** A request as it arrives, before authentication and routing. */
export interface IncomingGraphRequest {
  method: string;
  /** Path after /v1.0 (may be percent-encoded). */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
  raw: Buffer | undefined;
}

export interface ExecuteOptions {
  /** An inner request of a $batch: counted as batched, faults decided per request. */
  batched?: boolean;
  /** The authenticated principal of the outer batch (inner requests reuse it). */
  principal?: Principal;
}

/**
 * The Graph pipeline: count, inject faults (before any side effect), authenticate, route,
 * and turn every failure into Graph's error envelope.
 */
export class GraphService {
  readonly stats: Stats = { requests: 0, batches: 0, batchedRequests: 0 };
  router = new Router();

  constructor(
    private readonly store: EmulatorStore,
    private readonly faults: FaultInjector,
    private readonly tenantHost: string,
  ) {}

  async execute(req: IncomingGraphRequest, options: ExecuteOptions = {}): Promise<GraphResponse> {
    const requestId = randomUUID();
    const clientRequestId = req.headers['client-request-id'] ?? requestId;
    const ids = { 'request-id': requestId, 'client-request-id': clientRequestId };
    try {
      if (options.batched) this.stats.batchedRequests += 1;
      else this.stats.requests += 1;
      const tokens = tokenizePath(req.path.split('?')[0] ?? '');
      const isBatch = tokens.length === 1 && tokens[0] === '$batch';
      if (isBatch && !options.batched) this.stats.batches += 1;
      await this.faults.delay();
      // The outer $batch is never faulted: Graph throttles the inner requests one by one.
      if (!isBatch) this.faults.check();
      const principal = options.principal ?? this.authenticate(req.headers.authorization);
      const segments = this.normalize(tokens);
      const { handler, params } = this.router.resolve(req.method.toUpperCase(), segments);
      const graphReq: GraphRequest = {
        method: req.method.toUpperCase(),
        segments,
        query: req.query,
        headers: req.headers,
        body: req.body,
        raw: req.raw,
        principal,
      };
      const res = await handler(graphReq, params);
      return { ...res, headers: { ...ids, ...(res.headers ?? {}) } };
    } catch (err) {
      const e =
        err instanceof GraphHttpError
          ? err
          : new GraphHttpError(500, 'generalException', err instanceof Error ? err.message : 'An unexpected error occurred.');
      return {
        status: e.status,
        headers: { ...ids, 'Content-Type': 'application/json', ...e.headers },
        body: errorEnvelope(e.code, e.message, requestId, clientRequestId),
      };
    }
  }

  private authenticate(header: string | undefined): Principal {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match?.[1]) {
      throw new GraphHttpError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    }
    const principal = this.store.tokens.verify(match[1]);
    if (!principal) throw new GraphHttpError(401, 'InvalidAuthenticationToken', 'Access token has expired or is not yet valid.');
    if (principal.kind === 'user' && !this.store.directory.findUser(principal.userId)) {
      throw new GraphHttpError(401, 'InvalidAuthenticationToken', 'The user of the access token does not exist.');
    }
    return principal;
  }

  /**
   * `/sites/{s}/drive/...` and `/groups/{g}/drive/...` are aliases of `/drives/{id}/...`;
   * `root` after a drive is the item `root`.
   */
  private normalize(segments: string[]): string[] {
    let out = segments;
    if (out.length > 3 && out[2] === 'drive' && (out[0] === 'sites' || out[0] === 'groups')) {
      const ref = out[1] ?? '';
      const site = out[0] === 'groups' ? this.store.sites.findByGroup(ref) : this.store.sites.resolveRef(ref, this.tenantHost);
      const drive = site ? this.store.drives.drivesOfSite(site.site.id)[0] : undefined;
      if (!drive) throw notFound('Requested site could not be found');
      out = ['drives', drive.id, ...out.slice(3)];
    }
    const third = out[2];
    if (out[0] === 'drives' && third !== undefined && /^root($|:)/.test(third)) out = ['drives', out[1] ?? '', 'items', ...out.slice(2)];
    return out;
  }
}
