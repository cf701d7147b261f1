import express, { type NextFunction, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import { cors } from './cors.js';
import { devRouter, loopbackOnly } from './dev-routes.js';
import { DEFAULT_DIRECTORY_SEED, type DirectorySeed } from './directory-seed.js';
import { GraphHttpError, errorEnvelope } from './errors.js';
import { FaultInjector, type FaultOptions } from './faults.js';
import { GraphService } from './http/service.js';
import type { GraphResponse, RouteContext } from './http/types.js';
import { addGraphRoutes } from './routes/index.js';
import { SIMPLE_UPLOAD_LIMIT } from './routes/drives.js';
import type { PermissionRule } from './store/list-policies.js';
import { EmulatorStore } from './store/store.js';
import { uploadRouter } from './upload-routes.js';

export interface EmulatorAppOptions {
  dbPath: string;
  tenantHost: string;
  seedDirectory?: DirectorySeed;
  faults?: FaultOptions;
  /** Base URL for links (`http://127.0.0.1:<port>/v1.0`), known once listening. */
  baseUrl: () => string;
  /** Polls of a Teams async operation that answer inProgress (default 1). */
  teamsOperationPolls?: number;
  /** List write policies, applied to existing lists now and to matching lists when created. */
  listPolicies?: readonly PermissionRule[];
}

export interface EmulatorApp {
  app: express.Express;
  store: EmulatorStore;
  service: GraphService;
  faults: FaultInjector;
}

/** Graph limits JSON request bodies to 4 MB; file uploads (simple upload) may be larger. */
const JSON_BODY_LIMIT = 4 * 1024 * 1024;

function sendGraph(res: Response, out: GraphResponse): void {
  res.status(out.status);
  for (const [k, v] of Object.entries(out.headers ?? {})) res.setHeader(k, v);
  if (out.body === undefined) res.end();
  else if (Buffer.isBuffer(out.body)) res.send(out.body);
  else res.json(out.body);
}

function sendError(res: Response, e: GraphHttpError): void {
  const requestId = randomUUID();
  res
    .status(e.status)
    .set({ 'request-id': requestId, ...e.headers })
    .json(errorEnvelope(e.code, e.message, requestId, requestId));
}

/** Builds the Express app: /v1.0 (Graph), /_emulator (dev endpoints), 501 for the rest. */
export function createEmulatorApp(options: EmulatorAppOptions): EmulatorApp {
  const seed = options.seedDirectory ?? DEFAULT_DIRECTORY_SEED;
  const mailDomain = seed.users[0]?.userPrincipalName.split('@')[1] ?? 'vaxjo.example';
  const store = EmulatorStore.open(options.dbPath, mailDomain);
  store.directory.seed(seed);
  store.sites.ensureRoot(options.tenantHost);
  store.listPolicies.addRules(options.listPolicies ?? []);
  store.listPolicies.applyRules();
  const faults = new FaultInjector(options.faults);
  const service = new GraphService(store, faults, options.tenantHost);
  const ctx: RouteContext = {
    store,
    tenantHost: options.tenantHost,
    baseUrl: options.baseUrl,
    teamsOperationPolls: options.teamsOperationPolls ?? 1,
  };
  addGraphRoutes(service.router, ctx, service);

  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use(cors);
  app.use('/_emulator', loopbackOnly);
  app.use('/_emulator/upload', uploadRouter(ctx));
  app.use('/_emulator', devRouter(store, service, faults));
  app.use(
    '/v1.0',
    express.raw({ type: () => true, limit: SIMPLE_UPLOAD_LIMIT }),
    (req: Request, res: Response, next: NextFunction) => {
      const [path = '', qs = ''] = req.url.split('?', 2) as [string?, string?];
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      const raw = Buffer.isBuffer(req.body) && req.body.length > 0 ? req.body : undefined;
      let body: unknown;
      const isJson = (headers['content-type'] ?? '').includes('json');
      if (raw && isJson && raw.length > JSON_BODY_LIMIT) {
        sendError(
          res,
          new GraphHttpError(413, 'requestTooLarge', 'The JSON request body exceeds 4 MB.'),
        );
        return;
      }
      if (raw && isJson) {
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch {
          sendError(
            res,
            new GraphHttpError(
              400,
              'BadRequest',
              'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
            ),
          );
          return;
        }
      }
      service
        .execute({ method: req.method, path, query: new URLSearchParams(qs), headers, body, raw })
        .then((out) => sendGraph(res, out), next);
    },
  );
  app.use((_req: Request, res: Response) => {
    sendError(
      res,
      new GraphHttpError(501, 'notImplemented', 'The Graph emulator serves /v1.0 only.'),
    );
  });
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (err as { status?: number }).status;
    if (status === 413)
      sendError(res, new GraphHttpError(413, 'requestTooLarge', 'The request body is too large.'));
    else if (status === 400)
      sendError(res, new GraphHttpError(400, 'BadRequest', 'The request body could not be read.'));
    else
      sendError(
        res,
        new GraphHttpError(
          500,
          'generalException',
          err instanceof Error ? err.message : 'Unexpected error.',
        ),
      );
  });
  return { app, store, service, faults };
}
