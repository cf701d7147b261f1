import { z } from 'zod';
import type { DeltaCache, GraphListItem } from '../../graph/index';
import type { LocalCache } from './local-cache';

/**
 * The delta query's state (src/graph's `DeltaCache`: list ids per site, and per list its
 * `@odata.deltaLink` and items) kept between opens, so the refresh after a repeat open asks Graph
 * only for what changed. The items are raw list items: they are validated with the record schemas
 * when the loader maps them, like every answer from Graph.
 */

const NAME = 'delta';

const deltaStateSchema = z.object({
  listIds: z.array(z.tuple([z.string(), z.array(z.tuple([z.string(), z.string()]))])),
  lists: z.array(
    z.object({
      key: z.string(),
      deltaLink: z.url(),
      items: z.array(z.looseObject({ id: z.string() })),
    }),
  ),
});
type DeltaState = z.infer<typeof deltaStateSchema>;

/** The state as plain data (IndexedDB stores it by structured clone). */
function stateOf(cache: DeltaCache): DeltaState {
  return {
    listIds: [...cache.listIds].map(([site, lists]) => [site, [...lists]]),
    lists: [...cache.lists].map(([key, entry]) => ({
      key,
      deltaLink: entry.deltaLink,
      items: [...entry.items.values()].filter(
        (i): i is GraphListItem & { id: string } => i.id !== undefined,
      ),
    })),
  };
}

/** Saves the delta state of `cache`. */
export function saveDeltaState(local: LocalCache, cache: DeltaCache): Promise<void> {
  return local.write(NAME, stateOf(cache));
}

/**
 * Fills `cache` with the saved state; true when there was one. A delta link that does not point
 * at this Graph endpoint is not followed (the token would go with it): the state is dropped.
 */
export async function restoreDeltaState(
  local: LocalCache,
  cache: DeltaCache,
  graphBaseUrl: string,
): Promise<boolean> {
  const saved = await local.read(NAME, deltaStateSchema);
  if (!saved) return false;
  const base = graphBaseUrl.endsWith('/') ? graphBaseUrl : `${graphBaseUrl}/`;
  if (!saved.value.lists.every((l) => l.deltaLink.startsWith(base))) return false;
  for (const [site, lists] of saved.value.listIds) cache.listIds.set(site, new Map(lists));
  for (const list of saved.value.lists) {
    cache.lists.set(list.key, {
      deltaLink: list.deltaLink,
      items: new Map(list.items.map((item) => [item.id, item])),
    });
  }
  return true;
}

/** Empties `cache` (a refresh from saved state was refused: start from a full read). */
export function resetDeltaCache(cache: DeltaCache): void {
  cache.listIds.clear();
  cache.lists.clear();
}
