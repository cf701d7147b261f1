import type { Db } from './db.js';
import { GraphHttpError, badRequest, notFound } from '../errors.js';
import { isoNow, newGuid } from '../ids.js';
import { BUILT_IN_COLUMNS, parseColumnDefinition, type ColumnDefinition } from './columns.js';

/** A list as Graph returns it (without the actor identity, added by the route). */
export interface List {
  id: string;
  name: string;
  displayName: string;
  description: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  webUrl: string;
  list: { contentTypesEnabled: boolean; hidden: boolean; template: string };
  parentReference: { siteId: string };
  /** Actor id of the creator (user id or `app:<clientId>`). */
  createdBy: string;
}

const TEMPLATES = new Set(['genericList']);

/** Lists and their columns. */
export class ListStore {
  constructor(private readonly db: Db) {}

  /** Creates a genericList with built-in and custom columns; 409 on a taken displayName. */
  create(siteId: string, siteUrl: string, body: Record<string, unknown>, author: string): List {
    const displayName = body.displayName;
    if (typeof displayName !== 'string' || displayName.trim() === '') throw badRequest("Property 'displayName' is required.");
    const info = (body.list ?? {}) as Record<string, unknown>;
    const template = info.template ?? 'genericList';
    // Strict: only generic lists are emulated; document libraries exist as drives.
    if (typeof template !== 'string' || !TEMPLATES.has(template)) throw badRequest(`List template '${String(template)}' is not supported.`);
    const columnsInput = body.columns ?? [];
    if (!Array.isArray(columnsInput)) throw badRequest("Property 'columns' must be an array.");
    const custom = columnsInput.map(parseColumnDefinition);
    if (this.findByName(siteId, displayName)) {
      throw new GraphHttpError(409, 'nameAlreadyExists', 'The specified list name already exists.');
    }
    const now = isoNow();
    const name = displayName.replace(/[^A-Za-z0-9]/g, '') || 'List';
    const list: List = {
      id: newGuid(),
      name,
      displayName,
      description: typeof body.description === 'string' ? body.description : '',
      createdDateTime: now,
      lastModifiedDateTime: now,
      webUrl: `${siteUrl}/Lists/${encodeURIComponent(name)}`,
      list: { contentTypesEnabled: false, hidden: false, template },
      parentReference: { siteId },
      createdBy: author,
    };
    this.db
      .prepare('INSERT INTO lists (id, site_id, display_name, json) VALUES (?, ?, ?, ?)')
      .run(list.id, siteId, displayName, JSON.stringify(list));
    for (const def of [...BUILT_IN_COLUMNS, ...custom]) this.addColumn(list.id, def);
    return list;
  }

  listAll(siteId: string): List[] {
    return (this.db.prepare('SELECT json FROM lists WHERE site_id = ? ORDER BY rowid').all(siteId) as { json: string }[]).map(
      (r) => JSON.parse(r.json) as List,
    );
  }

  findByName(siteId: string, displayName: string): List | undefined {
    const row = this.db.prepare('SELECT json FROM lists WHERE site_id = ? AND display_name = ?').get(siteId, displayName) as
      | { json: string }
      | undefined;
    return row ? (JSON.parse(row.json) as List) : undefined;
  }

  findById(listId: string): List | undefined {
    const row = this.db.prepare('SELECT json FROM lists WHERE lower(id) = lower(?)').get(listId) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as List) : undefined;
  }

  /** By id or by display name, as Graph accepts `lists/{list-id | list-title}`. */
  get(siteId: string, idOrName: string): List {
    const byId = this.findById(idOrName);
    const list = byId && byId.parentReference.siteId === siteId ? byId : this.findByName(siteId, idOrName);
    if (!list) throw notFound('List not found');
    return list;
  }

  delete(listId: string): void {
    this.db.prepare('DELETE FROM lists WHERE id = ?').run(listId);
    this.db.prepare('DELETE FROM changes WHERE list_id = ?').run(listId);
  }

  touch(list: List): void {
    list.lastModifiedDateTime = isoNow();
    this.db.prepare('UPDATE lists SET json = ? WHERE id = ?').run(JSON.stringify(list), list.id);
  }

  columns(listId: string): ColumnDefinition[] {
    return (
      this.db.prepare('SELECT json FROM columns WHERE list_id = ? ORDER BY position').all(listId) as { json: string }[]
    ).map((r) => JSON.parse(r.json) as ColumnDefinition);
  }

  /** Adds a column; 409 when the name is taken (built-ins included). */
  addColumn(listId: string, def: Omit<ColumnDefinition, 'id'>): ColumnDefinition {
    if (this.db.prepare('SELECT 1 FROM columns WHERE list_id = ? AND name = ?').get(listId, def.name)) {
      throw new GraphHttpError(409, 'nameAlreadyExists', `A column named '${def.name}' already exists in this list.`);
    }
    const column: ColumnDefinition = { id: newGuid(), ...def };
    const { n } = this.db.prepare('SELECT COUNT(*) AS n FROM columns WHERE list_id = ?').get(listId) as { n: number };
    this.db
      .prepare('INSERT INTO columns (id, list_id, name, position, json) VALUES (?, ?, ?, ?, ?)')
      .run(column.id, listId, column.name, n, JSON.stringify(column));
    return column;
  }

  /** Replaces a stored column (PATCH of the mutable properties). */
  saveColumn(listId: string, column: ColumnDefinition): void {
    this.db.prepare('UPDATE columns SET json = ? WHERE list_id = ? AND id = ?').run(JSON.stringify(column), listId, column.id);
  }

  /** Allocates the next item id of the list (SharePoint never reuses ids). */
  nextItemId(listId: string): number {
    const row = this.db
      .prepare('UPDATE lists SET next_item_id = next_item_id + 1 WHERE id = ? RETURNING next_item_id - 1 AS id')
      .get(listId) as { id: number };
    return row.id;
  }
}
