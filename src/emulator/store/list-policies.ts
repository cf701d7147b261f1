import type { Db } from './db.js';
import { badRequest } from '../errors.js';

/**
 * Who may write a list's items, modelled on two SharePoint list settings an admin sets outside
 * Graph (Graph cannot set per-user list permissions):
 * - `writers`: 'members' = the list inherits the site's permissions (owners and members edit);
 *   'owners' = inheritance broken, the site's Members group reads only.
 * - `writeSecurity`: SharePoint's "Item-level permissions → Create and Edit access". 'all' =
 *   "Create and edit all items"; 'own' = "Create items and edit items that were created by the
 *   user" (creating stays allowed). Users with Manage Lists (the group's owners) and app-only
 *   identities are not affected by either.
 */
export interface ListPolicy {
  writers: 'members' | 'owners';
  writeSecurity: 'all' | 'own';
}

/** A policy given to the emulator as configuration, applied by group site and list name. */
export interface ListPolicyRule {
  /** mailNickname of the Microsoft 365 group whose site holds the list. */
  siteGroupMailNickname: string;
  /** The list's displayName (compared case-insensitively, like SharePoint list titles). */
  listDisplayName: string;
  /** Default 'members'. */
  writers?: ListPolicy['writers'];
  /** Default 'all'. */
  writeSecurity?: ListPolicy['writeSecurity'];
}

/**
 * Site read permissions an admin grants outside Graph (SharePoint: a principal added to the site's
 * Visitors group, permission level Read). Each reader is a user's UPN or a Microsoft 365 group's
 * mailNickname (its members and owners, as SharePoint's "members of group" claim). A reader reads
 * every list and file of the site and writes nothing. Graph has no API for it.
 */
export interface SiteReadRule {
  /** mailNickname of the Microsoft 365 group whose site is granted. */
  siteGroupMailNickname: string;
  /** UPNs (contain '@') and group mailNicknames. */
  readers: string[];
}

/** A rule of either kind, as configuration and the dev endpoint take them. */
export type PermissionRule = ListPolicyRule | SiteReadRule;

/** True for a site read rule. */
export const isSiteReadRule = (rule: PermissionRule): rule is SiteReadRule => 'readers' in rule;

/** A list's effective policy as the dev endpoint reports it. */
export interface AppliedListPolicy extends ListPolicy {
  listId: string;
  siteGroupMailNickname: string;
  listDisplayName: string;
}

/** SharePoint's defaults: inherited permissions, everyone who writes edits every item. */
export const DEFAULT_LIST_POLICY: ListPolicy = { writers: 'members', writeSecurity: 'all' };

const WRITERS = ['members', 'owners'] as const;
const WRITE_SECURITY = ['all', 'own'] as const;

function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw badRequest(
      `Property '${field}' must be one of ${allowed.map((a) => `'${a}'`).join(', ')}.`,
    );
  }
  return value as T;
}

function requiredText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw badRequest(`Property '${field}' is required.`);
  return value;
}

/**
 * Validates a rule from configuration or the dev endpoint: a site read rule when it has
 * `readers`, else a list policy.
 * @throws GraphHttpError 400 naming the wrong property.
 */
export function parsePermissionRule(input: unknown): PermissionRule {
  if (typeof input === 'object' && input !== null && !Array.isArray(input) && 'readers' in input) {
    const r = input as Record<string, unknown>;
    for (const key of Object.keys(r)) {
      if (!['siteGroupMailNickname', 'readers'].includes(key)) {
        throw badRequest(`Property '${key}' is not a site read rule property.`);
      }
    }
    if (!Array.isArray(r.readers) || r.readers.some((x) => typeof x !== 'string' || x.trim() === '')) {
      throw badRequest("Property 'readers' must be an array of UPNs or group mail nicknames.");
    }
    return {
      siteGroupMailNickname: requiredText(r.siteGroupMailNickname, 'siteGroupMailNickname'),
      readers: (r.readers as string[]).map((x) => x.trim()),
    };
  }
  return parseListPolicyRule(input);
}

/**
 * Validates a list policy rule from configuration or the dev endpoint.
 * @throws GraphHttpError 400 naming the wrong property.
 */
export function parseListPolicyRule(input: unknown): ListPolicyRule {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw badRequest('A list policy must be an object.');
  }
  const r = input as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (!['siteGroupMailNickname', 'listDisplayName', 'writers', 'writeSecurity'].includes(key)) {
      throw badRequest(`Property '${key}' is not a list policy property.`);
    }
  }
  const writers = oneOf(r.writers, WRITERS, 'writers');
  const writeSecurity = oneOf(r.writeSecurity, WRITE_SECURITY, 'writeSecurity');
  return {
    siteGroupMailNickname: requiredText(r.siteGroupMailNickname, 'siteGroupMailNickname'),
    listDisplayName: requiredText(r.listDisplayName, 'listDisplayName'),
    ...(writers ? { writers } : {}),
    ...(writeSecurity ? { writeSecurity } : {}),
  };
}

