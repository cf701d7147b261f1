import type { Activity, Project } from '../../../domain/records';
import { MAX_BATCH_SIZE } from '../../../graph/batch';

/** The two writers the import needs (src/graph repositories satisfy them). */
export interface ImportTargets {
  projects: {
    createMany(inputs: readonly Project[]): Promise<Project[]>;
    remove(id: string, etag: string): Promise<void>;
  };
  activities: {
    createMany(inputs: readonly Activity[]): Promise<Activity[]>;
    remove(id: string, etag: string): Promise<void>;
  };
}

/** Records per write: one Graph `$batch` (src/graph's batch size), so progress moves per batch. */
export const importChunkSize = MAX_BATCH_SIZE;

/**
 * Writes validated records in chunks, reporting progress. If a chunk fails, what this run has
 * already created is removed again (best effort) and the error is rethrown, so a file is never
 * left half-imported.
 */
export async function runImport(
  targets: ImportTargets,
  records: { projects: readonly Project[]; activities: readonly Activity[] },
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<{ projects: Project[]; activities: Activity[] }> {
  const total = records.projects.length + records.activities.length;
  const created = { projects: [] as Project[], activities: [] as Activity[] };
  let done = 0;
  onProgress(0, total);
  try {
    for (const kind of ['projects', 'activities'] as const) {
      const list = records[kind];
      for (let i = 0; i < list.length; i += importChunkSize) {
        const chunk = list.slice(i, i + importChunkSize);
        const saved = await (
          targets[kind].createMany as (x: readonly unknown[]) => Promise<unknown[]>
        )(chunk);
        (created[kind] as unknown[]).push(...saved);
        done += chunk.length;
        onProgress(done, total);
      }
    }
  } catch (error) {
    await rollBack(targets, created);
    throw error;
  }
  return created;
}

async function rollBack(
  targets: ImportTargets,
  created: { projects: Project[]; activities: Activity[] },
) {
  for (const kind of ['projects', 'activities'] as const) {
    for (const record of created[kind]) {
      if (!record.id || !record.etag) continue;
      // A failed removal is left for the user to see in the list; the original error matters more.
      await targets[kind].remove(record.id, record.etag).catch(() => undefined);
    }
  }
}
