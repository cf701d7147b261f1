import { createHmac } from 'node:crypto';
import { GraphHttpError, badRequest, notFound } from '../errors.js';
import type { GraphRequest, Handler, RouteContext } from '../http/types.js';
import { requireSite } from '../permissions.js';
import { checkItemName, type ConflictBehavior, type DriveItemRecord, type DriveRecord } from '../store/drives.js';
import type { SiteRecord } from '../store/sites.js';
import { groupSite, resolveSite } from './sites.js';
import { actorOf, bodyObject, collection, created, identitySet, noContent, ok } from './shape.js';

const LIBRARY = 'Shared%20Documents';

function driveView(ctx: RouteContext, drive: DriveRecord, site: SiteRecord) {
  const group = site.groupId ? ctx.store.directory.findGroup(site.groupId) : undefined;
  return {
    id: drive.id,
    name: drive.name,
    description: '',
    driveType: 'documentLibrary',
    createdDateTime: drive.createdDateTime,
    lastModifiedDateTime: drive.createdDateTime,
    webUrl: `${site.site.webUrl}/${LIBRARY}`,
    owner: group ? { group: { id: group.id, displayName: group.displayName, email: group.mail } } : { user: { displayName: 'System Account' } },
  };
}

/**
 * Where a browser opens a drive item. In SharePoint it is the item's path below the site's URL
 * (`https://host/sites/x/Shared%20Documents/a/b.docx`); the emulator's SharePoint host does not
 * exist, so it serves the same path itself, below its own origin:
 * `http://127.0.0.1:<port>/_emulator/web/host/sites/x/Shared%20Documents/a/b.docx` (loopback only,
 * see `webRouter`). Callers take `webUrl` as Graph returns it, so nothing changes for them.
 */
export const WEB_PREFIX = '/_emulator/web/';

function itemWebUrl(ctx: RouteContext, site: SiteRecord, names: string[]): string {
  const sharePointUrl = `${site.site.webUrl}/${LIBRARY}${names.length ? `/${names.map(encodeURIComponent).join('/')}` : ''}`;
  const origin = ctx.baseUrl().replace(/\/v1\.0$/, '');
  return `${origin}${WEB_PREFIX}${sharePointUrl.replace(/^https:\/\//, '')}`;
}

/** The library's path segment in a drive item's web URL (`Shared%20Documents`). */
export const LIBRARY_SEGMENT = LIBRARY;

/** A driveItem as Graph returns it (with a pre-authenticated download URL for files). */
export function driveItemView(ctx: RouteContext, site: SiteRecord, item: DriveItemRecord) {
  const names = ctx.store.drives.pathOf(item);
  const parentPath = names.slice(0, -1).map(encodeURIComponent).join('/');
  const common = {
    '@odata.etag': `"{${item.id}},${item.version}"`,
    id: item.id,
    name: item.parentId ? item.name : 'root',
    createdDateTime: item.created,
    lastModifiedDateTime: item.modified,
    eTag: `"{${item.id}},${item.version}"`,
    cTag: `"c:{${item.id}},${item.version}"`,
    size: item.size,
    webUrl: itemWebUrl(ctx, site, names),
    createdBy: identitySet(ctx.store, item.author),
    lastModifiedBy: identitySet(ctx.store, item.editor),
    parentReference: item.parentId
      ? { driveType: 'documentLibrary', driveId: item.driveId, id: item.parentId, path: `/drives/${item.driveId}/root:${parentPath ? `/${parentPath}` : ''}`, siteId: site.site.id }
      : { driveType: 'documentLibrary', driveId: item.driveId, siteId: site.site.id },
  };
  if (item.folder) {
    return { ...common, folder: { childCount: ctx.store.drives.children(item).length }, ...(item.parentId ? {} : { root: {} }) };
  }
  return {
    '@microsoft.graph.downloadUrl': downloadUrl(ctx, item),
    ...common,
    file: { mimeType: item.mime ?? 'application/octet-stream' },
  };
}

/** Download URLs are short-lived and pre-authenticated, like Graph's: an HMAC over item and expiry. */
export function signDownload(secret: Buffer, driveId: string, itemId: string, exp: number): string {
  return createHmac('sha256', secret).update(`${driveId}/${itemId}/${exp}`).digest('base64url');
}

function downloadUrl(ctx: RouteContext, item: DriveItemRecord): string {
  const exp = Math.floor(Date.now() / 1000) + 3600;
  const sig = signDownload(ctx.store.downloadSecret, item.driveId, item.id, exp);
  const origin = ctx.baseUrl().replace(/\/v1\.0$/, '');
  return `${origin}/_emulator/download/${encodeURIComponent(item.driveId)}/${item.id}?exp=${exp}&sig=${sig}`;
}

