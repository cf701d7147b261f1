import { GraphHttpError, badRequest } from '../errors.js';
import type { GraphRequest, Handler, RouteContext } from '../http/types.js';
import { parseFilter, FilterSyntaxError, type FilterNode } from '../odata/filter.js';
import { requireGroupCreate, requireGroupRead, requireMemberWrite } from '../permissions.js';
import type { Group, GroupRole } from '../store/directory.js';
import { actorOf, bodyObject, collection, created, noContent, ok, option, pick, selectProperties } from './shape.js';
import { userView } from './users.js';

const GROUP_PROPERTIES = [
  'id', 'createdDateTime', 'description', 'displayName', 'groupTypes', 'mail', 'mailEnabled', 'mailNickname',
  'securityEnabled', 'visibility', 'resourceProvisioningOptions',
] as const;

export const groupView = (req: GraphRequest, g: Group) => ({
  '@odata.type': '#microsoft.graph.group',
  ...pick(g, selectProperties(req, GROUP_PROPERTIES, 'group')),
});

/** `https://graph.microsoft.com/v1.0/users/{id}` or `.../directoryObjects/{id}` → id. */
function idFromBind(ref: unknown): string {
  if (typeof ref !== 'string') throw badRequest('Invalid object identifier in @odata.bind.', 'Request_BadRequest');
  const m = /\/(?:users|directoryObjects|groups)(?:\/|\(')([^/'()]+)'?\)?$/.exec(ref);
  if (!m?.[1]) throw badRequest(`Invalid object identifier '${ref}'.`, 'Request_BadRequest');
  return m[1];
}

const MAIL_NICKNAME = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]{1,64}$/;

function bindList(ctx: RouteContext, body: Record<string, unknown>, key: string): string[] {
  const refs = body[key] ?? [];
  if (!Array.isArray(refs)) throw badRequest(`Property '${key}' must be an array.`, 'Request_BadRequest');
  return refs.map((r) => ctx.store.directory.getUser(idFromBind(r)).id);
}

/** POST /groups: Microsoft 365 (Unified) or security group; a Unified group gets its team site. */
export const createGroup = (ctx: RouteContext): Handler => (req) => {
  requireGroupCreate(req.principal);
  const body = bodyObject(req);
  for (const key of ['displayName', 'mailNickname']) {
    if (typeof body[key] !== 'string' || body[key] === '') throw badRequest(`Property '${key}' is required.`, 'Request_BadRequest');
  }
  for (const key of ['mailEnabled', 'securityEnabled']) {
    if (typeof body[key] !== 'boolean') throw badRequest(`Property '${key}' is required and must be a boolean.`, 'Request_BadRequest');
  }
  const mailNickname = body.mailNickname as string;
  if (!MAIL_NICKNAME.test(mailNickname)) throw badRequest(`Invalid value specified for property 'mailNickname' of resource 'Group'.`, 'Request_BadRequest');
  const groupTypes = body.groupTypes ?? [];
  if (!Array.isArray(groupTypes) || !groupTypes.every((t) => t === 'Unified' || t === 'DynamicMembership')) {
    throw badRequest("Invalid value specified for property 'groupTypes'.", 'Request_BadRequest');
  }
  const unified = groupTypes.includes('Unified');
  const visibility = body.visibility ?? (unified ? 'Public' : null);
  if (visibility !== null && visibility !== 'Public' && visibility !== 'Private' && visibility !== 'HiddenMembership') {
    throw badRequest("Invalid value specified for property 'visibility'.", 'Request_BadRequest');
  }
  const owners = bindList(ctx, body, 'owners@odata.bind');
  const members = bindList(ctx, body, 'members@odata.bind');
  // Documented limit: up to 20 owners and members combined in the create request.
  if (owners.length + members.length > 20) throw badRequest('At most 20 owners and members can be added when creating a group.', 'Request_BadRequest');
  // Documented: with delegated permissions and no owners given, the caller becomes owner.
  if (owners.length === 0 && req.principal.kind === 'user') owners.push(req.principal.userId);
  const group = ctx.store.tx(() => {
    const g = ctx.store.directory.createGroup(
      {
        displayName: body.displayName as string,
        description: typeof body.description === 'string' ? body.description : null,
        groupTypes: groupTypes as string[],
        mailEnabled: body.mailEnabled as boolean,
        mailNickname,
        securityEnabled: body.securityEnabled as boolean,
        visibility: visibility as Group['visibility'],
      },
      owners,
      members,
    );
    if (unified) {
      const host = ctx.tenantHost;
      ctx.store.sites.create(
        { host, path: ctx.store.sites.freePath(host, mailNickname), displayName: g.displayName, description: g.description ?? '', groupId: g.id },
        actorOf(req),
      );
    }
    return g;
  });
  return created(groupView(req, group));
};

