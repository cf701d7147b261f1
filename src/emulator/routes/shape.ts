import { badRequest } from '../errors.js';
import type { GraphRequest, GraphResponse } from '../http/types.js';
import type { EmulatorStore } from '../store/store.js';

/** A query option by name, with or without the `$` prefix (Graph v1.0 accepts both). */
export function option(req: GraphRequest, name: string): string | undefined {
  return req.query.get(`$${name}`) ?? req.query.get(name) ?? undefined;
}

export const ok = (body: unknown, headers?: Record<string, string>): GraphResponse => ({ status: 200, body, headers });
export const created = (body: unknown, headers?: Record<string, string>): GraphResponse => ({ status: 201, body, headers });
export const noContent = (): GraphResponse => ({ status: 204 });

/** The JSON body as an object, or 400. */
export function bodyObject(req: GraphRequest): Record<string, unknown> {
  const body = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('The request body must be a JSON object.', 'BadRequest');
  }
  return body as Record<string, unknown>;
}

/** A $select list, validated against the properties of the type; 400 names an unknown one. */
export function selectProperties(req: GraphRequest, known: readonly string[], typeName: string): string[] | undefined {
  const select = option(req, 'select');
  if (select === undefined) return undefined;
  const names = select.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) {
    if (!known.includes(n)) throw badRequest(`Could not find a property named '${n}' on type 'microsoft.graph.${typeName}'.`, 'BadRequest');
  }
  return names;
}

/** Picks properties (always keeping `id`, as Graph does). */
export function pick<T extends object>(obj: T, names: string[] | undefined, defaults?: readonly string[]): Partial<T> {
  const keys = names ?? defaults;
  if (!keys) return obj;
  const out: Record<string, unknown> = {};
  const src = obj as Record<string, unknown>;
  for (const k of keys) out[k] = src[k] ?? null;
  if (!('id' in out) && names === undefined) out.id = src.id;
  return out as Partial<T>;
}

/**
 * `$select` on a resource we answer whole: keeps the selected properties, annotations and
 * `expanded` navigation properties;
 * a name that is neither present nor in `optional` is a 400, as Graph answers.
 */
export function selectFrom<T extends object>(
  req: GraphRequest,
  obj: T,
  typeName: string,
  optional: readonly string[] = [],
  expanded: readonly string[] = [],
): Partial<T> {
  const select = option(req, 'select');
  if (select === undefined) return obj;
  const src = obj as Record<string, unknown>;
  const names = selectProperties(req, [...Object.keys(src), ...optional], typeName) ?? [];
  const out: Record<string, unknown> = {};
  // Expanded navigation properties come along whatever $select says (OData).
  for (const [k, v] of Object.entries(src)) if (k.startsWith('@odata.') || names.includes(k) || expanded.includes(k)) out[k] = v;
  return out as Partial<T>;
}

/** The identitySet of an actor (`app:<clientId>`, a user id or `system`). */
export function identitySet(store: EmulatorStore, actor: string): Record<string, unknown> {
  if (actor.startsWith('app:')) {
    const id = actor.slice(4);
    return { application: { id, displayName: id }, user: { displayName: 'SharePoint App' } };
  }
  const user = store.directory.findUser(actor);
  if (!user) return { user: { displayName: 'System Account' } };
  return { user: { id: user.id, displayName: user.displayName, email: user.mail } };
}

/** The actor id stored as author/editor for the calling principal. */
export const actorOf = (req: GraphRequest): string =>
  req.principal.kind === 'user' ? req.principal.userId : `app:${req.principal.clientId}`;

/** A collection response with an optional nextLink. */
export const collection = (value: unknown[], extra: Record<string, unknown> = {}) => ({ value, ...extra });
