import { badRequest, notFound } from '../errors.js';
import type { GraphRequest, Handler, RouteContext } from '../http/types.js';
import { requireSite } from '../permissions.js';
import { COLUMN_TYPES, parseColumnDefinition, type ColumnDefinition } from '../store/columns.js';
import type { List } from '../store/lists.js';
import type { SiteRecord } from '../store/sites.js';
import {
  actorOf,
  bodyObject,
  collection,
  created,
  identitySet,
  noContent,
  ok,
  selectFrom,
} from './shape.js';

/** The site of a `{site-id}` route segment (see SiteStore.resolveRef), or 404. */
export function resolveSite(ctx: RouteContext, ref: string): SiteRecord {
  const found = ctx.store.sites.resolveRef(ref, ctx.tenantHost);
  if (!found) throw notFound('Requested site could not be found');
  return found;
}

/** The group's team site (Unified groups only). */
export function groupSite(ctx: RouteContext, groupId: string): SiteRecord {
  ctx.store.directory.getGroup(groupId);
  const site = ctx.store.sites.findByGroup(groupId);
  if (!site) throw notFound('Requested site could not be found');
  return site;
}

const siteFromParams = (ctx: RouteContext, p: Record<string, string>): SiteRecord =>
  p.groupId !== undefined ? groupSite(ctx, p.groupId) : resolveSite(ctx, p.siteId ?? '');

export const getSite =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    const site = siteFromParams(ctx, p);
    requireSite(ctx.store, req.principal, site, 'read');
    return ok(selectFrom(req, site.site, 'site', ['root', 'lists', 'drive', 'drives']));
  };

/** A list as Graph returns it. */
export const listView = (ctx: RouteContext, list: List, columns?: ColumnDefinition[]) => {
  const { createdBy, ...rest } = list;
  return {
    '@odata.etag': `"${list.id},${list.lastModifiedDateTime}"`,
    ...rest,
    createdBy: identitySet(ctx.store, createdBy),
    ...(columns ? { columns } : {}),
  };
};

/** The list named in the route, after checking the caller may read the site. */
export function listFromParams(
  ctx: RouteContext,
  req: GraphRequest,
  p: Record<string, string>,
  need: 'read' | 'write' | 'manage',
): { site: SiteRecord; list: List } {
  const site = siteFromParams(ctx, p);
  requireSite(ctx.store, req.principal, site, need === 'manage' ? 'read' : need);
  const list = ctx.store.lists.get(site.site.id, p.listId ?? '');
  if (need === 'manage') requireSite(ctx.store, req.principal, site, 'manage');
  return { site, list };
}

const LIST_OPTIONAL = ['columns', 'items', 'drive', 'contentTypes'];

const expandsColumns = (req: GraphRequest): boolean =>
  (req.query.get('$expand') ?? req.query.get('expand') ?? '')
    .split(',')
    .some((e) => e.trim().startsWith('columns'));

export const listLists =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    const site = siteFromParams(ctx, p);
    requireSite(ctx.store, req.principal, site, 'read');
    return ok(
      collection(
        ctx.store.lists
          .listAll(site.site.id)
          .map((l) => selectFrom(req, listView(ctx, l), 'list', LIST_OPTIONAL)),
      ),
    );
  };

export const getList =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    const { list } = listFromParams(ctx, req, p, 'read');
    return ok(
      selectFrom(
        req,
        listView(ctx, list, expandsColumns(req) ? ctx.store.lists.columns(list.id) : undefined),
        'list',
        LIST_OPTIONAL,
      ),
    );
  };

/** POST /sites/{site}/lists: 201, or 409 nameAlreadyExists. */
export const createList =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    const site = siteFromParams(ctx, p);
    requireSite(ctx.store, req.principal, site, 'manage');
    const body = bodyObject(req);
    const list = ctx.store.tx(() => {
      const l = ctx.store.lists.create(site.site.id, site.site.webUrl, body, actorOf(req));
      for (const c of ctx.store.lists.columns(l.id)) if (c.lookup) checkLookupTarget(ctx, site, c);
      // The configured admin settings (see EmulatorOptions.listPolicies) bind a list from its creation.
      const group = site.groupId ? ctx.store.directory.findGroup(site.groupId) : undefined;
      const policy = group
        ? ctx.store.listPolicies.ruleFor(group.mailNickname, l.displayName)
        : undefined;
      if (policy) ctx.store.listPolicies.set(l.id, policy);
      return l;
    });
    return created(listView(ctx, list));
  };

function checkLookupTarget(ctx: RouteContext, site: SiteRecord, c: ColumnDefinition): void {
  const target = ctx.store.lists.findById(c.lookup?.listId ?? '');
  if (!target || target.parentReference.siteId !== site.site.id) {
    throw badRequest(
      `Column '${c.name}': the lookup list '${c.lookup?.listId}' does not exist on this site.`,
    );
  }
}

export const deleteList =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    const { list } = listFromParams(ctx, req, p, 'manage');
    ctx.store.tx(() => ctx.store.lists.delete(list.id));
    return noContent();
  };

export const listColumns =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    const { list } = listFromParams(ctx, req, p, 'read');
    return ok(
      collection(
        ctx.store.lists
          .columns(list.id)
          .map((c) => selectFrom(req, c, 'columnDefinition', COLUMN_TYPES)),
      ),
    );
  };

export const getColumn =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    const { list } = listFromParams(ctx, req, p, 'read');
    const column = ctx.store.lists
      .columns(list.id)
      .find((c) => c.id === p.columnId || c.name === p.columnId);
    if (!column) throw notFound('Column not found');
    return ok(selectFrom(req, column, 'columnDefinition', COLUMN_TYPES));
  };

export const createColumn =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    const { site, list } = listFromParams(ctx, req, p, 'manage');
    const def = parseColumnDefinition(bodyObject(req));
    const column = ctx.store.tx(() => {
      const c = ctx.store.lists.addColumn(list.id, def);
      if (c.lookup) checkLookupTarget(ctx, site, c);
      // SharePoint refuses a new required column only in the UI; Graph accepts it (items keep no value).
      return c;
    });
    return created(column);
  };

const PATCHABLE = new Set([
  'displayName',
  'description',
  'indexed',
  'hidden',
  'required',
  'enforceUniqueValues',
]);

/** PATCH a column: the flags and names; the type facet cannot change (strict). */
export const updateColumn =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    const { list } = listFromParams(ctx, req, p, 'manage');
    const column = ctx.store.lists
      .columns(list.id)
      .find((c) => c.id === p.columnId || c.name === p.columnId);
    if (!column) throw notFound('Column not found');
    if (column.readOnly && column.name !== 'ID')
      throw badRequest(`Column '${column.name}' is read-only.`);
    const body = bodyObject(req);
    const next: ColumnDefinition = { ...column };
    for (const [key, value] of Object.entries(body)) {
      if (!PATCHABLE.has(key)) throw badRequest(`Property '${key}' cannot be updated on a column.`);
      if (key === 'displayName' || key === 'description') {
        if (typeof value !== 'string') throw badRequest(`Property '${key}' must be a string.`);
        next[key] = value;
      } else {
        if (typeof value !== 'boolean') throw badRequest(`Property '${key}' must be a boolean.`);
        next[key as 'indexed' | 'hidden' | 'required' | 'enforceUniqueValues'] = value;
      }
    }
    if (next.text?.allowMultipleLines && next.indexed)
      throw badRequest(`Column '${column.name}': multiple lines of text cannot be indexed.`);
    ctx.store.tx(() => ctx.store.lists.saveColumn(list.id, next));
    return ok(next);
  };
