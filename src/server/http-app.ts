import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import type { OrganisationConfig } from '../domain/index.js';
import { securityHeaders } from './security-headers.js';

/** What the tab reads from `GET /config.json` before it talks to Graph. */
export interface TabClientConfig {
  graphBaseUrl: string;
  auth:
    { mode: 'dev'; emulatorOrigin: string } | { mode: 'msal'; clientId: string; tenantId: string };
  organisation: OrganisationConfig;
}

/** Options of {@link createHttpApp}. */
export interface HttpAppOptions {
  /** The built tab (`dist/tab`); when it has no index.html, `/` explains how to build it. */
  tabDir: string;
  clientConfig: TabClientConfig;
  /** The bot's Bot Framework endpoint; without one `/api/messages` answers 501. */
  botHandler?: RequestHandler;
  /** `POST /api/good-examples/share` (src/server/good-examples.ts); without it 501. */
  shareGoodExample?: RequestHandler;
  /** Send HSTS (public HTTPS host). */
  hsts?: boolean;
  /** Largest JSON body accepted on `/api`; Bot Framework activities are small. */
  jsonLimit?: string;
}

/** Vite puts content-hashed files under `assets/`: safe to cache for a year. */
const HASHED_ASSET = /[\\/]assets[\\/]/;

/**
 * The Express 5 app: security headers, `/healthz`, `/config.json`, the bot endpoint and the tab
 * build with an SPA fallback. Knows nothing of Graph: everything it serves is handed in.
 */
export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  const { graphBaseUrl, auth } = options.clientConfig;
  const connectSources = [graphBaseUrl, ...(auth.mode === 'dev' ? [auth.emulatorOrigin] : [])];
  app.use(securityHeaders({ connectSources, hsts: options.hsts ?? false }));

  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });

  app.get('/config.json', (_req, res) => {
    res.set('Cache-Control', 'no-store').json(options.clientConfig);
  });

  app.use('/api', express.json({ limit: options.jsonLimit ?? '256kb' }));
  const notImplemented =
    (message: string): RequestHandler =>
    (_req, res) => {
      res.status(501).json({ error: { code: 'notImplemented', message } });
    };
  app.post(
    '/api/messages',
    options.botHandler ?? notImplemented('The bot is not available in this build.'),
  );
  app.post(
    '/api/good-examples/share',
    options.shareGoodExample ?? notImplemented('Sharing is not available in this build.'),
  );
  app.all('/api/{*rest}', (_req, res) => {
    res.status(404).json({ error: { code: 'notFound', message: 'No such API endpoint.' } });
  });

  const indexHtml = path.join(options.tabDir, 'index.html');
  app.use(
    express.static(options.tabDir, {
      index: false,
      setHeaders: (res, filePath) => {
        res.setHeader(
          'Cache-Control',
          HASHED_ASSET.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  // SPA fallback: deep links like /projects/12 load the app, which routes on the client.
  app.get('/{*path}', (req, res) => {
    if (!existsSync(indexHtml)) {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          `The tab is not built (${indexHtml} is missing). Run "npm run build", or "npm start".`,
        );
      return;
    }
    if (path.extname(req.path) !== '') {
      // A missing file with an extension is a real 404, not a client route.
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(indexHtml);
  });

  const onError: ErrorRequestHandler = (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status =
      typeof error === 'object' &&
      error !== null &&
      'status' in error &&
      typeof error.status === 'number'
        ? error.status
        : 500;
    // Body-parser errors (413, 400) are the client's; anything else is ours and not detailed.
    const message =
      status < 500 && error instanceof Error ? error.message : 'Internal server error';
    res
      .status(status)
      .json({ error: { code: status < 500 ? 'badRequest' : 'internalError', message } });
  };
  app.use(onError);
  return app;
}
