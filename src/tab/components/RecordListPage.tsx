import { useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { Badge, Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Activity, Project } from '../../domain/records';
import { useGraph } from '../data/DataContext';
import { useMyAdministrations, useRecords } from '../data/hooks';
import { ErrorBar } from './ErrorBar';
import { GoodExampleBadge } from './good-example';
import { ListPageFrame, LoadingSkeleton, useAdministrations, useListPageStyles } from './ListPage';
import { VirtualList } from './VirtualList';
import { recordKey, useRecordView, type RecordLink, type RecordView } from './useRecordView';

interface LoadedRecords {
  projects: Project;
  activities: Activity;
}

/** The list a record page shows: `projects` or `activities`. */
export type RecordListName = keyof LoadedRecords;

// The draft store's names predate the list names; keeping them keeps users' unsaved drafts.
const draftKind: Record<RecordListName, string> = { projects: 'project', activities: 'activity' };

/** What a page hands the shared shape: the shell's quick link and deep link. */
export interface RecordPageOptions {
  startWithNew: boolean;
  /** A deep link's record. */
  open?: RecordLink | undefined;
  /** The linked record is gone or not readable for this user. */
  onOpenMissing?: (() => void) | undefined;
}

/** The shared state of a record page (projects or activities). */
export interface RecordPageState<T> {
  view: RecordView;
  setView: Dispatch<SetStateAction<RecordView>>;
  /** Every readable record of the list, a just-saved one included. */
  records: readonly T[];
  onSaved: (record: T) => void;
  /** How the page shows one record. */
  openAs: 'detail' | 'form';
  /** The record the view points at, when it is loaded. */
  current: T | undefined;
  /** Administrations the user may write to. */
  writable: string[];
  /** A record was just saved (until the next form opens): the page says "Sparat". */
  saved: boolean;
  /** True until the first load answers. */
  loading: boolean;
  error: unknown;
}

/**
 * The state a record page (projects, activities) shares: every readable record of its list, the
 * administrations the user may write to, and the list/detail/form navigation with `current`, the
 * record the view points at. `openAs` is how the page shows one record.
 */
export function useRecordPage<L extends RecordListName>(
  list: L,
  openAs: 'detail' | 'form',
  options: RecordPageOptions,
): RecordPageState<LoadedRecords[L]> {
  const data = useGraph();
  const records = useRecords();
  const mine = useMyAdministrations();
  const view = useRecordView<LoadedRecords[L]>({
    kind: draftKind[list],
    user: data.user,
    startWithNew: options.startWithNew,
    loaded: records.data?.[list] as readonly LoadedRecords[L][] | undefined,
    reload: records.reload,
    open: options.open && { ...options.open, mode: openAs },
    onOpenMissing: options.onOpenMissing,
  });
  const [saved, setSaved] = useState(false);
  return {
    view: view.view,
    setView: (next) => {
      // Opening a form starts new work: the last save's note goes.
      if (typeof next === 'function' || next.mode === 'form') setSaved(false);
      view.setView(next);
    },
    records: view.records,
    onSaved: (record) => {
      view.onSaved(record);
      setSaved(true);
    },
    saved,
    openAs,
    current: view.view.mode === 'list' ? undefined : view.find(view.view.id),
    writable: mine.data ?? [],
    loading: records.loading && !records.data,
    error: records.error,
  };
}

/**
 * What a record page shows instead of its own content: the skeleton while loading, and for a
 * form on a record that is not (or no longer) loaded, the load error or nothing.
 */
export function recordPagePlaceholder<T>(page: RecordPageState<T>): ReactNode | undefined {
  if (page.loading) return <LoadingSkeleton />;
  if (page.view.mode === 'form' && page.view.id && page.current === undefined) {
    return page.error !== undefined ? <ErrorBar error={page.error} /> : null;
  }
  return undefined;
}

/** Props of the list view: texts, the page state, the filtered rows, the list's own parts. */
export interface RecordListProps<T> {
  heading: string;
  newLabel: string;
  listLabel: string;
  page: RecordPageState<T>;
  /** The records after the page's filter (and sort). */
  shown: readonly T[];
  /** The page's filter bar. */
  filters: ReactNode;
  /** The row's badge: the record's status or type. */
  badge: (record: T) => string;
  /** The row's own facts, between the administration and the good-example badge. */
  details: (record: T) => ReactNode;
}

/**
 * A record list page: heading with "new", error, filters, how many rows show, and the virtualised
 * rows (title link, badge, administration, the list's details, good example, read-only).
 */
export function RecordList<T extends Project | Activity>(props: RecordListProps<T>) {
  const { t } = useTranslation();
  const styles = useListPageStyles();
  const administrations = useAdministrations();
  const { page } = props;
  return (
    <ListPageFrame
      heading={props.heading}
      newLabel={props.newLabel}
      canCreate={page.writable.length > 0}
      onNew={() => page.setView({ mode: 'form' })}
      error={page.error}
    >
      <SavedNote page={page} />
      {props.filters}
      <p aria-live="polite">
        {t('common.showing', { shown: props.shown.length, total: page.records.length })}
      </p>
      <VirtualList
        items={props.shown}
        label={props.listLabel}
        getKey={(r) => recordKey(r) ?? r.title}
        renderRow={(r) => (
          <div className={styles.row}>
            <Link onClick={() => page.setView({ mode: page.openAs, id: recordKey(r) ?? '' })}>
              {r.title}
            </Link>
            <div className={styles.meta}>
              <Badge appearance="tint">{props.badge(r)}</Badge>
              <span>{administrations.name(r.administrationId)}</span>
              {props.details(r)}
              <GoodExampleBadge record={r} />
              {!page.writable.includes(r.administrationId) && (
                <span>{t('common.readOnlyBadge')}</span>
              )}
            </div>
          </div>
        )}
      />
    </ListPageFrame>
  );
}

/** "Sparat" in a live region after a record was saved, so the save is seen and heard. */
export function SavedNote({ page }: { page: { saved: boolean } }) {
  const { t } = useTranslation();
  return (
    <div role="status">
      {page.saved && (
        <MessageBar intent="success">
          <MessageBarBody>{t('common.saved')}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
