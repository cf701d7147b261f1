import { createContext, useContext, useSyncExternalStore } from 'react';

/**
 * Which loads are showing a saved copy (local-cache.ts) right now: while Graph is asked again
 * ("refreshing"), or after that failed ("failed", with when the copy was saved). The shell reads
 * the sum of them to say "Uppdaterar…" or that the records shown could not be refreshed.
 */

/** One load's state while it shows a saved copy. */
export type SavedCopyState =
  { kind: 'refreshing'; savedAt: string } | { kind: 'failed'; savedAt: string; retry: () => void };

/** What the shell shows: refreshing wins over failed; the oldest saved copy is named. */
export type RefreshSummary =
  | { kind: 'fresh' }
  | { kind: 'refreshing' }
  | { kind: 'failed'; savedAt: string; retry: () => void };

/** The loads' states, keyed by load; subscribe-able for `useSyncExternalStore`. */
export interface RefreshTracker {
  set(id: string, state: SavedCopyState | undefined): void;
  summary(): RefreshSummary;
  subscribe(listener: () => void): () => void;
}

/** A fresh tracker: one per data access (per user). */
export function createRefreshTracker(): RefreshTracker {
  const states = new Map<string, SavedCopyState>();
  const listeners = new Set<() => void>();
  let summary: RefreshSummary = { kind: 'fresh' };
  const summarise = (): RefreshSummary => {
    const all = [...states.values()];
    if (all.some((s) => s.kind === 'refreshing')) return { kind: 'refreshing' };
    const failed = all.filter((s) => s.kind === 'failed');
    const [oldest] = failed.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    if (!oldest) return { kind: 'fresh' };
    return {
      kind: 'failed',
      savedAt: oldest.savedAt,
      retry: () => failed.forEach((s) => s.retry()),
    };
  };
  return {
    set(id, state) {
      if (state) states.set(id, state);
      else if (!states.delete(id)) return;
      summary = summarise();
      listeners.forEach((l) => l());
    },
    summary: () => summary,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The tracker of the current data access; absent in tests that render a page alone. */
export const RefreshTrackerContext = createContext<RefreshTracker | undefined>(undefined);

const fresh: RefreshSummary = { kind: 'fresh' };
const noop = () => () => undefined;

/** The current summary, re-rendering when it changes. */
export function useRefreshSummary(): RefreshSummary {
  const tracker = useContext(RefreshTrackerContext);
  return useSyncExternalStore(
    tracker?.subscribe ?? noop,
    () => tracker?.summary() ?? fresh,
    () => fresh,
  );
}
