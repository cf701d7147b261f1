import { createStore, del, delMany, get, keys, set, type UseStore } from 'idb-keyval';
import { z } from 'zod';

/**
 * The tab's local copy of what a user last read (IndexedDB, through idb-keyval), so a second open
 * shows the last records at once while Graph is asked again. It is an optimisation, never a
 * source of truth: every entry belongs to one scope (Graph endpoint, tenant, user), is validated
 * with the caller's zod schema when read back, and anything that does not validate, or an
 * IndexedDB that cannot be opened, reads as "nothing saved".
 */

/** Whose entries these are: another user or tenant on the same browser never reads them. */
export interface CacheScope {
  graphBaseUrl: string;
  /** The Entra tenant when signed in with MSAL; absent against the local emulator. */
  tenantId?: string | undefined;
  /** The signed-in user's UPN. */
  user: string;
}

/** A value read back from the cache, with when it was written. */
export interface Saved<T> {
  value: T;
  savedAt: string;
}

/** One scope's entries. */
export interface LocalCache {
  /** The entry `name`, or undefined when none is saved or it does not validate (then dropped). */
  read<T>(name: string, schema: z.ZodType<T>): Promise<Saved<T> | undefined>;
  /** Saves `value` as `name` (a failure to save is not an error: the next open loads from Graph). */
  write(name: string, value: unknown): Promise<void>;
  /** Removes every entry of this scope (sign-out). */
  clear(): Promise<void>;
  /**
   * Starts reading these entries now (at the tab's start, while it renders), so the `read` that
   * follows finds them on its way; each warmed entry serves one read.
   */
  warm(names: readonly string[]): void;
}

/** Bumped when what is stored changes shape beyond what the schemas catch. */
const FORMAT = 1;
const DATABASE = 'internationellt-arbete';
const STORE = 'saved-reads';

const envelopeSchema = z.object({
  format: z.literal(FORMAT),
  scope: z.string(),
  savedAt: z.iso.datetime(),
  value: z.unknown(),
});

/** The scope as one string: the first part of every key, and repeated inside each entry. */
export function scopeKey(scope: CacheScope): string {
  return JSON.stringify([scope.graphBaseUrl, scope.tenantId ?? '', scope.user.toLowerCase()]);
}

let defaultStore: UseStore | undefined;

/**
 * Runs an IndexedDB step; without IndexedDB (some private windows, a test without one) or when
 * it fails, the fallback: the cache then simply has nothing, and the tab loads from Graph.
 */
async function quietly<T>(step: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await step();
  } catch {
    return fallback;
  }
}

/**
 * The cache of one scope. `store` is idb-keyval's store (one database for every scope; the scope
 * is each key's first part); tests hand in their own.
 */
export function createLocalCache(
  scope: CacheScope,
  store: () => UseStore = () => (defaultStore ??= createStore(DATABASE, STORE)),
): LocalCache {
  const owner = scopeKey(scope);
  const keyOf = (name: string): IDBValidKey => [owner, name];
  const warmed = new Map<string, Promise<unknown>>();
  const getRaw = (name: string) => quietly(() => get<unknown>(keyOf(name), store()), undefined);

  return {
    async read(name, schema) {
      const early = warmed.get(name);
      warmed.delete(name);
      const raw = await (early ?? getRaw(name));
      if (raw === undefined) return undefined;
      const envelope = envelopeSchema.safeParse(raw);
      const value =
        envelope.success && envelope.data.scope === owner
          ? schema.safeParse(envelope.data.value)
          : undefined;
      if (!envelope.success || !value?.success) {
        // Stale (an older shape) or corrupt: dropped; the load from Graph replaces it.
        await quietly(() => del(keyOf(name), store()), undefined);
        return undefined;
      }
      return { value: value.data, savedAt: envelope.data.savedAt };
    },
    warm(names) {
      for (const name of names) warmed.set(name, getRaw(name));
    },
    async write(name, value) {
      warmed.delete(name);
      const entry = { format: FORMAT, scope: owner, savedAt: new Date().toISOString(), value };
      await quietly(() => set(keyOf(name), entry, store()), undefined);
    },
    async clear() {
      const all = await quietly(() => keys(store()), []);
      const mine = all.filter((key) => Array.isArray(key) && key[0] === owner);
      await quietly(() => delMany(mine, store()), undefined);
    },
  };
}
