import { badRequest } from '../errors.js';
import type { GraphRequest, Handler, RouteContext } from '../http/types.js';
import { decodeToken, encodeToken } from '../ids.js';
import { QuerySyntaxError, parseExpand, parseTop } from '../odata/query.js';
import type { ColumnDefinition } from '../store/columns.js';
import { applyFieldWrite, type FieldResolvers, type FieldValues } from '../store/fields.js';
import { itemETag, type ItemRecord } from '../store/items.js';
import type { List } from '../store/lists.js';
import type { SiteRecord } from '../store/sites.js';
import { requireItemWrite } from '../permissions.js';
import { HONOR_NON_INDEXED, compareKeys, compileItemQuery } from './items-query.js';
import { listFromParams } from './sites.js';
import {
  actorOf,
  bodyObject,
  collection,
  created,
  identitySet,
  noContent,
  ok,
  option,
  selectFrom,
} from './shape.js';

/** Default page size of list items (Graph answers 200 per page). */
export const DEFAULT_ITEM_PAGE = 200;

const syntax = <T>(fn: () => T): T => {
  try {
    return fn();
  } catch (e) {
    if (e instanceof QuerySyntaxError) throw badRequest(e.message);
    throw e;
  }
};

/** The fieldValueSet of an item: SharePoint's built-ins plus the stored values (empty omitted). */
export function fieldsView(ctx: RouteContext, item: ItemRecord): Record<string, unknown> {
  const title = item.fields.Title;
  const lookup = (actor: string) => String(ctx.store.directory.lookupIdOf(actor));
  return {
    '@odata.etag': itemETag(item),
    id: String(item.id),
    ContentType: 'Item',
    ...(title !== undefined ? { Title: title, LinkTitle: title, LinkTitleNoMenu: title } : {}),
    Modified: item.modified,
    Created: item.created,
    AuthorLookupId: lookup(item.author),
    EditorLookupId: lookup(item.editor),
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
    Edit: '',
    ItemChildCount: '0',
    FolderChildCount: '0',
    ...item.fields,
  };
}

/** `$select` inside fields: only known names (400 otherwise); `@odata.etag` always comes along. */
function selectFields(
  all: Record<string, unknown>,
  select: string[] | undefined,
  columns: ColumnDefinition[],
): Record<string, unknown> {
  if (!select) return all;
  const out: Record<string, unknown> = { '@odata.etag': all['@odata.etag'] };
  for (const name of select) {
    const known =
      name in all || columns.some((c) => c.name === name || `${c.name}LookupId` === name);
    if (!known)
      throw badRequest(
        `Column '${name}' does not exist. It may have been deleted by another user.`,
      );
    if (all[name] !== undefined) out[name] = all[name];
  }
  return out;
}

interface ItemShape {
  fields: boolean;
  fieldSelect?: string[];
}

function itemShape(req: GraphRequest): ItemShape {
  const expand = option(req, 'expand');
  if (expand === undefined) return { fields: false };
  const entries = syntax(() => parseExpand(expand));
  const fields = entries.find((e) => e.name === 'fields');
  for (const e of entries)
    if (e.name !== 'fields')
      throw badRequest(`Expanding '${e.name}' on listItem is not supported.`);
  return fields ? { fields: true, fieldSelect: fields.select } : { fields: false };
}

/** A listItem as Graph returns it. */
export function itemView(
  ctx: RouteContext,
  site: SiteRecord,
  list: List,
  item: ItemRecord,
  shape: ItemShape,
  columns: ColumnDefinition[],
): Record<string, unknown> {
  const etag = itemETag(item);
  return {
    '@odata.etag': etag,
    createdDateTime: item.created,
    eTag: etag,
    id: String(item.id),
    lastModifiedDateTime: item.modified,
    webUrl: `${list.webUrl}/${item.id}_.000`,
    createdBy: identitySet(ctx.store, item.author),
    lastModifiedBy: identitySet(ctx.store, item.editor),
    parentReference: { id: list.id, siteId: site.site.id },
    contentType: { id: '0x0100', name: 'Item' },
    ...(shape.fields
      ? { fields: selectFields(fieldsView(ctx, item), shape.fieldSelect, columns) }
      : {}),
  };
}

