import { useCallback, useContext, useEffect, useId, useRef, useState } from 'react';
import { RefreshTrackerContext } from './refresh-status';
import type { SavedRead } from './saved-reads';

/** State of one load: the data, the error, and whether it is (re)loading. */
export interface FetchState<T> {
  data: T | undefined;
  /**
   * The last load's error; undefined while the saved copy is shown, as the shell tells that its
   * refresh failed (one message, not one per page part).
   */
  error: unknown;
  loading: boolean;
  /** Set while `data` is the saved copy from the local cache (when it was saved), not Graph's. */
  savedAt?: string | undefined;
  reload: () => void;
}

interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  savedAt?: string | undefined;
}

/**
 * Loads data with `load` whenever `key` changes or `reload()` is called; stale answers of an
 * earlier key are dropped so a fast filter change never shows old rows. With `saved`, the first
 * load of a key shows the saved copy at once (while `load` runs: the same Graph read), replaces
 * it with Graph's answer and saves that; a failed load keeps the saved copy shown. The
 * `RefreshTracker` hears which loads show a saved copy, for the shell's "Uppdaterar…".
 */
export function useFetchData<T>(
  load: () => Promise<T>,
  key: string,
  saved?: SavedRead<T>,
): FetchState<T> {
  const [state, setState] = useState<Loaded<T>>({
    data: undefined,
    error: undefined,
    loading: true,
  });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const tracker = useContext(RefreshTrackerContext);
  const id = useId();
  const shownKey = useRef<string | undefined>(undefined);

  useEffect(() => {
    let current = true;
    // The saved copy stands in only until this key has shown Graph's data once.
    const useSaved = saved !== undefined && shownKey.current !== key;
    let copy: { savedAt: string } | undefined;
    let outcome: 'pending' | 'ok' | 'failed' = 'pending';
    const report = () => {
      if (!current || !copy || outcome === 'ok') tracker?.set(id, undefined);
      else if (outcome === 'pending')
        tracker?.set(id, { kind: 'refreshing', savedAt: copy.savedAt });
      else tracker?.set(id, { kind: 'failed', savedAt: copy.savedAt, retry: reload });
    };
    setState((s) => ({ ...s, loading: true }));
    if (useSaved) {
      saved.read().then(
        (found) => {
          if (!current || !found || outcome === 'ok') return;
          copy = found;
          setState((s) => ({ ...s, data: found.value, error: undefined, savedAt: found.savedAt }));
          report();
        },
        () => undefined,
      );
    }
    load().then(
      (data) => {
        if (!current) return;
        outcome = 'ok';
        shownKey.current = key;
        setState({ data, error: undefined, loading: false });
        report();
        if (saved) void saved.write(data);
      },
      (error: unknown) => {
        if (!current) return;
        outcome = 'failed';
        setState((s) => (copy ? { ...s, loading: false } : { ...s, error, loading: false }));
        report();
      },
    );
    return () => {
      current = false;
      report();
    };
    // `load` and `saved` are recreated each render; `key` names what they load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation]);

  return { ...state, reload };
}
