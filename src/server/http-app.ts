import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import type { OrganisationConfig } from '../domain/index.js';
import { apiErrorHandler, sendApiError } from './api-errors.js';
import { securityHeaders } from './security-headers.js';

/** What the tab reads from `GET /config.json` before it talks to Graph. */
export interface TabClientConfig {
  graphBaseUrl: string;
  /**
   * How the tab signs in: dev tokens from the emulator, or MSAL. Both name the app's client id
   * and the scope of the server's own API (`api://<host>/<client id>/access_as_user`).
   */
  auth:
    | { mode: 'dev'; emulatorOrigin: string; clientId: string; apiScope: string }
    | { mode: 'msal'; clientId: string; tenantId: string; apiScope: string };
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
  /** Where server errors are logged (one line each). Default console.error. */
  log?: (line: string) => void;
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
  const notImplemented: RequestHandler = (req, res) => {
    sendApiError(req, res, 501, 'notImplemented');
  };
  app.post('/api/messages', options.botHandler ?? notImplemented);
  app.post('/api/good-examples/share', options.shareGoodExample ?? notImplemented);
  app.all('/api/{*rest}', (req, res) => {
    sendApiError(req, res, 404, 'notFound');
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
      // No path in the answer: where the server is installed is the operator's business.
      sendApiError(req, res, 503, 'tabNotBuilt');
      return;
    }
    if (path.extname(req.path) !== '') {
      // A missing file with an extension is a real 404, not a client route.
      sendApiError(req, res, 404, 'notFound');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(indexHtml);
  });

  app.use(apiErrorHandler(options.log));
  return app;
}