function resolvers(ctx: RouteContext): FieldResolvers {
  return {
    userExists: (id) => ctx.store.directory.userByLookupId(id) !== undefined,
    lookupItemExists: (listId, itemId) => ctx.store.items.find(listId, itemId) !== undefined,
  };
}

/** SharePoint's enforceUniqueValues: refuse a value another item already has. */
function checkUnique(
  ctx: RouteContext,
  list: List,
  columns: ColumnDefinition[],
  fields: FieldValues,
  selfId: number | undefined,
): void {
  const unique = columns.filter((c) => c.enforceUniqueValues);
  if (unique.length === 0) return;
  for (const other of ctx.store.items.all(list.id)) {
    if (other.id === selfId) continue;
    for (const c of unique) {
      const v = fields[c.name];
      if (v !== undefined && other.fields[c.name] === v) {
        throw badRequest(
          `The list item could not be added or updated because duplicate values were found in the field '${c.name}'.`,
        );
      }
    }
  }
}

const ifMatch = (req: GraphRequest) => req.headers['if-match'];

export const createItem =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    const { site, list } = listFromParams(ctx, req, p, 'write');
    requireItemWrite(ctx.store, req.principal, site, list.id, 'create');
    const body = bodyObject(req);
    for (const key of Object.keys(body)) {
      if (key !== 'fields' && !key.startsWith('@odata.'))
        throw badRequest(`Property '${key}' cannot be set when creating a listItem.`);
    }
    const columns = ctx.store.lists.columns(list.id);
    const item = ctx.store.tx(() => {
      const fields = applyFieldWrite(columns, body.fields ?? {}, undefined, resolvers(ctx));
      checkUnique(ctx, list, columns, fields, undefined);
      const id = ctx.store.lists.nextItemId(list.id);
      return ctx.store.items.create(list.id, id, fields, actorOf(req));
    });
    return created(itemView(ctx, site, list, item, { fields: true }, columns), {
      ETag: itemETag(item),
    });
  };

export const getItem =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    const { site, list } = listFromParams(ctx, req, p, 'read');
    const item = ctx.store.items.get(list.id, p.itemId ?? '');
    const columns = ctx.store.lists.columns(list.id);
    return ok(
      selectFrom(
        req,
        itemView(ctx, site, list, item, itemShape(req), columns),
        'listItem',
        ['fields'],
        ['fields'],
      ),
      { ETag: itemETag(item) },
    );
  };

export const getItemFields =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    const { list } = listFromParams(ctx, req, p, 'read');
    const item = ctx.store.items.get(list.id, p.itemId ?? '');
    const select = option(req, 'select')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return ok(selectFields(fieldsView(ctx, item), select, ctx.store.lists.columns(list.id)), {
      ETag: itemETag(item),
    });
  };

/**
 * Applies a fields write under If-Match, in one transaction. The list's write policy is checked
 * before the eTag: a user who may not edit the item learns nothing about its version.
 */
function writeFields(
  ctx: RouteContext,
  req: GraphRequest,
  site: SiteRecord,
  list: List,
  itemId: string,
  input: unknown,
): ItemRecord {
  const columns = ctx.store.lists.columns(list.id);
  return ctx.store.tx(() => {
    const item = ctx.store.items.get(list.id, itemId);
    requireItemWrite(ctx.store, req.principal, site, list.id, 'update', item.author);
    ctx.store.items.checkIfMatch(item, ifMatch(req));
    const fields = applyFieldWrite(columns, input, item.fields, resolvers(ctx));
    checkUnique(ctx, list, columns, fields, item.id);
    return ctx.store.items.update(item, fields, actorOf(req));
  });
}

