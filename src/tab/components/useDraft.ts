import { useCallback, useState } from 'react';

/** What a draft keeps: the form values and the version (base + eTag) they were started from. */
export interface Draft<V> {
  values: V;
  base?: Record<string, unknown>;
  etag?: string;
}

/** The localStorage key of a draft: per record kind, record (or `new`) and user. */
export function draftKey(kind: string, recordId: string | undefined, user: string): string {
  return `ia-draft:${kind}:${user}:${recordId ?? 'new'}`;
}

/** Reads a stored draft; a corrupt entry is treated as none (it is never worth a crash). */
export function readDraft<V>(key: string): Draft<V> | undefined {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Draft<V>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Stores a draft. Past the storage quota (a pasted megabyte, or many old drafts) the browser
 * throws; the form state must still take the input, so the draft then lives in memory only and
 * the stored one stays as it was (test/e2e/reliability).
 */
function writeDraft<V>(key: string, draft: Draft<V>): void {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // QuotaExceededError: the typed value is kept in the form; only reload-survival is lost.
  }
}

/** Ids of the records of `kind` that have a draft for `user` (`new` for an unsaved record). */
export function draftIds(kind: string, user: string): string[] {
  const prefix = `ia-draft:${kind}:${user}:`;
  const ids: string[] = [];
  for (let i = 0; i < localStorage.length; i += 1) {
    const key = localStorage.key(i);
    if (key?.startsWith(prefix)) ids.push(key.slice(prefix.length));
  }
  return ids;
}

/**
 * Form state that survives a reload: every change is written to localStorage until the record
 * is saved or the draft discarded. `restored` says a draft was found when the form opened.
 */
export function useDraft<V>(key: string, initial: () => Draft<V>) {
  const [state, setState] = useState<{ draft: Draft<V>; restored: boolean }>(() => {
    const stored = readDraft<V>(key);
    return stored ? { draft: stored, restored: true } : { draft: initial(), restored: false };
  });
  const update = useCallback(
    (next: Draft<V>) => {
      writeDraft(key, next);
      setState((s) => ({ ...s, draft: next }));
    },
    [key],
  );
  const clear = useCallback(() => localStorage.removeItem(key), [key]);
  return { draft: state.draft, restored: state.restored, update, clear };
}
