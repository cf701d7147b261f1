import express, { type Request, type Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { GraphHttpError, errorEnvelope } from './errors.js';
import type { FaultInjector, FaultOptions } from './faults.js';
import type { GraphService } from './http/service.js';
import { LIBRARY_SEGMENT, signDownload } from './routes/drives.js';
import { parsePermissionRule } from './store/list-policies.js';
import type { EmulatorStore } from './store/store.js';
import { TOKEN_LIFETIME_SECONDS } from './store/tokens.js';
import { ApiTokenIssuer, EMULATOR_TENANT_ID } from './identity/api-tokens.js';

/** Roles an app-only token gets when the request names none. */
export const DEFAULT_APP_ROLES = [
  'Sites.FullControl.All',
  'Sites.Manage.All',
  'Group.ReadWrite.All',
  'User.Read.All',
  'Team.Create',
  'Channel.Create',
  'TeamMember.ReadWrite.All',
  'ChannelMember.ReadWrite.All',
  'Files.ReadWrite.All',
];

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function sendError(res: Response, e: GraphHttpError): void {
  res
    .status(e.status)
    .set(e.headers)
    .json(errorEnvelope(e.code, e.message, '', ''));
}

const handle = (fn: (req: Request, res: Response) => void) => (req: Request, res: Response) => {
  try {
    fn(req, res);
  } catch (e) {
    sendError(
      res,
      e instanceof GraphHttpError ? e : new GraphHttpError(500, 'generalException', String(e)),
    );
  }
};

/** Everything under /_emulator answers loopback callers only (DESIGN.md §5). */
export function loopbackOnly(req: Request, res: Response, next: () => void): void {
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
    sendError(
      res,
      new GraphHttpError(403, 'accessDenied', 'Dev endpoints answer loopback callers only.'),
    );
    return;
  }
  next();
}

/**
 * The drive item behind a web URL path (`host/sites/x/Shared%20Documents/a/b.docx`, see
 * `WEB_PREFIX` in routes/drives.ts): the site by host and path, then the item by its path in the
 * site's document library. Undefined when any part is missing.
 */
function webItem(store: EmulatorStore, path: string) {
  const at = path.indexOf(`/${LIBRARY_SEGMENT}`);
  if (at < 0) return undefined;
  const [host = '', ...siteParts] = path.slice(0, at).split('/');
  const site = store.sites.findByPath(host, siteParts.length ? `/${siteParts.map(decodeURIComponent).join('/')}` : '');
  const drive = site ? store.drives.drivesOfSite(site.site.id)[0] : undefined;
  if (!drive) return undefined;
  const root = store.drives.getItem(drive.id, drive.rootId);
  const rest = path.slice(at + LIBRARY_SEGMENT.length + 1).split('/').filter(Boolean).map(decodeURIComponent);
  return store.drives.resolvePath(root, rest.join('/'));
}

/** Office files as the browser should receive them (uploads through sessions carry no type). */
const OFFICE_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

function webContentType(name: string, mime: string | null | undefined): string {
  const known = OFFICE_TYPES[name.split('.').pop()?.toLowerCase() ?? ''];
  return mime && mime !== 'application/octet-stream' ? mime : (known ?? 'application/octet-stream');
}

const lifetimeOf = (expiresIn: unknown): number =>
  typeof expiresIn === 'number' && expiresIn >= 0 ? Math.floor(expiresIn) : TOKEN_LIFETIME_SECONDS;

/** This emulator's origin as the caller reached it (loopback only, so the Host is ours). */
const originOf = (req: Request): string => `${req.protocol}://${req.get('host') ?? '127.0.0.1'}`;

/**
 * `POST /_emulator/token {userPrincipalName, scope, clientId}`: a user's access token for an
 * app's own API (`scope` = `api://<host>/<client id>/<scope name>`), requested by the app
 * `clientId`. A JWT signed RS256 like Entra ID's, not a Graph token: Graph refuses it.
 */
async function apiToken(
  store: EmulatorStore,
  req: Request,
): Promise<{ access_token: string; token_type: 'Bearer'; expires_in: number; scope: string }> {
  const body = req.body as {
    userPrincipalName?: unknown;
    scope: string;
    clientId?: unknown;
    expiresIn?: unknown;
  };
  if (
    typeof body.userPrincipalName !== 'string' ||
    typeof body.clientId !== 'string' ||
    body.clientId === ''
  ) {
    throw new GraphHttpError(
      400,
      'invalidRequest',
      "An API token needs 'userPrincipalName', 'scope' and the requesting app's 'clientId'.",
    );
  }
  const user = store.directory.getUser(body.userPrincipalName);
  const lifetime = lifetimeOf(body.expiresIn);
  const token = await store.apiTokens.issue(
    originOf(req),
    { id: user.id, userPrincipalName: user.userPrincipalName, displayName: user.displayName },
    body.scope,
    body.clientId,
    lifetime,
  );
  if (!token) {
    throw new GraphHttpError(400, 'invalidRequest', "'scope' must be <App ID URI>/<scope name>.");
  }
  return { access_token: token, token_type: 'Bearer', expires_in: lifetime, scope: body.scope };
}

