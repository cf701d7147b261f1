import type { Db } from './db.js';
import { GraphHttpError, badRequest, notFound } from '../errors.js';
import { isoNow, newDriveItemId } from '../ids.js';

export interface DriveRecord {
  id: string;
  siteId: string;
  rootId: string;
  name: string;
  createdDateTime: string;
}

export interface DriveItemRecord {
  id: string;
  driveId: string;
  parentId: string | null;
  name: string;
  folder: boolean;
  mime: string | null;
  size: number;
  version: number;
  created: string;
  modified: string;
  author: string;
  editor: string;
}

interface ItemRow {
  id: string;
  drive_id: string;
  parent_id: string | null;
  name: string;
  folder: number;
  mime: string | null;
  size: number;
  version: number;
  created: string;
  modified: string;
  author: string;
  editor: string;
}

const COLUMNS = 'id, drive_id, parent_id, name, folder, mime, size, version, created, modified, author, editor';
const toItem = (r: ItemRow): DriveItemRecord => ({
  id: r.id,
  driveId: r.drive_id,
  parentId: r.parent_id,
  name: r.name,
  folder: r.folder === 1,
  mime: r.mime,
  size: r.size,
  version: r.version,
  created: r.created,
  modified: r.modified,
  author: r.author,
  editor: r.editor,
});