interface DriveContext {
  drive: DriveRecord;
  site: SiteRecord;
}

function driveOf(ctx: RouteContext, req: GraphRequest, driveId: string, need: 'read' | 'write'): DriveContext {
  const drive = ctx.store.drives.getDrive(driveId);
  const site = ctx.store.sites.getById(drive.siteId);
  requireSite(ctx.store, req.principal, site, need, true);
  return { drive, site };
}

/** An item reference: `root`, `root:/a/b`, `{id}` or `{id}:/a/b` (path relative to the item). */
function splitRef(ref: string): { base: string; path: string | undefined } {
  const idx = ref.indexOf(':');
  if (idx === -1) return { base: ref, path: undefined };
  return { base: ref.slice(0, idx), path: ref.slice(idx + 1) };
}

function baseItem(ctx: RouteContext, dc: DriveContext, base: string): DriveItemRecord {
  return ctx.store.drives.getItem(dc.drive.id, base === 'root' ? dc.drive.rootId : base);
}

function resolveItem(ctx: RouteContext, dc: DriveContext, ref: string): DriveItemRecord {
  const { base, path } = splitRef(ref);
  const start = baseItem(ctx, dc, base);
  if (path === undefined) return start;
  const item = ctx.store.drives.resolvePath(start, path);
  if (!item) throw notFound('The resource could not be found.');
  return item;
}

export const getSiteDrive = (ctx: RouteContext): Handler => (req, p) => {
  const site = p.groupId !== undefined ? groupSite(ctx, p.groupId) : resolveSite(ctx, p.siteId ?? '');
  requireSite(ctx.store, req.principal, site, 'read', true);
  const drive = ctx.store.drives.drivesOfSite(site.site.id)[0];
  if (!drive) throw notFound('Drive not found');
  return ok(driveView(ctx, drive, site));
};

export const listSiteDrives = (ctx: RouteContext): Handler => (req, p) => {
  const site = p.groupId !== undefined ? groupSite(ctx, p.groupId) : resolveSite(ctx, p.siteId ?? '');
  requireSite(ctx.store, req.principal, site, 'read', true);
  return ok(collection(ctx.store.drives.drivesOfSite(site.site.id).map((d) => driveView(ctx, d, site))));
};

export const getDrive = (ctx: RouteContext): Handler => (req, p) => {
  const dc = driveOf(ctx, req, p.driveId ?? '', 'read');
  return ok(driveView(ctx, dc.drive, dc.site));
};

export const getDriveItem = (ctx: RouteContext): Handler => (req, p) => {
  const dc = driveOf(ctx, req, p.driveId ?? '', 'read');
  return ok(driveItemView(ctx, dc.site, resolveItem(ctx, dc, p.itemRef ?? '')));
};

export const listChildren = (ctx: RouteContext): Handler => (req, p) => {
  const dc = driveOf(ctx, req, p.driveId ?? '', 'read');
  const item = resolveItem(ctx, dc, p.itemRef ?? '');
  if (!item.folder) return ok(collection([]));
  return ok(collection(ctx.store.drives.children(item).map((c) => driveItemView(ctx, dc.site, c))));
};

function conflictBehavior(value: unknown, fallback: ConflictBehavior): ConflictBehavior {
  if (value === undefined) return fallback;
  if (value === 'fail' || value === 'replace' || value === 'rename') return value;
  throw badRequest(`Invalid @microsoft.graph.conflictBehavior '${String(value)}'.`);
}

/** POST .../children with `{name, folder:{}}`: create a folder (default conflictBehavior fail). */
export const createChild = (ctx: RouteContext): Handler => (req, p) => {
  const dc = driveOf(ctx, req, p.driveId ?? '', 'write');
  const parent = resolveItem(ctx, dc, p.itemRef ?? '');
  const body = bodyObject(req);
  if (typeof body.name !== 'string') throw badRequest("Property 'name' is required.");
  if (typeof body.folder !== 'object' || body.folder === null) throw badRequest('Only folders can be created with POST children; upload files with PUT content.');
  const behavior = conflictBehavior(body['@microsoft.graph.conflictBehavior'], 'fail');
  const folder = ctx.store.tx(() => ctx.store.drives.createFolder(parent, body.name as string, behavior, actorOf(req)));
  return created(driveItemView(ctx, dc.site, folder));
};