/** PATCH .../items/{id}/fields → 200 with the updated fieldValueSet. */
export const updateItemFields =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    const { site, list } = listFromParams(ctx, req, p, 'write');
    const item = writeFields(ctx, req, site, list, p.itemId ?? '', bodyObject(req));
    return ok(fieldsView(ctx, item), { ETag: itemETag(item) });
  };

/** PATCH .../items/{id} with `{fields:{...}}` → 200 listItem. */
export const updateItem =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    const { site, list } = listFromParams(ctx, req, p, 'write');
    const body = bodyObject(req);
    for (const key of Object.keys(body)) {
      if (key !== 'fields' && !key.startsWith('@odata.'))
        throw badRequest(`Property '${key}' of listItem cannot be updated.`);
    }
    const item = writeFields(ctx, req, site, list, p.itemId ?? '', body.fields ?? {});
    return ok(itemView(ctx, site, list, item, { fields: true }, ctx.store.lists.columns(list.id)), {
      ETag: itemETag(item),
    });
  };

export const deleteItem =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    const { site, list } = listFromParams(ctx, req, p, 'write');
    ctx.store.tx(() => {
      const item = ctx.store.items.get(list.id, p.itemId ?? '');
      requireItemWrite(ctx.store, req.principal, site, list.id, 'delete', item.author);
      ctx.store.items.checkIfMatch(item, ifMatch(req));
      ctx.store.items.delete(item);
    });
    return noContent();
  };

export const listItemVersions =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    const { list } = listFromParams(ctx, req, p, 'read');
    const item = ctx.store.items.get(list.id, p.itemId ?? '');
    const versions = ctx.store.items.versions(list.id, item.id).map((v) => ({
      id: `${v.version}.0`,
      lastModifiedDateTime: v.modified,
      lastModifiedBy: identitySet(ctx.store, v.editor),
      fields: fieldsView(ctx, {
        ...item,
        version: v.version,
        modified: v.modified,
        editor: v.editor,
        fields: v.fields,
      }),
    }));
    return ok(collection(versions));
  };

interface PageToken {
  k: (string | number | boolean | null)[];
}
const isPageToken = (v: unknown): v is PageToken =>
  typeof v === 'object' && v !== null && Array.isArray((v as PageToken).k);

/** The URL of this request with one query parameter replaced (for next and delta links). */
function linkWith(
  ctx: RouteContext,
  req: GraphRequest,
  name: string,
  value: string,
  drop: string[] = [],
): string {
  const q = new URLSearchParams(req.query);
  for (const d of [name, ...drop]) q.delete(d);
  q.set(name, value);
  // Graph writes OData options with a literal `$` (`$skiptoken=`), not `%24`.
  return `${ctx.baseUrl()}/${req.segments.map(encodeURIComponent).join('/')}?${q.toString().replace(/%24/g, '$')}`;
}

