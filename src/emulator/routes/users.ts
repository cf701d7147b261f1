import { badRequest } from '../errors.js';
import type { GraphRequest, Handler, RouteContext } from '../http/types.js';
import { requireUserRead } from '../permissions.js';
import type { User } from '../store/directory.js';
import { groupView } from './groups.js';
import { collection, ok, pick, selectProperties } from './shape.js';

/** Graph v1.0 returns only these user properties unless $select asks for others. */
export const USER_DEFAULT_PROPERTIES = [
  'businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation',
  'preferredLanguage', 'surname', 'userPrincipalName', 'id',
] as const;
const USER_PROPERTIES = [...USER_DEFAULT_PROPERTIES, 'department'];

const userView = (req: GraphRequest, user: User) =>
  pick(user, selectProperties(req, USER_PROPERTIES, 'user'), USER_DEFAULT_PROPERTIES);

/** The signed-in user; app-only tokens get Graph's 400. */
export function meId(req: GraphRequest): string {
  if (req.principal.kind !== 'user') throw badRequest('/me request is only valid with delegated authentication flow.', 'BadRequest');
  return req.principal.userId;
}

/** `users/{id}` or `me`: the user id, or 404. */
function targetUser(ctx: RouteContext, req: GraphRequest, idOrUpn: string | undefined): User {
  if (idOrUpn === undefined) return ctx.store.directory.getUser(meId(req));
  requireUserRead(req.principal);
  return ctx.store.directory.getUser(idOrUpn);
}

export const getMe = (ctx: RouteContext): Handler => (req) => ok(userView(req, targetUser(ctx, req, undefined)));

export const getUser = (ctx: RouteContext): Handler => (req, p) => ok(userView(req, targetUser(ctx, req, p.userId)));

export const listUsers = (ctx: RouteContext): Handler => (req) => {
  requireUserRead(req.principal);
  return ok(collection(ctx.store.directory.listUsers().map((u) => userView(req, u))));
};

/** memberOf: the groups the user is a member of (directoryObject collection). */
export const listMemberOf = (ctx: RouteContext): Handler => (req, p) => {
  const user = targetUser(ctx, req, p.userId);
  return ok(collection(ctx.store.directory.groupsOf(user.id).map((g) => groupView(req, g))));
};

/** ownedObjects (user-list-ownedobjects.md): the directory objects the user owns; here groups. */
export const listOwnedObjects = (ctx: RouteContext): Handler => (req, p) => {
  const user = targetUser(ctx, req, p.userId);
  return ok(collection(ctx.store.directory.groupsOwnedBy(user.id).map((g) => groupView(req, g))));
};

export { userView };