/** Graph's simple upload limit (files larger need an upload session). */
export const SIMPLE_UPLOAD_LIMIT = 250 * 1024 * 1024;

/**
 * PUT .../{ref}/content: `root:/a/b.txt:` or `{parentId}:/name:` creates or replaces (201/200),
 * intermediate folders are created; `{itemId}` replaces an existing file's content.
 */
export const putContent = (ctx: RouteContext): Handler => (req, p) => {
  const dc = driveOf(ctx, req, p.driveId ?? '', 'write');
  const bytes = req.raw ?? Buffer.alloc(0);
  if (bytes.length > SIMPLE_UPLOAD_LIMIT) throw new GraphHttpError(413, 'requestTooLarge', 'The file is too large for a simple upload; use an upload session.');
  const mime = (req.headers['content-type'] ?? 'application/octet-stream').split(';')[0]?.trim() || 'application/octet-stream';
  const behavior = conflictBehavior(req.query.get('@microsoft.graph.conflictBehavior') ?? undefined, 'replace');
  const actor = actorOf(req);
  const { base, path } = splitRef(p.itemRef ?? '');
  const result = ctx.store.tx(() => {
    const start = baseItem(ctx, dc, base);
    if (path === undefined) return { item: ctx.store.drives.replaceContent(start, bytes, mime, actor), created: false };
    const parts = path.split('/').filter(Boolean);
    const name = parts.pop();
    if (!name) throw badRequest('A file name is required.');
    const parent = ctx.store.drives.ensureFolders(start, parts, actor);
    return ctx.store.drives.putFile(parent, name, bytes, mime, behavior, actor);
  });
  const view = driveItemView(ctx, dc.site, result.item);
  return result.created ? created(view) : ok(view);
};

/** GET .../content: 302 to a pre-authenticated download URL, as Graph does. */
export const getContent = (ctx: RouteContext): Handler => (req, p) => {
  const dc = driveOf(ctx, req, p.driveId ?? '', 'read');
  const item = resolveItem(ctx, dc, p.itemRef ?? '');
  if (item.folder) throw badRequest('A folder has no content.');
  return { status: 302, headers: { Location: downloadUrl(ctx, item) } };
};

export const deleteDriveItem = (ctx: RouteContext): Handler => (req, p) => {
  const dc = driveOf(ctx, req, p.driveId ?? '', 'write');
  const item = resolveItem(ctx, dc, p.itemRef ?? '');
  const match = req.headers['if-match'];
  if (match !== undefined && match !== '*' && match.replace(/"/g, '') !== `{${item.id}},${item.version}`) {
    throw new GraphHttpError(412, 'preconditionFailed', 'The resource has changed since the caller last read it; usually an eTag mismatch');
  }
  ctx.store.tx(() => ctx.store.drives.deleteItem(item));
  return noContent();
};



/** Upload sessions live for a day, like Graph's. */
const SESSION_LIFETIME_MS = 24 * 3600 * 1000;

/** POST .../{parent}:/{name}:/createUploadSession → uploadUrl outside /v1.0 (pre-authenticated). */
export const createUploadSession = (ctx: RouteContext): Handler => (req, p) => {
  const dc = driveOf(ctx, req, p.driveId ?? '', 'write');
  const { base, path } = splitRef(p.itemRef ?? '');
  const parts = (path ?? '').split('/').filter(Boolean);
  const name = parts.pop();
  if (!name) throw badRequest('createUploadSession needs a path that ends in the file name.');
  checkItemName(name);
  const item = (typeof req.body === 'object' && req.body !== null ? (req.body as Record<string, unknown>).item : undefined) as Record<string, unknown> | undefined;
  const behavior = conflictBehavior(item?.['@microsoft.graph.conflictBehavior'], 'replace');
  const expires = new Date(Date.now() + SESSION_LIFETIME_MS).toISOString();
  const session = ctx.store.tx(() => {
    const parent = ctx.store.drives.ensureFolders(baseItem(ctx, dc, base), parts, actorOf(req));
    if (behavior === 'fail' && ctx.store.drives.child(parent, name)) throw new GraphHttpError(409, 'nameAlreadyExists', 'The specified item name already exists.');
    return ctx.store.uploads.create(dc.drive.id, parent.id, name, behavior, actorOf(req), expires);
  });
  const origin = ctx.baseUrl().replace(/\/v1\.0$/, '');
  return ok({ uploadUrl: `${origin}/_emulator/upload/${session.id}`, expirationDateTime: expires, nextExpectedRanges: ['0-'] });
};
