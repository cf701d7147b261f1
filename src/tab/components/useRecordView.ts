import { useEffect, useMemo, useState } from 'react';
import { draftIds } from './useDraft';

/**
 * A record's key across administrations: SharePoint item ids count per list, so the same id
 * exists on every administration's site.
 */
export function recordKey(record: { id?: string; administrationId?: string }): string | undefined {
  return record.id === undefined ? undefined : `${record.administrationId ?? ''}~${record.id}`;
}

/** A record a deep link points at. */
export interface RecordLink {
  administrationId: string;
  itemId: string;
}

function linkKey(link: RecordLink): string {
  return recordKey({ id: link.itemId, administrationId: link.administrationId }) ?? '';
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
  /** A deep link's record, opened as detail or form; it wins over a left draft. */
  open?: (RecordLink & { mode: 'detail' | 'form' }) | undefined;
  /** Called once when the linked record is not among the loaded ones (gone or no access). */
  onOpenMissing?: (() => void) | undefined;
}) {
  const { loaded, open, onOpenMissing } = options;
  const [view, setView] = useState<RecordView>(() => {
    if (options.startWithNew) return { mode: 'form' };
    if (open) return { mode: open.mode, id: linkKey(open) };
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

  // Every readable record is loaded, whatever the list's filter, so a link finds its record
  // here or nowhere; once the user has moved on, the link no longer matters.
  const openId = open && linkKey(open);
  useEffect(() => {
    if (openId === undefined || loaded === undefined) return;
    if (view.mode === 'list' || view.id !== openId) return;
    if (records.some((r) => recordKey(r) === openId)) return;
    setView({ mode: 'list' });
    onOpenMissing?.();
  }, [openId, loaded, records, view, onOpenMissing]);

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
