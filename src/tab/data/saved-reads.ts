import { z } from 'zod';
import { activitySchema, projectSchema, reportingRoundSchema } from '../../domain/records';
import type { LocalCache } from './local-cache';

/**
 * What the tab keeps of a user's reads between opens, each under its name with the zod schema it
 * is validated with when read back: the schemas the records are read from Graph with.
 */

const recordsSchema = z.object({
  projects: z.array(projectSchema),
  activities: z.array(activitySchema),
});

/** A read that can be shown from the local cache until Graph answers. */
export interface SavedRead<T> {
  /** The saved copy, or undefined when there is none (or it was dropped as invalid). */
  read(): Promise<{ value: T; savedAt: string } | undefined>;
  write(value: T): Promise<void>;
}

function savedRead<T>(cache: LocalCache, name: string, schema: z.ZodType<T>): SavedRead<T> {
  return { read: () => cache.read(name, schema), write: (value) => cache.write(name, value) };
}

const recordsName = (year: number | undefined) => `records:${year ?? 'all'}`;
const MY_ADMINISTRATIONS = 'my-administrations';
const ROUNDS = 'rounds';

/** The records of one load (every year, or one). */
export const savedRecords = (cache: LocalCache, year: number | undefined) =>
  savedRead(cache, recordsName(year), recordsSchema);

/** The administrations whose group the user belongs to. */
export const savedMyAdministrations = (cache: LocalCache) =>
  savedRead(cache, MY_ADMINISTRATIONS, z.array(z.string().min(1)));

/** The reporting rounds (undefined: the network site could not be read). */
export const savedRounds = (cache: LocalCache) =>
  savedRead(cache, ROUNDS, z.array(reportingRoundSchema).optional());

/** Starts reading what the first screen shows (every page starts from all records). */
export const warmSavedReads = (cache: LocalCache) =>
  cache.warm([recordsName(undefined), MY_ADMINISTRATIONS, ROUNDS]);
