import { GraphHttpError, accessDenied } from './errors.js';
import type { Principal } from './http/types.js';
import type { EmulatorStore } from './store/store.js';
import type { SiteRecord } from './store/sites.js';

/** What a principal may do on a site. `manage` = create lists and columns. */
export type SiteLevel = 'none' | 'read' | 'write' | 'manage';
const RANK: Record<SiteLevel, number> = { none: 0, read: 1, write: 2, manage: 3 };

const hasAny = (p: Principal, roles: string[]): boolean =>
  p.kind === 'app' && roles.some((r) => p.roles.includes(r));

/**
 * App-only: the Sites.* roles decide (Read → read, ReadWrite → items and files, Manage and
 * FullControl → lists and columns too); Files.*.All grant the drive only (`forDrive`).
 * Delegated: on a group's site, owners and members write and manage; everyone in the tenant reads
 * a Public group's site, nobody else a Private one. On the tenant root site users read only
 * (strictest plausible: a municipality's intranet home is not writable by staff). A channel's own
 * site (private/shared channel) is for the channel's members only.
 */
export function siteLevel(
  store: EmulatorStore,
  principal: Principal,
  site: SiteRecord,
  forDrive = false,
): SiteLevel {
  if (principal.kind === 'app') {
    if (hasAny(principal, ['Sites.FullControl.All', 'Sites.Manage.All'])) return 'manage';
    if (hasAny(principal, ['Sites.ReadWrite.All'])) return 'write';
    if (forDrive && hasAny(principal, ['Files.ReadWrite.All'])) return 'write';
    if (
      hasAny(principal, ['Sites.Read.All']) ||
      (forDrive && hasAny(principal, ['Files.Read.All']))
    )
      return 'read';
    if (hasAny(principal, ['Sites.Selected'])) return selectedLevel(store, principal.clientId, site);
    return 'none';
  }
  const userId = principal.userId;
  if (site.channelKey) return store.channelMembership(site.channelKey, userId) ? 'manage' : 'none';
  if (site.groupId) {
    if (store.directory.belongsTo(site.groupId, userId)) return 'manage';
    const group = store.directory.findGroup(site.groupId);
    if (group?.visibility === 'Public') return 'read';
    return group && hasReadGrant(store, userId, group.mailNickname) ? 'read' : 'none';
  }
  return 'read';
}

const SELECTED_LEVEL: Record<string, SiteLevel> = {
  read: 'read',
  write: 'write',
  manage: 'manage',
  fullcontrol: 'manage',
};

/**
 * `Sites.Selected`: only what a site's permissions (`POST /sites/{id}/permissions`) grant this
 * app; a site without a grant is as closed as for an app without any Sites role (403).
 */
function selectedLevel(store: EmulatorStore, clientId: string, site: SiteRecord): SiteLevel {
  let best: SiteLevel = 'none';
  for (const role of store.sitePermissions.rolesOf(site.site.id, clientId)) {
    const level = SELECTED_LEVEL[role] ?? 'none';
    if (RANK[level] > RANK[best]) best = level;
  }
  return best;
}

/**
 * Reading and creating a site's permissions: Graph asks `Sites.FullControl.All` of apps and of
 * delegated callers alike. Delegated emulator tokens carry no scopes, so users are refused
 * (strictest plausible: granting apps is an administrator's act).
 */
export function requireSitePermissionAdmin(principal: Principal): void {
  if (hasAny(principal, ['Sites.FullControl.All'])) return;
  throw accessDenied(
    'Either scp or roles claim need to be present in the token with sufficient permissions.',
  );
}

/**
 * A private group's site is readable beyond its members only through the site's read grants (the
 * admin's Visitors group): the user by UPN, or a group they belong to (member or owner).
 */
function hasReadGrant(store: EmulatorStore, userId: string, siteGroupMailNickname: string): boolean {
  const readers = store.listPolicies.siteReaders(siteGroupMailNickname);
  if (readers.length === 0) return false;
  const upn = store.directory.getUser(userId).userPrincipalName.toLowerCase();
  return readers.some((reader) => {
    if (reader.includes('@')) return reader.toLowerCase() === upn;
    const group = store.directory.findGroupByMailNickname(reader);
    return group !== undefined && store.directory.belongsTo(group.id, userId);
  });
}

