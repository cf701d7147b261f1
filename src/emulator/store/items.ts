import type { Db } from './db.js';
import { nextChangeSeq } from './db.js';
import { GraphHttpError, notFound } from '../errors.js';
import { isoNow, newGuid } from '../ids.js';
import type { FieldValues } from './fields.js';

/** A stored list item. `author`/`editor` are actor ids (user id or `app:<clientId>`). */
export interface ItemRecord {
  listId: string;
  id: number;
  etagGuid: string;
  version: number;
  changeSeq: number;
  created: string;
  modified: string;
  author: string;
  editor: string;
  fields: FieldValues;
}

export interface ItemVersionRecord {
  version: number;
  modified: string;
  editor: string;
  fields: FieldValues;
}

interface ItemRow {
  list_id: string;
  id: number;
  etag_guid: string;
  version: number;
  change_seq: number;
  created: string;
  modified: string;
  author: string;
  editor: string;
  fields: string;
}

const toRecord = (r: ItemRow): ItemRecord => ({
  listId: r.list_id,
  id: r.id,
  etagGuid: r.etag_guid,
  version: r.version,
  changeSeq: r.change_seq,
  created: r.created,
  modified: r.modified,
  author: r.author,
  editor: r.editor,
  fields: JSON.parse(r.fields) as FieldValues,
});

/** The item's eTag value as SharePoint sends it through Graph: `"guid,version"`. */
export const itemETag = (item: ItemRecord): string => `"${item.etagGuid},${item.version}"`;

/** Does an If-Match header value match the item? `*` matches anything; quotes and W/ are ignored. */
export function etagMatches(header: string, item: ItemRecord): boolean {
  const norm = (s: string) => s.trim().replace(/^W\//, '').replace(/"/g, '').replace(/[{}]/g, '').toLowerCase();
  return header.trim() === '*' || norm(header) === norm(itemETag(item));
}

/** One entry of a delta page. */
export interface DeltaEntry {
  itemId: number;
  seq: number;
  deleted: boolean;
}

/** List items with versions and the change log that delta reads. */
export class ItemStore {
  constructor(private readonly db: Db) {}

  find(listId: string, id: number): ItemRecord | undefined {
    const row = this.db.prepare('SELECT * FROM items WHERE list_id = ? AND id = ?').get(listId, id) as ItemRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  get(listId: string, idText: string): ItemRecord {
    const id = /^\d+$/.test(idText) ? Number(idText) : NaN;
    const item = Number.isNaN(id) ? undefined : this.find(listId, id);
    if (!item) throw notFound('Item not found');
    return item;
  }

  all(listId: string): ItemRecord[] {
    return (this.db.prepare('SELECT * FROM items WHERE list_id = ? ORDER BY id').all(listId) as unknown as ItemRow[]).map(toRecord);
  }

  create(listId: string, id: number, fields: FieldValues, actor: string): ItemRecord {
    const now = isoNow();
    const seq = nextChangeSeq(this.db, listId, id, false);
    this.db
      .prepare(
        `INSERT INTO items (list_id, id, etag_guid, version, change_seq, created, modified, author, editor, fields)
         VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?)`,
      )
      .run(listId, id, newGuid(), seq, now, now, actor, actor, JSON.stringify(fields));
    this.snapshot(listId, id);
    return this.find(listId, id) as ItemRecord;
  }

  update(item: ItemRecord, fields: FieldValues, actor: string): ItemRecord {
    const seq = nextChangeSeq(this.db, item.listId, item.id, false);
    this.db
      .prepare(
        `UPDATE items SET version = version + 1, change_seq = ?, modified = ?, editor = ?, fields = ?
         WHERE list_id = ? AND id = ?`,
      )
      .run(seq, isoNow(), actor, JSON.stringify(fields), item.listId, item.id);
    this.snapshot(item.listId, item.id);
    return this.find(item.listId, item.id) as ItemRecord;
  }

  delete(item: ItemRecord): void {
    this.db.prepare('DELETE FROM items WHERE list_id = ? AND id = ?').run(item.listId, item.id);
    this.db.prepare('DELETE FROM item_versions WHERE list_id = ? AND item_id = ?').run(item.listId, item.id);
    nextChangeSeq(this.db, item.listId, item.id, true);
  }

  /** 412 unless the If-Match header (when present) matches the current eTag. */
  checkIfMatch(item: ItemRecord, ifMatch: string | undefined): void {
    if (ifMatch !== undefined && !etagMatches(ifMatch, item)) {
      throw new GraphHttpError(412, 'preconditionFailed', 'The resource has changed since the caller last read it; usually an eTag mismatch');
    }
  }

  versions(listId: string, itemId: number): ItemVersionRecord[] {
    return (
      this.db
        .prepare('SELECT version, modified, editor, fields FROM item_versions WHERE list_id = ? AND item_id = ? ORDER BY version DESC')
        .all(listId, itemId) as { version: number; modified: string; editor: string; fields: string }[]
    ).map((r) => ({ ...r, fields: JSON.parse(r.fields) as FieldValues }));
  }

  /** Highest change sequence number so far (0 when none). */
  currentSeq(): number {
    const row = this.db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM changes').get() as { seq: number };
    return row.seq;
  }

  /**
   * Changes in (after, upTo], ordered by sequence: live items whose last change falls in the
   * range, and tombstones when `withDeletes` (not on the initial sync).
   */
  deltaPage(listId: string, after: number, upTo: number, withDeletes: boolean, limit: number): DeltaEntry[] {
    const rows = this.db
      .prepare(
        `SELECT id AS itemId, change_seq AS seq, 0 AS deleted FROM items
           WHERE list_id = @listId AND change_seq > @after AND change_seq <= @upTo
         UNION ALL
         SELECT item_id AS itemId, seq, 1 AS deleted FROM changes
           WHERE @withDeletes = 1 AND list_id = @listId AND deleted = 1 AND seq > @after AND seq <= @upTo
         ORDER BY seq LIMIT @limit`,
      )
      .all({ listId, after, upTo, withDeletes: withDeletes ? 1 : 0, limit }) as { itemId: number; seq: number; deleted: number }[];
    return rows.map((r) => ({ itemId: r.itemId, seq: r.seq, deleted: r.deleted === 1 }));
  }

  private snapshot(listId: string, itemId: number): void {
    this.db
      .prepare(
        `INSERT INTO item_versions (list_id, item_id, version, modified, editor, fields)
         SELECT list_id, id, version, modified, editor, fields FROM items WHERE list_id = ? AND id = ?`,
      )
      .run(listId, itemId);
  }
}
