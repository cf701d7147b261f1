import { GraphHttpError, badRequest, notFound } from '../errors.js';
import type { GraphRequest, Handler, Principal, RouteContext } from '../http/types.js';
import { hasAny } from '../permissions.js';
import type { Group } from '../store/directory.js';
import { membershipId, userOfMembership, type ChannelRecord, type MembershipType, type TeamRecord } from '../store/teams.js';
import { driveItemView } from './drives.js';
import { meId } from './users.js';
import { actorOf, bodyObject, collection, created, noContent, ok, selectFrom } from './shape.js';
import { EMULATOR_TENANT_ID } from '../identity/api-tokens.js';

const forbidden = (message = 'Forbidden') => new GraphHttpError(403, 'Forbidden', message);

const ROLES = {
  teamCreate: ['Team.Create', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'],
  teamRead: ['Team.ReadBasic.All', 'TeamSettings.Read.All', 'TeamSettings.ReadWrite.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All', 'TeamMember.Read.All', 'TeamMember.ReadWrite.All'],
  teamMemberWrite: ['TeamMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'],
  channelCreate: ['Channel.Create', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'],
  channelRead: ['Channel.ReadBasic.All', 'ChannelSettings.Read.All', 'ChannelSettings.ReadWrite.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  channelMemberRead: ['ChannelMember.Read.All', 'ChannelMember.ReadWrite.All'],
  channelMemberWrite: ['ChannelMember.ReadWrite.All'],
  messageRead: ['ChannelMessage.Read.All'],
};

/** App-only: one of the roles; delegated: the given check. */
function allow(principal: Principal, roles: string[], delegated: (userId: string) => boolean): void {
  if (principal.kind === 'app' ? !hasAny(principal, roles) : !delegated(principal.userId)) throw forbidden();
}

const tenantId = EMULATOR_TENANT_ID;

function teamView(team: TeamRecord, group: Group) {
  return {
    id: team.id,
    createdDateTime: team.createdDateTime,
    displayName: group.displayName,
    description: group.description,
    internalId: team.internalId,
    classification: null,
    specialization: 'none',
    visibility: (group.visibility ?? 'Public').toLowerCase(),
    webUrl: `https://teams.microsoft.com/l/team/${encodeURIComponent(team.internalId)}/conversations?groupId=${team.id}&tenantId=${tenantId}`,
    isArchived: false,
    tenantId,
    memberSettings: { allowCreateUpdateChannels: true, allowCreatePrivateChannels: true, allowDeleteChannels: true, allowAddRemoveApps: true },
    guestSettings: { allowCreateUpdateChannels: false, allowDeleteChannels: false },
    messagingSettings: { allowUserEditMessages: true, allowUserDeleteMessages: true },
  };
}

function channelView(channel: ChannelRecord) {
  return {
    id: channel.id,
    createdDateTime: channel.createdDateTime,
    displayName: channel.displayName,
    description: channel.description,
    isFavoriteByDefault: null,
    email: '',
    tenantId,
    webUrl: `https://teams.microsoft.com/l/channel/${encodeURIComponent(channel.id)}/${encodeURIComponent(channel.displayName)}?groupId=${channel.teamId}&tenantId=${tenantId}`,
    membershipType: channel.membershipType,
  };
}

const channelKey = (c: ChannelRecord) => `${c.teamId}/${c.id}`;

/** `.../users('id')`, `.../users/id` → user id (404 if unknown). */
function boundUser(ctx: RouteContext, ref: unknown): string {
  const m = typeof ref === 'string' ? /\/users(?:\('([^']+)'\)|\/([^/]+))$/.exec(ref) : null;
  const id = m?.[1] ?? m?.[2];
  if (!id) throw badRequest("Invalid 'user@odata.bind' value.", 'BadRequest');
  return ctx.store.directory.getUser(id).id;
}

interface MemberInput {
  userId: string;
  owner: boolean;
}

/** An aadUserConversationMember from a request body. */
function memberInput(ctx: RouteContext, raw: unknown): MemberInput {
  if (typeof raw !== 'object' || raw === null) throw badRequest('A member must be an object.', 'BadRequest');
  const m = raw as Record<string, unknown>;
  if (m['@odata.type'] !== '#microsoft.graph.aadUserConversationMember') {
    throw badRequest("A member needs '@odata.type': '#microsoft.graph.aadUserConversationMember'.", 'BadRequest');
  }
  const roles = m.roles ?? [];
  if (!Array.isArray(roles) || !roles.every((r) => r === 'owner' || r === 'member' || r === 'guest')) throw badRequest('Invalid roles.', 'BadRequest');
  return { userId: boundUser(ctx, m['user@odata.bind']), owner: roles.includes('owner') };
}

function memberView(ctx: RouteContext, scope: string, userId: string, roles: string[]) {
  const user = ctx.store.directory.getUser(userId);
  return {
    '@odata.type': '#microsoft.graph.aadUserConversationMember',
    id: membershipId(scope, userId),
    roles,
    displayName: user.displayName,
    visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
    userId: user.id,
    email: user.mail,
    tenantId,
  };
}

function teamOf(ctx: RouteContext, req: GraphRequest, teamId: string, roles: string[] = ROLES.teamRead): { team: TeamRecord; group: Group } {
  const team = ctx.store.teams.getTeam(teamId);
  allow(req.principal, roles, (u) => ctx.store.directory.belongsTo(team.id, u));
  return { team, group: ctx.store.directory.getGroup(team.id) };
}

/** Can the user see this channel? Standard: team members; private/shared: channel members. */
function seesChannel(ctx: RouteContext, userId: string, channel: ChannelRecord): boolean {
  if (channel.membershipType === 'standard') return ctx.store.directory.belongsTo(channel.teamId, userId);
  return ctx.store.channelMembership(channelKey(channel), userId) !== undefined;
}

function channelOf(ctx: RouteContext, req: GraphRequest, teamId: string, channelId: string, roles = ROLES.channelRead): ChannelRecord {
  const team = ctx.store.teams.getTeam(teamId);
  const channel = ctx.store.teams.getChannel(team.id, channelId);
  allow(req.principal, roles, (u) => seesChannel(ctx, u, channel));
  return channel;
}

const TEMPLATE = /^https:\/\/graph\.microsoft\.com\/v1\.0\/teamsTemplates\('standard'\)$/;

/** POST /teams: from an existing group or with displayName + members; 202 with an operation. */
export const createTeam = (ctx: RouteContext): Handler => (req) => {
  allow(req.principal, ROLES.teamCreate, () => true);
  const body = bodyObject(req);
  if (typeof body['template@odata.bind'] !== 'string' || !TEMPLATE.test(body['template@odata.bind'])) {
    throw badRequest("'template@odata.bind' must be https://graph.microsoft.com/v1.0/teamsTemplates('standard').", 'BadRequest');
  }
  const members = Array.isArray(body.members) ? body.members.map((m) => memberInput(ctx, m)) : [];
  const result = ctx.store.tx(() => {
    let group: Group;
    if (typeof body['group@odata.bind'] === 'string') {
      const m = /\/groups(?:\('([^']+)'\)|\/([^/]+))$/.exec(body['group@odata.bind']);
      group = ctx.store.directory.getGroup(m?.[1] ?? m?.[2] ?? '');
      if (!group.groupTypes.includes('Unified')) throw badRequest('Only Microsoft 365 groups can have a team.', 'BadRequest');
      // A team needs an owner: Graph refuses groups without one.
      if (ctx.store.directory.memberIds(group.id, 'owner').length === 0) throw badRequest('The group has no owner; a team requires one.', 'BadRequest');
      if (req.principal.kind === 'user' && !ctx.store.directory.hasRole(group.id, req.principal.userId, 'owner')) throw forbidden();
    } else {
      if (typeof body.displayName !== 'string' || body.displayName.trim() === '') throw badRequest("Property 'displayName' is required.", 'BadRequest');
      const owners = members.filter((m) => m.owner).map((m) => m.userId);
      // Documented: with application permissions an owner must be given in members.
      if (req.principal.kind === 'app' && owners.length === 0) throw badRequest('A team created with application permissions needs an owner in members.', 'BadRequest');
      if (req.principal.kind === 'user' && !owners.includes(req.principal.userId)) owners.push(req.principal.userId);
      const visibility = body.visibility === 'private' ? 'Private' : body.visibility === undefined || body.visibility === 'public' ? 'Public' : null;
      if (!visibility) throw badRequest("Invalid value for 'visibility'.", 'BadRequest');
      const base = body.displayName.replace(/[^A-Za-z0-9]/g, '').slice(0, 40) || 'team';
      let nick = base;
      for (let n = 2; ctx.store.directory.listGroups().some((g) => g.mailNickname.toLowerCase() === nick.toLowerCase()); n += 1) nick = `${base}${n}`;
      group = ctx.store.directory.createGroup(
        { displayName: body.displayName, description: typeof body.description === 'string' ? body.description : null, groupTypes: ['Unified'], mailEnabled: true, mailNickname: nick, securityEnabled: false, visibility },
        owners,
        [...new Set([...owners, ...members.map((m) => m.userId)])],
      );
      ctx.store.sites.create({ host: ctx.tenantHost, path: ctx.store.sites.freePath(ctx.tenantHost, nick), displayName: group.displayName, groupId: group.id }, actorOf(req));
    }
    const team = ctx.store.teams.createTeam(group.id);
    ctx.store.directory.saveGroup({ ...group, resourceProvisioningOptions: ['Team'] });
    return { team, op: ctx.store.teams.createOperation(team.id, 'team', team.id) };
  });
  return {
    status: 202,
    headers: {
      Location: `/teams('${result.team.id}')/operations('${result.op.id}')`,
      'Content-Location': `/teams('${result.team.id}')`,
    },
  };
};

/** GET /teams/{id}/operations/{opId}: inProgress for the first polls, then succeeded. */
export const getOperation = (ctx: RouteContext): Handler => (req, p) => {
  allow(req.principal, ROLES.teamRead, (u) => ctx.store.directory.belongsTo(p.teamId ?? '', u));
  const op = ctx.store.teams.pollOperation(p.teamId ?? '', p.operationId ?? '');
  const succeeded = op.polls > ctx.teamsOperationPolls;
  if (succeeded) {
    ctx.store.tx(() => {
      const team = ctx.store.teams.findTeam(op.teamId, true);
      if (team && op.targetType === 'team') ctx.store.teams.saveTeam({ ...team, ready: true });
      if (op.targetType === 'channel') {
        const channel = ctx.store.db.prepare('SELECT json FROM channels WHERE id = ?').get(op.targetId) as { json: string } | undefined;
        if (channel) ctx.store.teams.saveChannel({ ...(JSON.parse(channel.json) as ChannelRecord), ready: true });
      }
    });
  }
  const target = op.targetType === 'team' ? `/teams('${op.teamId}')` : `/teams('${op.teamId}')/channels('${op.targetId}')`;
  return ok({
    id: op.id,
    operationType: op.operationType,
    createdDateTime: op.createdDateTime,
    status: succeeded ? 'succeeded' : 'inProgress',
    lastActionDateTime: op.createdDateTime,
    attemptsCount: 1,
    targetResourceId: op.targetId,
    targetResourceLocation: target,
    error: null,
  });
};

export const getTeam = (ctx: RouteContext): Handler => (req, p) => {
  const { team, group } = teamOf(ctx, req, p.teamId ?? '');
  return ok(selectFrom(req, teamView(team, group), 'team'));
};

/** GET /me/joinedTeams and /users/{id}/joinedTeams. */
export const listJoinedTeams = (ctx: RouteContext): Handler => (req, p) => {
  const userId = p.userId === undefined ? meId(req) : ctx.store.directory.getUser(p.userId).id;
  if (req.principal.kind === 'app') allow(req.principal, ROLES.teamRead, () => false);
  else if (req.principal.userId !== userId) throw forbidden();
  const teams = ctx.store.teams.allTeams().filter((t) => ctx.store.directory.belongsTo(t.id, userId));
  return ok(collection(teams.map((t) => selectFrom(req, teamView(t, ctx.store.directory.getGroup(t.id)), 'team'))));
};

const teamRoles = (ctx: RouteContext, teamId: string, userId: string): string[] =>
  ctx.store.directory.hasRole(teamId, userId, 'owner') ? ['owner'] : [];

function teamMemberIds(ctx: RouteContext, teamId: string): string[] {
  return [...new Set([...ctx.store.directory.memberIds(teamId, 'owner'), ...ctx.store.directory.memberIds(teamId, 'member')])];
}

export const listTeamMembers = (ctx: RouteContext): Handler => (req, p) => {
  const { team } = teamOf(ctx, req, p.teamId ?? '');
  return ok(collection(teamMemberIds(ctx, team.id).map((u) => memberView(ctx, team.id, u, teamRoles(ctx, team.id, u)))));
};

/** Adds a user to the team (group member; owners also group owners). Idempotent. */
function addTeamMember(ctx: RouteContext, teamId: string, m: MemberInput): void {
  if (!ctx.store.directory.hasRole(teamId, m.userId, 'member')) ctx.store.directory.addToGroup(teamId, m.userId, 'member');
  if (m.owner && !ctx.store.directory.hasRole(teamId, m.userId, 'owner')) ctx.store.directory.addToGroup(teamId, m.userId, 'owner');
}

const canManageTeam = (ctx: RouteContext, teamId: string) => (u: string) => ctx.store.directory.hasRole(teamId, u, 'owner');

export const addTeamMemberRoute = (ctx: RouteContext): Handler => (req, p) => {
  const { team } = teamOf(ctx, req, p.teamId ?? '', ROLES.teamMemberWrite);
  allow(req.principal, ROLES.teamMemberWrite, canManageTeam(ctx, team.id));
  const m = memberInput(ctx, bodyObject(req));
  if (teamMemberIds(ctx, team.id).includes(m.userId)) throw new GraphHttpError(409, 'Conflict', 'The user is already a member of the team.');
  ctx.store.tx(() => addTeamMember(ctx, team.id, m));
  return created(memberView(ctx, team.id, m.userId, teamRoles(ctx, team.id, m.userId)));
};

export const removeTeamMember = (ctx: RouteContext): Handler => (req, p) => {
  const { team } = teamOf(ctx, req, p.teamId ?? '', ROLES.teamMemberWrite);
  allow(req.principal, ROLES.teamMemberWrite, canManageTeam(ctx, team.id));
  const userId = userOfMembership(team.id, p.membershipId ?? '');
  if (!userId || !teamMemberIds(ctx, team.id).includes(userId)) throw notFound('Member not found', 'NotFound');
  const owners = ctx.store.directory.memberIds(team.id, 'owner');
  if (owners.length === 1 && owners[0] === userId) throw badRequest('The last owner of a team cannot be removed.', 'BadRequest');
  ctx.store.tx(() => {
    for (const role of ['member', 'owner'] as const) {
      if (ctx.store.directory.hasRole(team.id, userId, role)) ctx.store.directory.removeFromGroup(team.id, userId, role);
    }
  });
  return noContent();
};

/** Bulk add (`members/add`): 200 when all succeed, 207 with per-member errors otherwise. */
function bulkAdd(ctx: RouteContext, req: GraphRequest, add: (m: MemberInput) => void) {
  const values = bodyObject(req).values;
  if (!Array.isArray(values) || values.length === 0) throw badRequest("Property 'values' must be a non-empty array.", 'BadRequest');
  // Documented limit of the bulk add action.
  if (values.length > 200) throw badRequest('At most 200 members can be added at once.', 'BadRequest');
  const results = values.map((raw) => {
    const bound = (raw as Record<string, unknown> | null)?.['user@odata.bind'];
    const userIdText = typeof bound === 'string' ? (/\/users(?:\('([^']+)'\)|\/([^/]+))$/.exec(bound)?.slice(1).find(Boolean) ?? null) : null;
    try {
      const m = memberInput(ctx, raw);
      ctx.store.tx(() => add(m));
      return { '@odata.type': '#microsoft.graph.aadUserConversationMemberResult', userId: m.userId, error: null };
    } catch (e) {
      const err = e instanceof GraphHttpError ? e : new GraphHttpError(500, 'generalException', String(e));
      return { '@odata.type': '#microsoft.graph.aadUserConversationMemberResult', userId: userIdText, error: { code: err.code, message: err.message } };
    }
  });
  return { status: results.some((r) => r.error) ? 207 : 200, body: collection(results) };
}

export const bulkAddTeamMembers = (ctx: RouteContext): Handler => (req, p) => {
  const { team } = teamOf(ctx, req, p.teamId ?? '', ROLES.teamMemberWrite);
  allow(req.principal, ROLES.teamMemberWrite, canManageTeam(ctx, team.id));
  return bulkAdd(ctx, req, (m) => addTeamMember(ctx, team.id, m));
};

const CHANNEL_NAME = /^[^~#%&*{}+/\\:<>?|'"]{1,50}$/;

/** POST /teams/{id}/channels: standard → 201; private → 201 with its own site; shared → 202 + operation. */
export const createChannel = (ctx: RouteContext): Handler => (req, p) => {
  const { team, group } = teamOf(ctx, req, p.teamId ?? '', ROLES.channelCreate);
  const body = bodyObject(req);
  const name = body.displayName;
  if (typeof name !== 'string' || !CHANNEL_NAME.test(name) || /^[_.]/.test(name) || name.trim() !== name) {
    throw badRequest("Invalid channel 'displayName'.", 'BadRequest');
  }
  const type = (body.membershipType ?? 'standard') as MembershipType;
  if (!['standard', 'private', 'shared'].includes(type)) throw badRequest("Invalid 'membershipType'.", 'BadRequest');
  const members = Array.isArray(body.members) ? body.members.map((m) => memberInput(ctx, m)) : [];
  if (type === 'standard' && members.length > 0) throw badRequest('Members cannot be given for a standard channel.', 'BadRequest');
  if (type !== 'standard') {
    const owners = members.filter((m) => m.owner);
    // Documented: a private or shared channel is created with exactly one owner in members.
    if (owners.length !== 1) throw badRequest(`A ${type} channel must be created with exactly one owner in 'members'.`, 'BadRequest');
    for (const m of members) {
      if (type === 'private' && !ctx.store.directory.belongsTo(team.id, m.userId)) throw badRequest('Members of a private channel must be members of the team.', 'BadRequest');
    }
  }
  const channel = ctx.store.tx(() => {
    const c = ctx.store.teams.createChannel(team.id, name, typeof body.description === 'string' ? body.description : null, type, type !== 'shared');
    if (type !== 'standard') {
      for (const m of members) ctx.store.teams.addChannelMember(channelKey(c), m.userId, m.owner ? ['owner'] : []);
      const path = ctx.store.sites.freePath(ctx.tenantHost, `${group.mailNickname}-${name}`);
      const site = ctx.store.sites.create({ host: ctx.tenantHost, path, displayName: `${group.displayName} - ${name}`, channelKey: channelKey(c), groupId: group.id }, actorOf(req));
      const drive = ctx.store.drives.drivesOfSite(site.site.id)[0];
      if (drive) ctx.store.drives.createFolder(ctx.store.drives.getItem(drive.id, drive.rootId), name, 'replace', actorOf(req));
    }
    return c;
  });
  if (type === 'shared') {
    const op = ctx.store.tx(() => ctx.store.teams.createOperation(team.id, 'channel', channel.id));
    return {
      status: 202,
      headers: { Location: `/teams('${team.id}')/operations('${op.id}')`, 'Content-Location': `/teams('${team.id}')/channels('${channel.id}')` },
    };
  }
  return created(channelView(channel));
};

export const listChannels = (ctx: RouteContext): Handler => (req, p) => {
  const { team } = teamOf(ctx, req, p.teamId ?? '', ROLES.channelRead);
  const principal = req.principal;
  const visible = ctx.store.teams.channels(team.id).filter((c) => principal.kind === 'app' || seesChannel(ctx, principal.userId, c));
  return ok(collection(visible.map((c) => selectFrom(req, channelView(c), 'channel'))));
};

export const getChannel = (ctx: RouteContext): Handler => (req, p) =>
  ok(selectFrom(req, channelView(channelOf(ctx, req, p.teamId ?? '', p.channelId ?? '')), 'channel'));

function channelMemberViews(ctx: RouteContext, channel: ChannelRecord) {
  if (channel.membershipType === 'standard') {
    return teamMemberIds(ctx, channel.teamId).map((u) => memberView(ctx, channel.teamId, u, teamRoles(ctx, channel.teamId, u)));
  }
  return ctx.store.teams.channelMembers(channelKey(channel)).map((m) => memberView(ctx, channelKey(channel), m.userId, m.roles));
}

export const listChannelMembers = (ctx: RouteContext): Handler => (req, p) => {
  const channel = channelOf(ctx, req, p.teamId ?? '', p.channelId ?? '', ROLES.channelMemberRead);
  return ok(collection(channelMemberViews(ctx, channel)));
};

/** Private/shared channels only; owners of the channel (or apps with ChannelMember.ReadWrite.All) manage members. */
function managedChannel(ctx: RouteContext, req: GraphRequest, p: Record<string, string>): ChannelRecord {
  const channel = channelOf(ctx, req, p.teamId ?? '', p.channelId ?? '', ROLES.channelMemberWrite);
  if (channel.membershipType === 'standard') throw badRequest('Members of a standard channel are the members of the team.', 'BadRequest');
  allow(req.principal, ROLES.channelMemberWrite, (u) => ctx.store.channelMembership(channelKey(channel), u)?.roles.includes('owner') ?? false);
  return channel;
}

function addChannelMember(ctx: RouteContext, channel: ChannelRecord, m: MemberInput): void {
  if (channel.membershipType === 'private' && !ctx.store.directory.belongsTo(channel.teamId, m.userId)) {
    throw badRequest('Members of a private channel must be members of the team.', 'BadRequest');
  }
  ctx.store.teams.addChannelMember(channelKey(channel), m.userId, m.owner ? ['owner'] : []);
}

export const addChannelMemberRoute = (ctx: RouteContext): Handler => (req, p) => {
  const channel = managedChannel(ctx, req, p);
  const m = memberInput(ctx, bodyObject(req));
  ctx.store.tx(() => addChannelMember(ctx, channel, m));
  return created(memberView(ctx, channelKey(channel), m.userId, m.owner ? ['owner'] : []));
};

export const bulkAddChannelMembers = (ctx: RouteContext): Handler => (req, p) => {
  const channel = managedChannel(ctx, req, p);
  return bulkAdd(ctx, req, (m) => {
    if (!ctx.store.channelMembership(channelKey(channel), m.userId)) addChannelMember(ctx, channel, m);
  });
};

export const removeChannelMember = (ctx: RouteContext): Handler => (req, p) => {
  const channel = managedChannel(ctx, req, p);
  const key = channelKey(channel);
  const members = ctx.store.teams.channelMembers(key);
  const target = members.find((m) => m.id === p.membershipId);
  if (!target) throw notFound('Member not found', 'NotFound');
  if (target.roles.includes('owner') && members.filter((m) => m.roles.includes('owner')).length === 1) {
    throw badRequest('The last owner of a channel cannot be removed.', 'BadRequest');
  }
  ctx.store.tx(() => ctx.store.teams.removeChannelMember(key, target.id));
  return noContent();
};

/** GET filesFolder: the channel's folder in the team drive (standard) or in its own site (private/shared). */
export const getFilesFolder = (ctx: RouteContext): Handler => (req, p) => {
  const channel = channelOf(ctx, req, p.teamId ?? '', p.channelId ?? '', [...ROLES.channelRead, 'Files.Read.All', 'Files.ReadWrite.All', 'Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All']);
  const site = channel.membershipType === 'standard' ? ctx.store.sites.findByGroup(channel.teamId) : ctx.store.sites.findByChannel(channelKey(channel));
  const drive = site ? ctx.store.drives.drivesOfSite(site.site.id)[0] : undefined;
  if (!site || !drive) throw notFound('The channel has no files folder.', 'NotFound');
  const root = ctx.store.drives.getItem(drive.id, drive.rootId);
  // Teams provisions a standard channel's folder lazily; do the same on first access.
  const folder = ctx.store.drives.child(root, channel.displayName) ?? ctx.store.tx(() => ctx.store.drives.createFolder(root, channel.displayName, 'replace', actorOf(req)));
  return ok(driveItemView(ctx, site, folder));
};

/** POST messages: delegated only (application permissions are for migration, not supported). */
export const postMessage = (ctx: RouteContext): Handler => (req, p) => {
  if (req.principal.kind === 'app') throw forbidden('Sending messages to channels with application permissions is only supported for migration.');
  const channel = channelOf(ctx, req, p.teamId ?? '', p.channelId ?? '');
  const body = bodyObject(req);
  const content = (body.body as Record<string, unknown> | undefined)?.content;
  const contentType = (body.body as Record<string, unknown> | undefined)?.contentType ?? 'text';
  if (typeof content !== 'string' || content === '') throw badRequest("Property 'body.content' is required.", 'BadRequest');
  if (contentType !== 'text' && contentType !== 'html') throw badRequest("Invalid 'body.contentType'.", 'BadRequest');
  const message = {
    id: String(Date.now()) + String(Math.floor(Math.random() * 1000)).padStart(3, '0'),
    createdDateTime: new Date().toISOString(),
    from: req.principal.userId,
    subject: typeof body.subject === 'string' ? body.subject : null,
    body: { contentType: contentType as 'text' | 'html', content },
  };
  ctx.store.tx(() => ctx.store.teams.addMessage(channelKey(channel), message));
  return created(messageView(ctx, channel, message));
};

function messageView(ctx: RouteContext, channel: ChannelRecord, m: { id: string; createdDateTime: string; from: string; subject: string | null; body: unknown }) {
  const user = ctx.store.directory.findUser(m.from);
  return {
    id: m.id,
    replyToId: null,
    etag: m.id,
    messageType: 'message',
    createdDateTime: m.createdDateTime,
    lastModifiedDateTime: m.createdDateTime,
    deletedDateTime: null,
    subject: m.subject,
    importance: 'normal',
    locale: 'en-us',
    webUrl: `https://teams.microsoft.com/l/message/${encodeURIComponent(channel.id)}/${m.id}?groupId=${channel.teamId}&tenantId=${tenantId}`,
    from: { application: null, device: null, user: { id: user?.id, displayName: user?.displayName, userIdentityType: 'aadUser', tenantId } },
    body: m.body,
    channelIdentity: { teamId: channel.teamId, channelId: channel.id },
    attachments: [],
    mentions: [],
    reactions: [],
  };
}

export const listMessages = (ctx: RouteContext): Handler => (req, p) => {
  const channel = channelOf(ctx, req, p.teamId ?? '', p.channelId ?? '', ROLES.messageRead);
  return ok(collection(ctx.store.teams.messages(channelKey(channel)).map((m) => messageView(ctx, channel, m))));
};