const DENIED =
  'Access denied. You do not have permission to perform this action or access this resource.';

/** Throws 403 accessDenied unless the principal has at least `need` on the site. */
export function requireSite(
  store: EmulatorStore,
  principal: Principal,
  site: SiteRecord,
  need: Exclude<SiteLevel, 'none'>,
  forDrive = false,
): void {
  const level = siteLevel(store, principal, site, forDrive);
  if (RANK[level] >= RANK[need]) return;
  if (level === 'none' && principal.kind === 'user') {
    // SharePoint hides what you cannot read: Graph answers 403 accessDenied for the site.
    throw accessDenied(DENIED);
  }
  throw accessDenied(
    principal.kind === 'app'
      ? 'Either scp or roles claim need to be present in the token with sufficient permissions.'
      : DENIED,
  );
}

/** What a user does to a list item (reads are not governed by write policies). */
export type ItemWrite = 'create' | 'update' | 'delete';

/**
 * Owners of what the site belongs to: the group's owners, or a channel site's channel owners.
 * SharePoint gives them Full Control, which includes Manage Lists, so list policies do not bind them.
 */
function ownsSite(store: EmulatorStore, userId: string, site: SiteRecord): boolean {
  if (site.channelKey)
    return store.channelMembership(site.channelKey, userId)?.roles.includes('owner') ?? false;
  return site.groupId !== null && store.directory.hasRole(site.groupId, userId, 'owner');
}

/**
 * Throws 403 accessDenied when the list's write policy refuses the user's item write (after
 * `requireSite(..., 'write')` allowed it for the site). App-only identities are never bound:
 * SharePoint's list permissions and item-level settings do not apply to Sites.*.All roles.
 * `author` is the item's creator for update and delete.
 */
export function requireItemWrite(
  store: EmulatorStore,
  principal: Principal,
  site: SiteRecord,
  listId: string,
  write: ItemWrite,
  author?: string,
): void {
  if (principal.kind === 'app') return;
  const policy = store.listPolicies.get(listId);
  if (policy.writers === 'members' && policy.writeSecurity === 'all') return;
  if (ownsSite(store, principal.userId, site)) return;
  const ownItem = write === 'create' || author === principal.userId;
  if (policy.writers === 'owners' || (policy.writeSecurity === 'own' && !ownItem)) {
    throw accessDenied(DENIED);
  }
}

const insufficient = () =>
  new GraphHttpError(
    403,
    'Authorization_RequestDenied',
    'Insufficient privileges to complete the operation.',
  );

const DIRECTORY_READ = [
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];
const GROUP_READ = [
  'Group.Read.All',
  'Group.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
  'GroupMember.Read.All',
  'GroupMember.ReadWrite.All',
];
const GROUP_WRITE = ['Group.ReadWrite.All', 'Directory.ReadWrite.All'];
const MEMBER_WRITE = [...GROUP_WRITE, 'GroupMember.ReadWrite.All'];

/** App-only tokens need a role to read users; delegated users read the directory. */
export function requireUserRead(principal: Principal): void {
  if (principal.kind === 'app' && !hasAny(principal, DIRECTORY_READ)) throw insufficient();
}

export function requireGroupRead(principal: Principal): void {
  if (principal.kind === 'app' && !hasAny(principal, GROUP_READ)) throw insufficient();
}

/** Creating groups: delegated users may (tenant default); apps need Group.ReadWrite.All. */
export function requireGroupCreate(principal: Principal): void {
  if (principal.kind === 'app' && !hasAny(principal, GROUP_WRITE)) throw insufficient();
}

/** Changing members/owners: apps need a role; delegated users must own the group. */
export function requireMemberWrite(
  store: EmulatorStore,
  principal: Principal,
  groupId: string,
): void {
  if (principal.kind === 'app') {
    if (!hasAny(principal, MEMBER_WRITE)) throw insufficient();
    return;
  }
  if (!store.directory.hasRole(groupId, principal.userId, 'owner')) throw insufficient();
}

export { hasAny };