const policyOf = (rule: ListPolicyRule): ListPolicy => ({
  writers: rule.writers ?? DEFAULT_LIST_POLICY.writers,
  writeSecurity: rule.writeSecurity ?? DEFAULT_LIST_POLICY.writeSecurity,
});

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The lists' write policies: stored per list in SQLite (they live and die with the list, like
 * SharePoint's list settings), plus the configured rules that set them on matching lists.
 */
export class ListPolicyStore {
  private rules: ListPolicyRule[] = [];
  private siteReadRules: SiteReadRule[] = [];

  constructor(private readonly db: Db) {}

  /** The policy of a list (SharePoint's defaults when none was set). */
  get(listId: string): ListPolicy {
    const row = this.db
      .prepare('SELECT writers, write_security FROM list_policies WHERE list_id = ?')
      .get(listId) as
      { writers: ListPolicy['writers']; write_security: ListPolicy['writeSecurity'] } | undefined;
    return row
      ? { writers: row.writers, writeSecurity: row.write_security }
      : { ...DEFAULT_LIST_POLICY };
  }

  /** Sets a list's policy; the defaults remove the row (the list inherits again). */
  set(listId: string, policy: ListPolicy): void {
    if (
      policy.writers === DEFAULT_LIST_POLICY.writers &&
      policy.writeSecurity === DEFAULT_LIST_POLICY.writeSecurity
    ) {
      this.db.prepare('DELETE FROM list_policies WHERE list_id = ?').run(listId);
      return;
    }
    this.db
      .prepare(
        'INSERT INTO list_policies (list_id, writers, write_security) VALUES (?, ?, ?) ' +
          'ON CONFLICT (list_id) DO UPDATE SET writers = excluded.writers, write_security = excluded.write_security',
      )
      .run(listId, policy.writers, policy.writeSecurity);
  }

  /**
   * Adds rules (a later rule for the same group and list replaces the earlier one; a later site
   * read rule for the same site replaces its readers).
   */
  addRules(rules: readonly PermissionRule[]): void {
    for (const rule of rules) {
      if (isSiteReadRule(rule)) {
        this.siteReadRules = this.siteReadRules.filter(
          (r) => !sameName(r.siteGroupMailNickname, rule.siteGroupMailNickname),
        );
        this.siteReadRules.push(rule);
        continue;
      }
      this.rules = this.rules.filter(
        (r) =>
          !(
            sameName(r.siteGroupMailNickname, rule.siteGroupMailNickname) &&
            sameName(r.listDisplayName, rule.listDisplayName)
          ),
      );
      this.rules.push(rule);
    }
  }

  /** The configured rules, in the order given. */
  configuredRules(): ListPolicyRule[] {
    return [...this.rules];
  }

  /** The configured site read rules. */
  configuredSiteReaders(): SiteReadRule[] {
    return [...this.siteReadRules];
  }

  /** The readers granted on a group's site (UPNs and group mail nicknames). */
  siteReaders(groupMailNickname: string): readonly string[] {
    return (
      this.siteReadRules.find((r) => sameName(r.siteGroupMailNickname, groupMailNickname))
        ?.readers ?? []
    );
  }

  /** The rule for a list of a group's site, if one is configured. */
  ruleFor(groupMailNickname: string, listDisplayName: string): ListPolicy | undefined {
    const rule = this.rules.find(
      (r) =>
        sameName(r.siteGroupMailNickname, groupMailNickname) &&
        sameName(r.listDisplayName, listDisplayName),
    );
    return rule ? policyOf(rule) : undefined;
  }

  /** Applies every rule to the list it names, where that list exists; returns how many applied. */
  applyRules(): number {
    let applied = 0;
    for (const rule of this.rules) {
      const row = this.db
        .prepare(
          'SELECT lists.id AS id FROM lists JOIN sites ON sites.id = lists.site_id JOIN groups ON groups.id = sites.group_id ' +
            'WHERE groups.mail_nickname = ? AND lists.display_name = ?',
        )
        .get(rule.siteGroupMailNickname, rule.listDisplayName) as { id: string } | undefined;
      if (!row) continue;
      this.set(row.id, policyOf(rule));
      applied += 1;
    }
    return applied;
  }

  /** Every list with a policy other than the defaults. */
  listApplied(): AppliedListPolicy[] {
    const rows = this.db
      .prepare(
        'SELECT p.list_id AS listId, p.writers AS writers, p.write_security AS writeSecurity, ' +
          'lists.display_name AS listDisplayName, groups.mail_nickname AS siteGroupMailNickname ' +
          'FROM list_policies p JOIN lists ON lists.id = p.list_id JOIN sites ON sites.id = lists.site_id ' +
          'LEFT JOIN groups ON groups.id = sites.group_id ORDER BY lists.rowid',
      )
      .all() as (Omit<AppliedListPolicy, 'siteGroupMailNickname'> & {
      siteGroupMailNickname: string | null;
    })[];
    return rows.map((r) => ({ ...r, siteGroupMailNickname: r.siteGroupMailNickname ?? '' }));
  }
}
