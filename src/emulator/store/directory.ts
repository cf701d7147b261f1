import { transaction, type Db } from './db.js';
import type { DirectorySeed } from '../directory-seed.js';
import { GraphHttpError, directoryObjectNotFound } from '../errors.js';
import { isoNow, newGuid } from '../ids.js';

/** A user as Graph returns it (all stored properties). */
export interface User {
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  mail: string;
  userPrincipalName: string;
  jobTitle: string | null;
  department: string | null;
  preferredLanguage: string;
  businessPhones: string[];
  mobilePhone: string | null;
  officeLocation: string | null;
}

/** A Microsoft 365 or security group as Graph returns it. */
export interface Group {
  id: string;
  createdDateTime: string;
  description: string | null;
  displayName: string;
  groupTypes: string[];
  mail: string | null;
  mailEnabled: boolean;
  mailNickname: string;
  securityEnabled: boolean;
  visibility: 'Public' | 'Private' | 'HiddenMembership' | null;
  resourceProvisioningOptions: string[];
}

export type GroupRole = 'owner' | 'member';

/** The lookup id SharePoint gives the "SharePoint App" identity (app-only writes). */
export const APP_LOOKUP_ID = 1073741822;

/** Users, groups and memberships (Entra ID's part of Graph). */
export class DirectoryStore {
  constructor(
    private readonly db: Db,
    readonly mailDomain: string,
  ) {}

  /** Creates the seed's users that do not exist yet (matched by UPN). */
  seed(seed: DirectorySeed): void {
    const exists = this.db.prepare('SELECT 1 FROM users WHERE upn = ?');
    const insert = this.db.prepare('INSERT INTO users (id, upn, lookup_id, json) VALUES (?, ?, ?, ?)');
    const nextLookup = this.db.prepare('SELECT COALESCE(MAX(lookup_id), 6) + 1 AS n FROM users');
    transaction(this.db, () => {
      for (const u of seed.users) {
        if (exists.get(u.userPrincipalName)) continue;
        const user: User = {
          id: newGuid(),
          displayName: u.displayName,
          givenName: u.givenName,
          surname: u.surname,
          mail: u.userPrincipalName,
          userPrincipalName: u.userPrincipalName,
          jobTitle: u.jobTitle,
          department: u.department,
          preferredLanguage: 'sv-SE',
          businessPhones: [],
          mobilePhone: null,
          officeLocation: null,
        };
        const { n } = nextLookup.get() as { n: number };
        insert.run(user.id, user.userPrincipalName, n, JSON.stringify(user));
      }
    });
  }

  listUsers(): User[] {
    return (this.db.prepare('SELECT json FROM users ORDER BY upn').all() as { json: string }[]).map(
      (r) => JSON.parse(r.json) as User,
    );
  }

  /** By object id or userPrincipalName (Graph accepts both). */
  findUser(idOrUpn: string): User | undefined {
    const row = this.db.prepare('SELECT json FROM users WHERE id = ? OR upn = ?').get(idOrUpn, idOrUpn) as
      | { json: string }
      | undefined;
    return row ? (JSON.parse(row.json) as User) : undefined;
  }

  getUser(idOrUpn: string): User {
    const user = this.findUser(idOrUpn);
    if (!user) throw directoryObjectNotFound(idOrUpn);
    return user;
  }

  /** The SharePoint user-info lookup id (AuthorLookupId etc.). */
  lookupIdOf(userId: string): number {
    const row = this.db.prepare('SELECT lookup_id FROM users WHERE id = ?').get(userId) as
      | { lookup_id: number }
      | undefined;
    return row?.lookup_id ?? APP_LOOKUP_ID;
  }

  userByLookupId(lookupId: number): User | undefined {
    const row = this.db.prepare('SELECT json FROM users WHERE lookup_id = ?').get(lookupId) as
      | { json: string }
      | undefined;
    return row ? (JSON.parse(row.json) as User) : undefined;
  }