/** OneDrive's forbidden characters in names (also leading/trailing spaces). */
const BAD_NAME = /["*:<>?/\\|]/;

export function checkItemName(name: string): void {
  if (name === '' || name.trim() !== name || BAD_NAME.test(name) || name === '.' || name === '..') {
    throw badRequest(`The name '${name}' is not valid for a driveItem.`, 'invalidRequest');
  }
}

export type ConflictBehavior = 'fail' | 'replace' | 'rename';

/** Document libraries: folders and files (content stored as SQLite blobs). */
export class DriveStore {
  constructor(private readonly db: Db) {}

  findDrive(id: string): DriveRecord | undefined {
    const row = this.db.prepare('SELECT id, site_id, root_id, json FROM drives WHERE id = ?').get(id) as
      | { id: string; site_id: string; root_id: string; json: string }
      | undefined;
    if (!row) return undefined;
    const meta = JSON.parse(row.json) as { name: string; createdDateTime: string };
    return { id: row.id, siteId: row.site_id, rootId: row.root_id, ...meta };
  }

  getDrive(id: string): DriveRecord {
    const drive = this.findDrive(id);
    if (!drive) throw notFound('Drive not found');
    return drive;
  }

  drivesOfSite(siteId: string): DriveRecord[] {
    const rows = this.db.prepare('SELECT id FROM drives WHERE site_id = ? ORDER BY rowid').all(siteId) as { id: string }[];
    return rows.map((r) => this.getDrive(r.id));
  }

  findItem(driveId: string, id: string): DriveItemRecord | undefined {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM drive_items WHERE drive_id = ? AND id = ?`).get(driveId, id) as
      | ItemRow
      | undefined;
    return row ? toItem(row) : undefined;
  }

  getItem(driveId: string, id: string): DriveItemRecord {
    const item = this.findItem(driveId, id);
    if (!item) throw notFound('The resource could not be found.');
    return item;
  }

  child(parent: DriveItemRecord, name: string): DriveItemRecord | undefined {
    const row = this.db
      .prepare(`SELECT ${COLUMNS} FROM drive_items WHERE drive_id = ? AND parent_id = ? AND name = ?`)
      .get(parent.driveId, parent.id, name) as ItemRow | undefined;
    return row ? toItem(row) : undefined;
  }

  children(parent: DriveItemRecord): DriveItemRecord[] {
    return (
      this.db
        .prepare(`SELECT ${COLUMNS} FROM drive_items WHERE drive_id = ? AND parent_id = ? ORDER BY name`)
        .all(parent.driveId, parent.id) as unknown as ItemRow[]
    ).map(toItem);
  }

  /** Walks a relative path from an item; undefined when some part is missing. */
  resolvePath(from: DriveItemRecord, path: string): DriveItemRecord | undefined {
    let current: DriveItemRecord | undefined = from;
    for (const part of path.split('/').filter(Boolean)) {
      if (!current?.folder) return undefined;
      current = this.child(current, part);
    }
    return current;
  }

  /** Path from the root for parentReference.path, e.g. `/drive/root:/a/b`. */
  pathOf(item: DriveItemRecord): string[] {
    const names: string[] = [];
    let current: DriveItemRecord | undefined = item;
    while (current?.parentId) {
      names.unshift(current.name);
      current = this.findItem(current.driveId, current.parentId);
    }
    return names;
  }

  content(item: DriveItemRecord): Buffer {
    const row = this.db.prepare('SELECT content FROM drive_items WHERE id = ?').get(item.id) as {
      content: Uint8Array | null;
    };
    // node:sqlite answers BLOBs as Uint8Array: wrap (no copy) so callers keep Buffer's methods.
    return row.content ? Buffer.from(row.content.buffer, row.content.byteOffset, row.content.byteLength) : Buffer.alloc(0);
  }

  /** Creates a folder under parent, honouring conflictBehavior. */
  createFolder(parent: DriveItemRecord, name: string, behavior: ConflictBehavior, actor: string): DriveItemRecord {
    checkItemName(name);
    if (!parent.folder) throw badRequest('The parent is not a folder.');
    const existing = this.child(parent, name);
    if (existing) {
      if (behavior === 'fail') throw new GraphHttpError(409, 'nameAlreadyExists', 'The specified item name already exists.');
      if (behavior === 'replace') {
        if (existing.folder) return existing;
        this.deleteItem(existing);
      } else name = this.freeName(parent, name);
    }
    return this.insert(parent, name, true, null, null, actor);
  }

  /** Ensures every folder of a path under `from` exists (intermediate folders of an upload). */
  ensureFolders(from: DriveItemRecord, parts: string[], actor: string): DriveItemRecord {
    let current = from;
    for (const part of parts) {
      const next = this.child(current, part);
      if (next && !next.folder) throw new GraphHttpError(409, 'nameAlreadyExists', `'${part}' is a file, not a folder.`);
      current = next ?? this.createFolder(current, part, 'fail', actor);
    }
    return current;
  }

  /** Writes a file: a new item (created=true) or a new version of an existing one. */
  putFile(
    parent: DriveItemRecord,
    name: string,
    bytes: Buffer,
    mime: string,
    behavior: ConflictBehavior,
    actor: string,
  ): { item: DriveItemRecord; created: boolean } {
    checkItemName(name);
    const existing = this.child(parent, name);
    if (existing && behavior === 'fail') throw new GraphHttpError(409, 'nameAlreadyExists', 'The specified item name already exists.');
    if (existing && behavior === 'replace') {
      if (existing.folder) throw new GraphHttpError(409, 'nameAlreadyExists', `'${name}' is a folder.`);
      this.db
        .prepare('UPDATE drive_items SET content = ?, size = ?, mime = ?, version = version + 1, modified = ?, editor = ? WHERE id = ?')
        .run(bytes, bytes.length, mime, isoNow(), actor, existing.id);
      return { item: this.getItem(existing.driveId, existing.id), created: false };
    }
    const finalName = existing ? this.freeName(parent, name) : name;
    return { item: this.insert(parent, finalName, false, bytes, mime, actor), created: true };
  }

  /** Replaces the content of an existing file item. */
  replaceContent(item: DriveItemRecord, bytes: Buffer, mime: string, actor: string): DriveItemRecord {
    if (item.folder) throw badRequest('Cannot upload content to a folder.');
    this.db
      .prepare('UPDATE drive_items SET content = ?, size = ?, mime = ?, version = version + 1, modified = ?, editor = ? WHERE id = ?')
      .run(bytes, bytes.length, mime, isoNow(), actor, item.id);
    return this.getItem(item.driveId, item.id);
  }

  deleteItem(item: DriveItemRecord): void {
    if (!item.parentId) throw new GraphHttpError(403, 'accessDenied', 'The root folder cannot be deleted.');
    for (const child of this.children(item)) this.deleteItem(child);
    this.db.prepare('DELETE FROM drive_items WHERE id = ?').run(item.id);
  }

  private freeName(parent: DriveItemRecord, name: string): string {
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let n = 1;
    let candidate = `${stem} ${n}${ext}`;
    while (this.child(parent, candidate)) candidate = `${stem} ${(n += 1)}${ext}`;
    return candidate;
  }

  private insert(
    parent: DriveItemRecord,
    name: string,
    folder: boolean,
    bytes: Buffer | null,
    mime: string | null,
    actor: string,
  ): DriveItemRecord {
    const id = newDriveItemId();
    const now = isoNow();
    this.db
      .prepare(
        `INSERT INTO drive_items (id, drive_id, parent_id, name, folder, mime, size, content, created, modified, author, editor)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, parent.driveId, parent.id, name, folder ? 1 : 0, mime, bytes?.length ?? 0, bytes, now, now, actor, actor);
    return this.getItem(parent.driveId, id);
  }
}