/** GET .../items: $filter, $orderby, $top, $expand=fields(...), paging with an opaque $skiptoken. */
export const listItems =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    const { site, list } = listFromParams(ctx, req, p, 'read');
    const columns = ctx.store.lists.columns(list.id);
    const shape = itemShape(req);
    const top = syntax(() => parseTop(option(req, 'top'), DEFAULT_ITEM_PAGE));
    const honor = (req.headers.prefer ?? '').split(',').some((s) => s.trim() === HONOR_NON_INDEXED);
    const query = compileItemQuery(
      columns,
      option(req, 'filter'),
      option(req, 'orderby'),
      honor,
      (a) => ctx.store.directory.lookupIdOf(a),
    );
    const skip = req.query.get('$skiptoken') ?? undefined;
    const after = skip === undefined ? undefined : decodeToken(skip, isPageToken);
    if (skip !== undefined && !after) throw badRequest('The $skiptoken is invalid.');
    let items = ctx.store.items.all(list.id);
    if (query.filter) items = items.filter(query.filter);
    const keyed = items.map((i) => ({ item: i, key: query.key(i) }));
    keyed.sort((a, b) => compareKeys(a.key, b.key, query.directions));
    const lastKey = after?.k.map((v) => (v === null ? undefined : v));
    const rest = lastKey
      ? keyed.filter((e) => compareKeys(e.key, lastKey, query.directions) > 0)
      : keyed;
    const page = rest.slice(0, top);
    const body: Record<string, unknown> = {
      value: page.map((e) =>
        selectFrom(
          req,
          itemView(ctx, site, list, e.item, shape, columns),
          'listItem',
          ['fields'],
          ['fields'],
        ),
      ),
    };
    const last = page[page.length - 1];
    if (rest.length > top && last) {
      body['@odata.nextLink'] = linkWith(
        ctx,
        req,
        '$skiptoken',
        encodeToken({ k: last.key.map((v) => v ?? null) }),
      );
    }
    return ok(body);
  };

interface DeltaToken {
  /** Changes after `since` … */
  since: number;
  /** … up to `upTo` (snapshot of the change sequence when enumeration began). */
  upTo: number;
  /** Position within the enumeration (last sequence returned). */
  after: number;
  /** true while enumerating (nextLink), false in a deltaLink. */
  paging: boolean;
}
const isDeltaToken = (v: unknown): v is DeltaToken =>
  typeof v === 'object' &&
  v !== null &&
  ['since', 'upTo', 'after'].every((k) => typeof (v as Record<string, unknown>)[k] === 'number');

/** GET .../items/delta: full enumeration, then changes and tombstones since the deltaLink. */
export const itemsDelta =
  (ctx: RouteContext): Handler =>
  (req, p) => {
    const { site, list } = listFromParams(ctx, req, p, 'read');
    const columns = ctx.store.lists.columns(list.id);
    const shape = itemShape(req);
    const top = syntax(() => parseTop(option(req, 'top'), DEFAULT_ITEM_PAGE));
    const tokenText = req.query.get('token') ?? undefined;
    const now = ctx.store.items.currentSeq();
    if (tokenText === 'latest') {
      return ok({
        value: [],
        '@odata.deltaLink': linkWith(
          ctx,
          req,
          'token',
          encodeToken({ since: now, upTo: now, after: now, paging: false }),
        ),
      });
    }
    let token: DeltaToken;
    if (tokenText === undefined) token = { since: 0, upTo: now, after: 0, paging: true };
    else {
      const decoded = decodeToken(tokenText, isDeltaToken);
      if (!decoded) throw badRequest('The delta token is invalid.');
      token = decoded.paging
        ? decoded
        : { since: decoded.since, upTo: now, after: decoded.since, paging: true };
    }
    const entries = ctx.store.items.deltaPage(
      list.id,
      token.after,
      token.upTo,
      token.since > 0,
      top + 1,
    );
    const page = entries.slice(0, top);
    const value = page.map((e) => {
      const item = e.deleted ? undefined : ctx.store.items.find(list.id, e.itemId);
      if (!item) {
        return {
          id: String(e.itemId),
          parentReference: { siteId: site.site.id },
          contentType: { id: '0x0100', name: 'Item' },
          deleted: { state: 'deleted' },
        };
      }
      return itemView(ctx, site, list, item, shape, columns);
    });
    const lastSeq = page[page.length - 1]?.seq ?? token.after;
    const body: Record<string, unknown> = { value };
    if (entries.length > top) {
      body['@odata.nextLink'] = linkWith(
        ctx,
        req,
        'token',
        encodeToken({ ...token, after: lastSeq }),
      );
    } else {
      body['@odata.deltaLink'] = linkWith(
        ctx,
        req,
        'token',
        encodeToken({ since: token.upTo, upTo: token.upTo, after: token.upTo, paging: false }),
      );
    }
    return ok(body);
  };
