import { useEffect, useMemo, useState } from 'react';
import { draftIds } from './useDraft';

/**
 * A record's key across administrations: SharePoint item ids count per list, so the same id
 * exists on every administration's site.
 */
export function recordKey(record: { id?: string; administrationId?: string }): string | undefined {
  return record.id === undefined ? undefined : `${record.administrationId ?? ''}~${record.id}`;
}

/** Which part of a record page is showing; `id` is a `recordKey`. */
export type RecordView =
  { mode: 'list' } | { mode: 'form'; id?: string } | { mode: 'detail'; id: string };

/**
 * The navigation state of a record page (list, detail, form). A draft left by a reload reopens
 * its form, so unsaved edits are never silently dropped; a just-saved record is shown until the
 * reload brings it back from the store.
 */
export function useRecordView<T extends { id?: string; administrationId: string }>(options: {
  kind: string;
  user: string;
  startWithNew: boolean;
  loaded: readonly T[] | undefined;
  reload: () => void;
}) {
  const { loaded } = options;
  const [view, setView] = useState<RecordView>(() => {
    if (options.startWithNew) return { mode: 'form' };
    const first = draftIds(options.kind, options.user)[0];
    if (first === undefined) return { mode: 'list' };
    return first === 'new' ? { mode: 'form' } : { mode: 'form', id: first };
  });
  const [saved, setSaved] = useState<T>();
  useEffect(() => setSaved(undefined), [loaded]);
  const records = useMemo(() => {
    const list = loaded ?? [];
    if (!saved) return list;
    const key = recordKey(saved);
    const known = list.some((r) => recordKey(r) === key);
    return known ? list.map((r) => (recordKey(r) === key ? saved : r)) : [...list, saved];
  }, [loaded, saved]);

  const onSaved = (record: T) => {
    setSaved(record);
    const key = recordKey(record);
    setView(key ? { mode: 'detail', id: key } : { mode: 'list' });
    options.reload();
  };
  const find = (id: string | undefined) =>
    id === undefined ? undefined : records.find((r) => recordKey(r) === id);
  return { view, setView, records, onSaved, find };
}
