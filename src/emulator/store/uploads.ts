import type { Db } from './db.js';
import { randomBytes } from 'node:crypto';
import { notFound } from '../errors.js';

export interface UploadSession {
  id: string;
  driveId: string;
  parentId: string;
  name: string;
  /** conflictBehavior chosen at creation. */
  behavior: string;
  received: number;
  author: string;
  expires: string;
}

interface Row {
  id: string;
  drive_id: string;
  parent_id: string;
  name: string;
  expected: number | null;
  received: Buffer;
  author: string;
  expires: string;
}

/** Resumable upload sessions: bytes received so far, kept in SQLite until the last fragment. */
export class UploadStore {
  constructor(private readonly db: Db) {}

  /** The parent column holds `parentId|conflictBehavior` (kept in the original schema of the table). */
  create(driveId: string, parentId: string, name: string, behavior: string, author: string, expires: string): UploadSession {
    const id = randomBytes(24).toString('base64url');
    this.db
      .prepare('INSERT INTO upload_sessions (id, drive_id, parent_id, name, expected, received, author, expires) VALUES (?, ?, ?, ?, NULL, ?, ?, ?)')
      .run(id, driveId, `${parentId}|${behavior}`, name, Buffer.alloc(0), author, expires);
    return this.get(id);
  }

  get(id: string): UploadSession {
    const row = this.db.prepare('SELECT * FROM upload_sessions WHERE id = ?').get(id) as Row | undefined;
    if (!row || Date.parse(row.expires) <= Date.now()) throw notFound('The upload session was not found or has expired.');
    const [parentId = '', behavior = 'replace'] = row.parent_id.split('|');
    return { id: row.id, driveId: row.drive_id, parentId, name: row.name, behavior, received: row.received.length, author: row.author, expires: row.expires };
  }

  bytes(id: string): Buffer {
    const { received } = this.db.prepare('SELECT received FROM upload_sessions WHERE id = ?').get(id) as {
      received: Uint8Array;
    };
    return Buffer.from(received.buffer, received.byteOffset, received.byteLength);
  }

  append(id: string, chunk: Buffer, total: number): void {
    this.db.prepare('UPDATE upload_sessions SET received = ?, expected = ? WHERE id = ?').run(Buffer.concat([this.bytes(id), chunk]), total, id);
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM upload_sessions WHERE id = ?').run(id);
  }
}
