import { transaction, type Db } from './db.js';
import { notFound } from '../errors.js';
import { isoNow, newDriveId, newDriveItemId, newGuid } from '../ids.js';

/** A SharePoint site (web) as Graph returns it, plus what the emulator keeps beside it. */
export interface Site {
  id: string;
  name: string;
  displayName: string;
  description: string;
  webUrl: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  siteCollection: { hostname: string };
  root?: Record<string, never>;
}

export interface SiteRecord {
  site: Site;
  host: string;
  /** Server-relative path: '' for the root site, '/sites/x' otherwise. */
  path: string;
  groupId: string | null;
  /** `teamId/channelId` for a private or shared channel's own site. */
  channelKey: string | null;
}

export interface CreateSiteInput {
  host: string;
  path: string;
  displayName: string;
  description?: string;
  groupId?: string;
  channelKey?: string;
}

interface SiteRow {
  id: string;
  host: string;
  path: string;
  group_id: string | null;
  channel_key: string | null;
  json: string;
}

const toRecord = (row: SiteRow): SiteRecord => ({
  site: JSON.parse(row.json) as Site,
  host: row.host,
  path: row.path,
  groupId: row.group_id,
  channelKey: row.channel_key,
});

/** Sites and the default document library ("Documents") each site has. */
export class SiteStore {
  constructor(private readonly db: Db) {}

  /** Creates a site with its default drive; the caller runs it in a transaction. */
  create(input: CreateSiteInput, author: string): SiteRecord {
    const now = isoNow();
    const id = `${input.host},${newGuid()},${newGuid()}`;
    const site: Site = {
      id,
      name: input.path === '' ? '' : (input.path.split('/').pop() ?? ''),
      displayName: input.displayName,
      description: input.description ?? '',
      webUrl: `https://${input.host}${input.path}`,
      createdDateTime: now,
      lastModifiedDateTime: now,
      siteCollection: { hostname: input.host },
      ...(input.path === '' ? { root: {} } : {}),
    };
    this.db
      .prepare('INSERT INTO sites (id, host, path, group_id, channel_key, json) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, input.host, input.path, input.groupId ?? null, input.channelKey ?? null, JSON.stringify(site));
    const driveId = newDriveId();
    const rootId = newDriveItemId();
    this.db
      .prepare('INSERT INTO drives (id, site_id, root_id, json) VALUES (?, ?, ?, ?)')
      .run(driveId, id, rootId, JSON.stringify({ name: 'Documents', createdDateTime: now }));
    this.db
      .prepare(
        `INSERT INTO drive_items (id, drive_id, parent_id, name, folder, created, modified, author, editor)
         VALUES (?, ?, NULL, 'root', 1, ?, ?, ?, ?)`,
      )
      .run(rootId, driveId, now, now, author, author);
    return this.getById(id);
  }

  /** The tenant root site, created on first start. */
  ensureRoot(host: string): SiteRecord {
    const row = this.db.prepare("SELECT * FROM sites WHERE host = ? AND path = ''").get(host) as SiteRow | undefined;
    if (row) return toRecord(row);
    return transaction(this.db, () =>
      this.create({ host, path: '', displayName: 'Communication site' }, 'system'),
    );
  }

  /**
   * A site reference as Graph accepts it: `root`, the full id `host,guid,guid`, a hostname (its
   * root site), or `host:/sites/path` (path addressing, with or without a closing ':').
   */
  resolveRef(ref: string, tenantHost: string): SiteRecord | undefined {
    if (ref === 'root') return this.findByPath(tenantHost, '');
    if (ref.includes(':/') || ref.endsWith(':')) {
      const idx = ref.indexOf(':');
      return this.findByPath(ref.slice(0, idx), ref.slice(idx + 1).replace(/\/+$/, ''));
    }
    if (ref.includes(',')) return this.findById(ref);
    if (ref.includes('.')) return this.findByPath(ref, '');
    return undefined;
  }

  findById(id: string): SiteRecord | undefined {
    // Graph accepts the full `host,collection,web` id; compare case-insensitively.
    const row = this.db.prepare('SELECT * FROM sites WHERE lower(id) = lower(?)').get(id) as SiteRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  getById(id: string): SiteRecord {
    const rec = this.findById(id);
    if (!rec) throw notFound('Requested site could not be found');
    return rec;
  }

  findByPath(host: string, path: string): SiteRecord | undefined {
    const row = this.db
      .prepare('SELECT * FROM sites WHERE lower(host) = lower(?) AND lower(path) = lower(?)')
      .get(host, path) as SiteRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  findByGroup(groupId: string): SiteRecord | undefined {
    const row = this.db
      .prepare('SELECT * FROM sites WHERE group_id = ? AND channel_key IS NULL')
      .get(groupId) as SiteRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  findByChannel(channelKey: string): SiteRecord | undefined {
    const row = this.db.prepare('SELECT * FROM sites WHERE channel_key = ?').get(channelKey) as SiteRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** A free server-relative path `/sites/<name>`, suffixing digits like SharePoint does. */
  freePath(host: string, name: string): string {
    const base = `/sites/${name.replace(/[^A-Za-z0-9_-]/g, '')}`;
    let path = base;
    for (let n = 2; this.findByPath(host, path); n += 1) path = `${base}${n}`;
    return path;
  }
}