/** Supported $filter on groups: eq on displayName / mailNickname / mail, joined by and/or. */
function groupPredicate(expr: string): (g: Group) => boolean {
  let ast: FilterNode;
  try {
    ast = parseFilter(expr);
  } catch (e) {
    throw badRequest(e instanceof FilterSyntaxError ? `Invalid filter clause: ${e.message}` : 'Invalid filter clause', 'BadRequest');
  }
  const build = (node: FilterNode): ((g: Group) => boolean) => {
    switch (node.kind) {
      case 'and': {
        const [l, r] = [build(node.left), build(node.right)];
        return (g) => l(g) && r(g);
      }
      case 'or': {
        const [l, r] = [build(node.left), build(node.right)];
        return (g) => l(g) || r(g);
      }
      case 'not':
        throw new GraphHttpError(400, 'Request_UnsupportedQuery', 'Unsupported query.');
      case 'startswith':
      case 'compare': {
        if (!['displayName', 'mailNickname', 'mail'].includes(node.path)) {
          throw new GraphHttpError(400, 'Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified for property '${node.path}' of resource 'Group'.`);
        }
        const key = node.path as 'displayName' | 'mailNickname' | 'mail';
        if (node.kind === 'startswith') return (g) => (g[key] ?? '').toLowerCase().startsWith(node.value.toLowerCase());
        if (node.op !== 'eq' || node.value.type !== 'string') throw new GraphHttpError(400, 'Request_UnsupportedQuery', 'Unsupported query.');
        const v = node.value.value.toLowerCase();
        return (g) => (g[key] ?? '').toLowerCase() === v;
      }
    }
  };
  return build(ast);
}

export const listGroups = (ctx: RouteContext): Handler => (req) => {
  requireGroupRead(req.principal);
  const filter = option(req, 'filter');
  const pred = filter === undefined ? () => true : groupPredicate(filter);
  return ok(collection(ctx.store.directory.listGroups().filter(pred).map((g) => groupView(req, g))));
};

export const getGroup = (ctx: RouteContext): Handler => (req, p) => {
  requireGroupRead(req.principal);
  return ok(groupView(req, ctx.store.directory.getGroup(p.groupId ?? '')));
};

const PATCHABLE = ['displayName', 'description', 'visibility'] as const;

/**
 * PATCH /groups/{id}: 204. The emulator changes displayName, description and visibility (Public ↔
 * Private, documented as updatable; HiddenMembership only at creation); other properties 501.
 * Apps need Group.ReadWrite.All; delegated users must own the group (as for members).
 */
export const updateGroup = (ctx: RouteContext): Handler => (req, p) => {
  const group = ctx.store.directory.getGroup(p.groupId ?? '');
  requireMemberWrite(ctx.store, req.principal, group.id);
  const body = bodyObject(req);
  for (const key of Object.keys(body)) {
    if (!(PATCHABLE as readonly string[]).includes(key)) {
      throw new GraphHttpError(501, 'notImplemented', `Updating '${key}' of a group is not implemented by the emulator.`);
    }
  }
  if (body.visibility !== undefined && body.visibility !== 'Public' && body.visibility !== 'Private') {
    throw badRequest("Invalid value specified for property 'visibility'.", 'Request_BadRequest');
  }
  for (const key of ['displayName', 'description'] as const) {
    if (body[key] !== undefined && (typeof body[key] !== 'string' || body[key] === '')) {
      throw badRequest(`Invalid value specified for property '${key}'.`, 'Request_BadRequest');
    }
  }
  const updated: Group = {
    ...group,
    ...(typeof body.displayName === 'string' ? { displayName: body.displayName } : {}),
    ...(typeof body.description === 'string' ? { description: body.description } : {}),
    ...(body.visibility ? { visibility: body.visibility as Group['visibility'] } : {}),
  };
  ctx.store.tx(() => ctx.store.directory.saveGroup(updated));
  return noContent();
};

const roleOf = (req: GraphRequest): GroupRole => (req.segments[2] === 'owners' ? 'owner' : 'member');

export const listMembers = (ctx: RouteContext): Handler => (req, p) => {
  requireGroupRead(req.principal);
  const group = ctx.store.directory.getGroup(p.groupId ?? '');
  const users = ctx.store.directory.memberIds(group.id, roleOf(req)).map((id) => ctx.store.directory.getUser(id));
  return ok(collection(users.map((u) => ({ '@odata.type': '#microsoft.graph.user', ...userView(req, u) }))));
};

/** POST /groups/{id}/members/$ref (and owners): 204, or 400 when already there. */
export const addMemberRef = (ctx: RouteContext): Handler => (req, p) => {
  const group = ctx.store.directory.getGroup(p.groupId ?? '');
  requireMemberWrite(ctx.store, req.principal, group.id);
  const user = ctx.store.directory.getUser(idFromBind(bodyObject(req)['@odata.id']));
  ctx.store.tx(() => ctx.store.directory.addToGroup(group.id, user.id, roleOf(req)));
  return noContent();
};

export const removeMemberRef = (ctx: RouteContext): Handler => (req, p) => {
  const group = ctx.store.directory.getGroup(p.groupId ?? '');
  requireMemberWrite(ctx.store, req.principal, group.id);
  const role = roleOf(req);
  // Graph refuses to remove the last owner of a group.
  if (role === 'owner' && ctx.store.directory.memberIds(group.id, 'owner').length === 1 && ctx.store.directory.hasRole(group.id, p.userId ?? '', 'owner')) {
    throw badRequest('The group must have at least one owner, hence this owner cannot be removed.', 'Request_BadRequest');
  }
  ctx.store.tx(() => ctx.store.directory.removeFromGroup(group.id, p.userId ?? '', role));
  return noContent();
};
