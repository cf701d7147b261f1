import type { Db } from './db.js';
import { randomBytes } from 'node:crypto';
import { GraphHttpError, notFound } from '../errors.js';
import { isoNow, newGuid } from '../ids.js';

export type MembershipType = 'standard' | 'private' | 'shared';

/** What the emulator keeps of a team (the team's id is its group's id). */
export interface TeamRecord {
  id: string;
  internalId: string;
  createdDateTime: string;
  createdMs: number;
  generalChannelId: string;
  /** Set once the creating operation has been seen as succeeded. */
  ready: boolean;
}

export interface ChannelRecord {
  id: string;
  teamId: string;
  displayName: string;
  description: string | null;
  membershipType: MembershipType;
  createdDateTime: string;
  createdMs: number;
  ready: boolean;
}

export interface OperationRecord {
  id: string;
  teamId: string;
  targetType: 'team' | 'channel';
  targetId: string;
  operationType: 'createTeam' | 'createChannel';
  createdDateTime: string;
  polls: number;
}

export interface MessageRecord {
  id: string;
  createdDateTime: string;
  from: string;
  subject: string | null;
  body: { contentType: 'text' | 'html'; content: string };
}

/** A thread id in Teams' form `19:<hex>@thread.tacv2`. */
export const newThreadId = (): string => `19:${randomBytes(16).toString('hex')}@thread.tacv2`;

/** conversationMember ids: base64 of `0##<scope>##<userId>` (Teams' ids look alike and are opaque). */
export const membershipId = (scope: string, userId: string): string => Buffer.from(`0##${scope}##${userId}`).toString('base64');
export function userOfMembership(scope: string, id: string): string | undefined {
  const text = Buffer.from(id, 'base64').toString('utf8');
  const prefix = `0##${scope}##`;
  return text.startsWith(prefix) ? text.slice(prefix.length) : undefined;
}

/**
 * Without polling, a new team or shared channel becomes ready after this long, so a client that
 * never polls the operation still sees it eventually (real Teams takes seconds to minutes).
 */
export const PROVISIONING_MS = 3000;

/** Teams, channels, their async operations, channel members and messages. */
export class TeamStore {
  constructor(private readonly db: Db) {}

  createTeam(groupId: string): TeamRecord {
    if (this.findTeam(groupId, true)) throw new GraphHttpError(409, 'Conflict', 'A team already exists for this group.');
    const now = isoNow();
    const team: TeamRecord = {
      id: groupId,
      internalId: newThreadId(),
      createdDateTime: now,
      createdMs: Date.now(),
      generalChannelId: '',
      ready: false,
    };
    this.db.prepare('INSERT INTO teams (id, json) VALUES (?, ?)').run(groupId, JSON.stringify(team));
    team.generalChannelId = this.createChannel(groupId, 'General', null, 'standard', true).id;
    this.saveTeam(team);
    return team;
  }

  saveTeam(team: TeamRecord): void {
    this.db.prepare('UPDATE teams SET json = ? WHERE id = ?').run(JSON.stringify(team), team.id);
  }

  /** The team, when provisioned (or `includePending`). */
  findTeam(id: string, includePending = false): TeamRecord | undefined {
    const row = this.db.prepare('SELECT json FROM teams WHERE id = ?').get(id) as { json: string } | undefined;
    if (!row) return undefined;
    const team = JSON.parse(row.json) as TeamRecord;
    return includePending || isReady(team) ? team : undefined;
  }

  getTeam(id: string): TeamRecord {
    const team = this.findTeam(id);
    if (!team) throw notFound(`No team found with Group Id ${id}`, 'NotFound');
    return team;
  }

  allTeams(): TeamRecord[] {
    return (this.db.prepare('SELECT json FROM teams ORDER BY rowid').all() as { json: string }[])
      .map((r) => JSON.parse(r.json) as TeamRecord)
      .filter(isReady);
  }

  createChannel(teamId: string, displayName: string, description: string | null, type: MembershipType, ready: boolean): ChannelRecord {
    if (this.db.prepare('SELECT 1 FROM channels WHERE team_id = ? AND display_name = ?').get(teamId, displayName)) {
      throw new GraphHttpError(400, 'NameAlreadyExists', `Channel name already existed, please use other name: ${displayName}`);
    }
    const channel: ChannelRecord = {
      id: newThreadId(),
      teamId,
      displayName,
      description,
      membershipType: type,
      createdDateTime: isoNow(),
      createdMs: Date.now(),
      ready,
    };
    this.db
      .prepare('INSERT INTO channels (id, team_id, display_name, json) VALUES (?, ?, ?, ?)')
      .run(channel.id, teamId, displayName, JSON.stringify(channel));
    return channel;
  }

