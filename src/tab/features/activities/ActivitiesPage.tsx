import { useMemo, useState } from 'react';
import { Badge, Checkbox, Link } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { formatDate, label } from '../../../domain/labels';
import type { Activity, ActivityType } from '../../../domain/records';
import { useGraph } from '../../data/DataContext';
import { useMyAdministrations, useRecords } from '../../data/hooks';
import { ErrorBar } from '../../components/ErrorBar';
import { GoodExampleBadge } from '../../components/good-example';
import { FilterSelect } from '../../components/FilterSelect';
import { FilterBar } from '../../components/FilterBar';
import {
  ListPageFrame,
  LoadingSkeleton,
  useAdministrations,
  useEnumOptions,
  useListPageStyles,
} from '../../components/ListPage';
import { VirtualList } from '../../components/VirtualList';
import { useLocale } from '../../components/useLocale';
import { recordKey, useRecordView, type RecordLink } from '../../components/useRecordView';
import { filterActivities, type ActivityFilter } from './filter-activities';
import { ActivityForm } from './ActivityForm';
import { FlightBadge } from './FlightFlag';

/** Övrigt internationellt arbete: the list with the flight flag, and the form. */
export function ActivitiesPage({
  startWithNew = false,
  open,
  onOpenMissing,
}: {
  startWithNew?: boolean;
  /** A deep link's activity (a shared good example), opened as its form. */
  open?: RecordLink | undefined;
  /** The linked activity is gone or not readable for this user. */
  onOpenMissing?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const styles = useListPageStyles();
  const administrations = useAdministrations();
  const types = useEnumOptions('activityType');
  const data = useGraph();
  const records = useRecords();
  const mine = useMyAdministrations();
  const writable = mine.data ?? [];
  const {
    view,
    setView,
    records: activities,
    onSaved,
    find,
  } = useRecordView<Activity>({
    kind: 'activity',
    user: data.user,
    startWithNew,
    loaded: records.data?.activities,
    reload: records.reload,
    open: open && { ...open, mode: 'form' },
    onOpenMissing,
  });
  const [filter, setFilter] = useState<ActivityFilter>({});
  const shown = useMemo(() => filterActivities(activities, filter), [activities, filter]);
  const set = (patch: Partial<ActivityFilter>) => setFilter((f) => ({ ...f, ...patch }));

  if (records.loading && !records.data) {
    return <LoadingSkeleton />;
  }
  if (view.mode !== 'list') {
    const activity = find(view.id);
    if (view.id && !activity)
      return records.error !== undefined ? <ErrorBar error={records.error} /> : null;
    return (
      <ActivityForm
        key={view.id ?? 'new'}
        activity={activity}
        writable={writable}
        onClose={() => setView({ mode: 'list' })}
        onSaved={(saved) => {
          onSaved(saved);
          setView({ mode: 'list' });
        }}
      />
    );
  }

  return (
    <ListPageFrame
      heading={t('activities.heading')}
      newLabel={t('activities.new')}
      canCreate={writable.length > 0}
      onNew={() => setView({ mode: 'form' })}
      error={records.error}
    >
      <FilterBar
        label={t('projects.filters')}
        filter={filter}
        onFilter={setFilter}
        selects={
          <FilterSelect
            label={t('activities.type')}
            value={filter.type}
            options={types}
            onChange={(v) => set({ type: v as ActivityType | undefined })}
          />
        }
      >
        <Checkbox
          label={t('activities.flightFlag')}
          checked={filter.flaggedOnly === true}
          onChange={(_, d) => set({ flaggedOnly: d.checked === true || undefined })}
        />
      </FilterBar>
      <p aria-live="polite">
        {t('common.showing', { shown: shown.length, total: activities.length })}
      </p>
      <VirtualList
        items={shown}
        label={t('activities.listLabel')}
        getKey={(a) => recordKey(a) ?? a.title}
        renderRow={(a) => (
          <div className={styles.row}>
            <Link onClick={() => setView({ mode: 'form', id: recordKey(a) ?? '' })}>{a.title}</Link>
            <div className={styles.meta}>
              <Badge appearance="tint">{label(locale, 'activityType', a.type)}</Badge>
              <span>{administrations.shortName(a.administrationId)}</span>
              <span>{formatDate(locale, a.startDate)}</span>
              {a.travelMode !== 'none' && <span>{label(locale, 'travelMode', a.travelMode)}</span>}
              <FlightBadge activity={a} />
              <GoodExampleBadge record={a} />
              {!writable.includes(a.administrationId) && <span>{t('common.readOnlyBadge')}</span>}
            </div>
          </div>
        )}
      />
    </ListPageFrame>
  );
}