  createGroup(
    input: Omit<Group, 'id' | 'createdDateTime' | 'mail' | 'resourceProvisioningOptions'>,
    owners: string[],
    members: string[],
  ): Group {
    const group: Group = {
      ...input,
      id: newGuid(),
      createdDateTime: isoNow(),
      mail: input.mailEnabled ? `${input.mailNickname}@${this.mailDomain}` : null,
      resourceProvisioningOptions: [],
    };
    if (this.db.prepare('SELECT 1 FROM groups WHERE mail_nickname = ?').get(group.mailNickname)) {
      throw new GraphHttpError(
        400,
        'Request_BadRequest',
        'Another object with the same value for property mailNickname already exists.',
      );
    }
    this.db
      .prepare('INSERT INTO groups (id, mail_nickname, display_name, json) VALUES (?, ?, ?, ?)')
      .run(group.id, group.mailNickname, group.displayName, JSON.stringify(group));
    const add = this.db.prepare('INSERT OR IGNORE INTO group_members (group_id, user_id, role) VALUES (?, ?, ?)');
    for (const id of owners) add.run(group.id, id, 'owner');
    for (const id of members) add.run(group.id, id, 'member');
    return group;
  }

  saveGroup(group: Group): void {
    this.db.prepare('UPDATE groups SET json = ?, display_name = ? WHERE id = ?').run(
      JSON.stringify(group),
      group.displayName,
      group.id,
    );
  }

  listGroups(): Group[] {
    return (this.db.prepare('SELECT json FROM groups ORDER BY rowid').all() as { json: string }[]).map(
      (r) => JSON.parse(r.json) as Group,
    );
  }

  findGroup(id: string): Group | undefined {
    const row = this.db.prepare('SELECT json FROM groups WHERE id = ?').get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as Group) : undefined;
  }

  /** The group with the mailNickname (case-insensitive, as Exchange compares them). */
  findGroupByMailNickname(mailNickname: string): Group | undefined {
    const row = this.db
      .prepare('SELECT json FROM groups WHERE lower(mail_nickname) = lower(?)')
      .get(mailNickname) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as Group) : undefined;
  }

  getGroup(id: string): Group {
    const group = this.findGroup(id);
    if (!group) throw directoryObjectNotFound(id);
    return group;
  }

  /** User ids with the role in the group, in the order they were added. */
  memberIds(groupId: string, role: GroupRole): string[] {
    return (
      this.db
        .prepare('SELECT user_id FROM group_members WHERE group_id = ? AND role = ? ORDER BY rowid')
        .all(groupId, role) as { user_id: string }[]
    ).map((r) => r.user_id);
  }

  hasRole(groupId: string, userId: string, role: GroupRole): boolean {
    return !!this.db
      .prepare('SELECT 1 FROM group_members WHERE group_id = ? AND user_id = ? AND role = ?')
      .get(groupId, userId, role);
  }

  /** Owner or member. */
  belongsTo(groupId: string, userId: string): boolean {
    return !!this.db.prepare('SELECT 1 FROM group_members WHERE group_id = ? AND user_id = ?').get(groupId, userId);
  }

  /** Adds a member or owner: Graph answers 400 when the reference already exists. */
  addToGroup(groupId: string, userId: string, role: GroupRole): void {
    if (this.hasRole(groupId, userId, role)) {
      const property = role === 'owner' ? 'owners' : 'members';
      throw new GraphHttpError(
        400,
        'Request_BadRequest',
        `One or more added object references already exist for the following modified properties: '${property}'.`,
      );
    }
    this.db.prepare('INSERT INTO group_members (group_id, user_id, role) VALUES (?, ?, ?)').run(groupId, userId, role);
  }

  removeFromGroup(groupId: string, userId: string, role: GroupRole): void {
    const info = this.db
      .prepare('DELETE FROM group_members WHERE group_id = ? AND user_id = ? AND role = ?')
      .run(groupId, userId, role);
    if (info.changes === 0) throw directoryObjectNotFound(userId);
  }

  /** Groups the user owns (Graph's ownedObjects, groups only: the emulator has no app objects). */
  groupsOwnedBy(userId: string): Group[] {
    return (
      this.db
        .prepare(
          `SELECT g.json FROM groups g JOIN group_members m ON m.group_id = g.id
           WHERE m.user_id = ? AND m.role = 'owner' ORDER BY g.rowid`,
        )
        .all(userId) as { json: string }[]
    ).map((r) => JSON.parse(r.json) as Group);
  }

  /** Groups where the user is a member (Graph's memberOf: members, not owners). */
  groupsOf(userId: string): Group[] {
    return (
      this.db
        .prepare(
          `SELECT g.json FROM groups g JOIN group_members m ON m.group_id = g.id
           WHERE m.user_id = ? AND m.role = 'member' ORDER BY g.rowid`,
        )
        .all(userId) as { json: string }[]
    ).map((r) => JSON.parse(r.json) as Group);
  }
}
