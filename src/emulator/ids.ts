import { randomBytes, randomUUID } from 'node:crypto';

/** A lower-case GUID as Graph returns for directory objects, lists and sites. */
export const newGuid = (): string => randomUUID();

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A OneDrive/SharePoint-style driveItem id: `01` followed by 32 base32 characters. */
export function newDriveItemId(): string {
  const bytes = randomBytes(32);
  let out = '01';
  for (const b of bytes) out += BASE32[b % 32];
  return out;
}

/** A SharePoint drive id: `b!` followed by base64url text, like Graph's document library ids. */
export const newDriveId = (): string => `b!${randomBytes(48).toString('base64url')}`;

/** ISO 8601 in UTC without milliseconds, as SharePoint answers through Graph. */
export const isoNow = (): string => isoSeconds(new Date());
export const isoSeconds = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Opaque, restart-proof token: base64url JSON. Tampering yields a 400 on decode. */
export const encodeToken = (value: unknown): string =>
  Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
export function decodeToken<T>(token: string, guard: (v: unknown) => v is T): T | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    return guard(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
