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

/** The records of one load (every year, or one). */
export const savedRecords = (cache: LocalCache, year: number | undefined) =>
  savedRead(cache, `records:${year ?? 'all'}`, recordsSchema);

/** The administrations whose group the user belongs to. */
export const savedMyAdministrations = (cache: LocalCache) =>
  savedRead(cache, 'my-administrations', z.array(z.string().min(1)));

/** The reporting rounds (undefined: the network site could not be read). */
export const savedRounds = (cache: LocalCache) =>
  savedRead(cache, 'rounds', z.array(reportingRoundSchema).optional());
