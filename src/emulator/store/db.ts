import { randomBytes } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';

/** The emulator's database: Node's built-in SQLite (nothing is compiled at install). */
export type Db = DatabaseSync;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  upn TEXT NOT NULL UNIQUE COLLATE NOCASE,
  lookup_id INTEGER NOT NULL UNIQUE,
  json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS groups (
  id TEXT PRIMARY KEY,
  mail_nickname TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS group_members (
  group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users(id),
  role TEXT NOT NULL CHECK (role IN ('owner', 'member')),
  PRIMARY KEY (group_id, user_id, role)
);
CREATE TABLE IF NOT EXISTS sites (
  id TEXT PRIMARY KEY,
  host TEXT NOT NULL,
  path TEXT NOT NULL,
  group_id TEXT,
  channel_key TEXT,
  json TEXT NOT NULL,
  UNIQUE (host, path)
);
CREATE TABLE IF NOT EXISTS lists (
  id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL REFERENCES sites(id),
  display_name TEXT NOT NULL COLLATE NOCASE,
  next_item_id INTEGER NOT NULL DEFAULT 1,
  json TEXT NOT NULL,
  UNIQUE (site_id, display_name)
);
CREATE TABLE IF NOT EXISTS list_policies (
  list_id TEXT PRIMARY KEY REFERENCES lists(id) ON DELETE CASCADE,
  writers TEXT NOT NULL CHECK (writers IN ('members', 'owners')),
  write_security TEXT NOT NULL CHECK (write_security IN ('all', 'own'))
);
CREATE TABLE IF NOT EXISTS columns (
  id TEXT PRIMARY KEY,
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  name TEXT NOT NULL COLLATE NOCASE,
  position INTEGER NOT NULL,
  json TEXT NOT NULL,
  UNIQUE (list_id, name)
);
CREATE TABLE IF NOT EXISTS items (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  id INTEGER NOT NULL,
  etag_guid TEXT NOT NULL,
  version INTEGER NOT NULL,
  change_seq INTEGER NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  author TEXT NOT NULL,
  editor TEXT NOT NULL,
  fields TEXT NOT NULL,
  PRIMARY KEY (list_id, id)
);
CREATE INDEX IF NOT EXISTS items_change ON items (list_id, change_seq);
CREATE TABLE IF NOT EXISTS item_versions (
  list_id TEXT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  modified TEXT NOT NULL,
  editor TEXT NOT NULL,
  fields TEXT NOT NULL,
  PRIMARY KEY (list_id, item_id, version)
);
CREATE TABLE IF NOT EXISTS changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  list_id TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  deleted INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS changes_list ON changes (list_id, deleted, seq);
CREATE TABLE IF NOT EXISTS drives (
  id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL REFERENCES sites(id),
  root_id TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS drive_items (
  id TEXT PRIMARY KEY,
  drive_id TEXT NOT NULL REFERENCES drives(id),
  parent_id TEXT,
  name TEXT NOT NULL COLLATE NOCASE,
  folder INTEGER NOT NULL,
  mime TEXT,
  size INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  content BLOB,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  author TEXT NOT NULL,
  editor TEXT NOT NULL,
  UNIQUE (drive_id, parent_id, name)
);
CREATE TABLE IF NOT EXISTS teams (
  id TEXT PRIMARY KEY REFERENCES groups(id),
  json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS team_operations (
  id TEXT PRIMARY KEY,
  team_id TEXT NOT NULL,
  target_type TEXT NOT NULL,
  target_id TEXT NOT NULL,
  polls INTEGER NOT NULL DEFAULT 0,
  json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS channels (
  id TEXT PRIMARY KEY,
  team_id TEXT NOT NULL REFERENCES teams(id),
  display_name TEXT NOT NULL COLLATE NOCASE,
  json TEXT NOT NULL,
  UNIQUE (team_id, display_name)
);
CREATE TABLE IF NOT EXISTS channel_members (
  id TEXT PRIMARY KEY,
  channel_key TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users(id),
  roles TEXT NOT NULL,
  UNIQUE (channel_key, user_id)
);
CREATE TABLE IF NOT EXISTS messages (
  id TEXT PRIMARY KEY,
  channel_key TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS upload_sessions (
  id TEXT PRIMARY KEY,
  drive_id TEXT NOT NULL,
  parent_id TEXT NOT NULL,
  name TEXT NOT NULL,
  expected INTEGER,
  received BLOB NOT NULL,
  author TEXT NOT NULL,
  expires TEXT NOT NULL
);
`;

/** Opens (and creates) the emulator database in WAL mode with foreign keys on. */
export function openDatabase(path: string): Db {
  const db = new DatabaseSync(path);
  if (path !== ':memory:') db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec(SCHEMA);
  return db;
}

let savepoints = 0;

/**
 * Runs fn in one SQLite transaction: a thrown error leaves nothing written. Nested calls become
 * savepoints, so an inner failure the caller catches undoes only the inner part.
 */
export function transaction<T>(db: Db, fn: () => T): T {
  if (db.isTransaction) {
    const name = `sp${++savepoints}`;
    db.exec(`SAVEPOINT ${name}`);
    try {
      const result = fn();
      db.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      db.exec(`ROLLBACK TO ${name}`);
      db.exec(`RELEASE ${name}`);
      throw error;
    }
  }
  db.exec('BEGIN');
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** A per-database secret (for token signatures) that survives restarts. */
export function databaseSecret(db: Db): Buffer {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'secret'").get() as
    { value: string } | undefined;
  if (row) return Buffer.from(row.value, 'base64');
  const secret = randomBytes(32);
  db.prepare("INSERT INTO meta (key, value) VALUES ('secret', ?)").run(secret.toString('base64'));
  return secret;
}

/** Next value of the global change sequence used by item delta. */
export function nextChangeSeq(db: Db, listId: string, itemId: number, deleted: boolean): number {
  const info = db
    .prepare('INSERT INTO changes (list_id, item_id, deleted) VALUES (?, ?, ?)')
    .run(listId, itemId, deleted ? 1 : 0);
  return Number(info.lastInsertRowid);
}
