import { databaseSecret, openDatabase, transaction, type Db } from './db.js';
import { DirectoryStore } from './directory.js';
import { SiteStore } from './sites.js';
import { ListStore } from './lists.js';
import { ListPolicyStore } from './list-policies.js';
import { ItemStore } from './items.js';
import { DriveStore } from './drives.js';
import { TokenService } from './tokens.js';
import { ApiTokenIssuer } from '../identity/api-tokens.js';
import { SitePermissionStore } from './site-permissions.js';
import { TeamStore } from './teams.js';
import { UploadStore } from './uploads.js';

/** All of the emulator's persistent state, one SQLite database. */
export class EmulatorStore {
  readonly directory: DirectoryStore;
  readonly sites: SiteStore;
  readonly lists: ListStore;
  /** Per-list write policies (SharePoint's broken inheritance and item-level permissions). */
  readonly listPolicies: ListPolicyStore;
  readonly items: ItemStore;
  readonly drives: DriveStore;
  readonly tokens: TokenService;
  /** Users' tokens for apps' own APIs (Entra ID's part, for servers that validate them). */
  readonly apiTokens: ApiTokenIssuer;
  readonly teams: TeamStore;
  /** Application grants per site (`Sites.Selected`). */
  readonly sitePermissions: SitePermissionStore;
  readonly uploads: UploadStore;
  /** Signs pre-authenticated download URLs (same per-database secret as tokens). */
  readonly downloadSecret: Buffer;

  constructor(
    readonly db: Db,
    mailDomain: string,
  ) {
    this.directory = new DirectoryStore(db, mailDomain);
    this.sites = new SiteStore(db);
    this.lists = new ListStore(db);
    this.listPolicies = new ListPolicyStore(db);
    this.items = new ItemStore(db);
    this.drives = new DriveStore(db);
    this.teams = new TeamStore(db);
    this.uploads = new UploadStore(db);
    this.downloadSecret = databaseSecret(db);
    this.tokens = new TokenService(this.downloadSecret);
    this.apiTokens = new ApiTokenIssuer(db);
    this.sitePermissions = new SitePermissionStore(db);
  }

  static open(path: string, mailDomain: string): EmulatorStore {
    return new EmulatorStore(openDatabase(path), mailDomain);
  }

  /** Runs fn in one SQLite transaction: a thrown error leaves nothing written. */
  tx<T>(fn: () => T): T {
    return transaction(this.db, fn);
  }

  /** A user's membership in a channel (`teamId/channelId`), if any. */
  channelMembership(
    channelKey: string,
    userId: string,
  ): { id: string; roles: string[] } | undefined {
    const row = this.db
      .prepare('SELECT id, roles FROM channel_members WHERE channel_key = ? AND user_id = ?')
      .get(channelKey, userId) as { id: string; roles: string } | undefined;
    return row ? { id: row.id, roles: JSON.parse(row.roles) as string[] } : undefined;
  }

  close(): void {
    this.db.close();
  }
}