/** The /_emulator dev endpoints (DESIGN.md §5). */
export function devRouter(
  store: EmulatorStore,
  service: GraphService,
  faults: FaultInjector,
): express.Router {
  const router = express.Router();
  router.get(
    '/download/:driveId/:itemId',
    handle((req, res) => {
      const exp = Number(req.query.exp);
      const sig = String(req.query.sig ?? '');
      const driveId = String(req.params.driveId);
      const itemId = String(req.params.itemId);
      const expected = Buffer.from(signDownload(store.downloadSecret, driveId, itemId, exp));
      const valid =
        expected.length === sig.length &&
        timingSafeEqual(expected, Buffer.from(sig)) &&
        exp * 1000 > Date.now();
      if (!valid)
        throw new GraphHttpError(401, 'unauthenticated', 'The download URL is invalid or expired.');
      const item = store.drives.getItem(driveId, itemId);
      res
        .status(200)
        .type(item.mime ?? 'application/octet-stream')
        .send(store.drives.content(item));
    }),
  );
  router.get(
    '/web/*path',
    handle((req, res) => {
      const item = webItem(store, req.path.slice('/web/'.length));
      if (!item) throw new GraphHttpError(404, 'itemNotFound', 'The item could not be found.');
      if (item.folder) {
        const names = store.drives.children(item).map((child) => child.name);
        res.status(200).type('text/plain; charset=utf-8').send(names.join('\n'));
        return;
      }
      res
        .status(200)
        .type(webContentType(item.name, item.mime))
        .set('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(item.name)}`)
        .set('x-content-type-options', 'nosniff')
        .send(store.drives.content(item));
    }),
  );
  // Entra ID's discovery document and signing keys for the emulator's API tokens.
  router.get(`/${EMULATOR_TENANT_ID}/v2.0/.well-known/openid-configuration`, (req, res) => {
    res.json(ApiTokenIssuer.discovery(originOf(req)));
  });
  router.get('/discovery/v2.0/keys', (_req, res, next) => {
    store.apiTokens.jwks().then((jwks) => res.json(jwks), next);
  });
  router.use(express.json({ limit: '1mb' }));
  router.get(
    '/users',
    handle((_req, res) => {
      res.json(
        store.directory.listUsers().map((u) => ({
          id: u.id,
          userPrincipalName: u.userPrincipalName,
          displayName: u.displayName,
        })),
      );
    }),
  );
  router.post('/token', (req, res, next) => {
    const body = (req.body ?? {}) as { userPrincipalName?: unknown; scope?: unknown };
    if (typeof body.scope !== 'string') {
      next();
      return;
    }
    apiToken(store, req).then(
      (answer) => res.json(answer),
      (e: unknown) =>
        sendError(
          res,
          e instanceof GraphHttpError ? e : new GraphHttpError(500, 'generalException', String(e)),
        ),
    );
  });
  router.post(
    '/token',
    handle((req, res) => {
      const body = (req.body ?? {}) as {
        userPrincipalName?: unknown;
        clientId?: unknown;
        roles?: unknown;
        expiresIn?: unknown;
      };
      const lifetime = lifetimeOf(body.expiresIn);
      let token: string;
      if (typeof body.userPrincipalName === 'string') {
        const user = store.directory.getUser(body.userPrincipalName);
        token = store.tokens.issue({ kind: 'user', userId: user.id }, lifetime);
      } else if (typeof body.clientId === 'string' && body.clientId !== '') {
        const roles = Array.isArray(body.roles) ? body.roles.map(String) : DEFAULT_APP_ROLES;
        token = store.tokens.issue({ kind: 'app', clientId: body.clientId, roles }, lifetime);
      } else
        throw new GraphHttpError(400, 'invalidRequest', "Give 'userPrincipalName' or 'clientId'.");
      res.json({ access_token: token, token_type: 'Bearer', expires_in: lifetime });
    }),
  );
  router.get('/stats', (_req, res) => {
    res.json({ ...service.stats });
  });
  router.post('/stats/reset', (_req, res) => {
    Object.assign(service.stats, { requests: 0, batches: 0, batchedRequests: 0 });
    res.json({ ...service.stats });
  });
  const policies = () => ({
    rules: store.listPolicies.configuredRules(),
    lists: store.listPolicies.listApplied(),
    siteReaders: store.listPolicies.configuredSiteReaders(),
  });
  router.get(
    '/list-policies',
    handle((_req, res) => {
      res.json(policies());
    }),
  );
  // One rule or an array of rules; each is kept for lists created later and applied now. A rule
  // with `readers` grants read on a group's site (the admin's Visitors group in SharePoint).
  router.post(
    '/list-policies',
    handle((req, res) => {
      const body: unknown = req.body;
      const rules = (Array.isArray(body) ? body : [body]).map(parsePermissionRule);
      store.tx(() => {
        store.listPolicies.addRules(rules);
        store.listPolicies.applyRules();
      });
      res.json(policies());
    }),
  );
  router.get('/faults', (_req, res) => {
    res.json(faults.current());
  });
  router.post(
    '/faults',
    handle((req, res) => {
      faults.configure((req.body ?? {}) as FaultOptions);
      res.json(faults.current());
    }),
  );
  return router;
}