  saveChannel(channel: ChannelRecord): void {
    this.db.prepare('UPDATE channels SET json = ? WHERE id = ?').run(JSON.stringify(channel), channel.id);
  }

  channels(teamId: string): ChannelRecord[] {
    return (this.db.prepare('SELECT json FROM channels WHERE team_id = ? ORDER BY rowid').all(teamId) as { json: string }[])
      .map((r) => JSON.parse(r.json) as ChannelRecord)
      .filter(isReady);
  }

  getChannel(teamId: string, channelId: string): ChannelRecord {
    const row = this.db.prepare('SELECT json FROM channels WHERE team_id = ? AND id = ?').get(teamId, channelId) as { json: string } | undefined;
    const channel = row ? (JSON.parse(row.json) as ChannelRecord) : undefined;
    if (!channel || !isReady(channel)) throw notFound('Channel not found', 'NotFound');
    return channel;
  }

  createOperation(teamId: string, targetType: 'team' | 'channel', targetId: string): OperationRecord {
    const op: OperationRecord = {
      id: newGuid(),
      teamId,
      targetType,
      targetId,
      operationType: targetType === 'team' ? 'createTeam' : 'createChannel',
      createdDateTime: isoNow(),
      polls: 0,
    };
    this.db
      .prepare('INSERT INTO team_operations (id, team_id, target_type, target_id, polls, json) VALUES (?, ?, ?, ?, 0, ?)')
      .run(op.id, teamId, targetType, targetId, JSON.stringify(op));
    return op;
  }

  /** Counts a poll and returns the operation. */
  pollOperation(teamId: string, opId: string): OperationRecord {
    const row = this.db
      .prepare('UPDATE team_operations SET polls = polls + 1 WHERE id = ? AND team_id = ? RETURNING json, polls')
      .get(opId, teamId) as { json: string; polls: number } | undefined;
    if (!row) throw notFound('Operation not found', 'NotFound');
    return { ...(JSON.parse(row.json) as OperationRecord), polls: row.polls };
  }

  /** Members of a private or shared channel. */
  channelMembers(channelKey: string): { id: string; userId: string; roles: string[] }[] {
    return (
      this.db.prepare('SELECT id, user_id, roles FROM channel_members WHERE channel_key = ? ORDER BY rowid').all(channelKey) as {
        id: string;
        user_id: string;
        roles: string;
      }[]
    ).map((r) => ({ id: r.id, userId: r.user_id, roles: JSON.parse(r.roles) as string[] }));
  }

  addChannelMember(channelKey: string, userId: string, roles: string[]): string {
    const id = membershipId(channelKey, userId);
    const info = this.db
      .prepare('INSERT OR IGNORE INTO channel_members (id, channel_key, user_id, roles) VALUES (?, ?, ?, ?)')
      .run(id, channelKey, userId, JSON.stringify(roles));
    if (info.changes === 0) throw new GraphHttpError(409, 'Conflict', 'The user is already a member of the channel.');
    return id;
  }

  removeChannelMember(channelKey: string, id: string): void {
    const info = this.db.prepare('DELETE FROM channel_members WHERE channel_key = ? AND id = ?').run(channelKey, id);
    if (info.changes === 0) throw notFound('Member not found', 'NotFound');
  }

  addMessage(channelKey: string, message: MessageRecord): void {
    this.db.prepare('INSERT INTO messages (id, channel_key, json) VALUES (?, ?, ?)').run(message.id, channelKey, JSON.stringify(message));
  }

  messages(channelKey: string): MessageRecord[] {
    return (this.db.prepare('SELECT json FROM messages WHERE channel_key = ? ORDER BY rowid DESC').all(channelKey) as { json: string }[]).map(
      (r) => JSON.parse(r.json) as MessageRecord,
    );
  }
}

function isReady(entity: { ready: boolean; createdMs: number }): boolean {
  return entity.ready || Date.now() - entity.createdMs >= PROVISIONING_MS;
}
