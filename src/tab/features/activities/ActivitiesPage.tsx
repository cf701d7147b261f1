import { useMemo, useState } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  Link,
  Select,
  Skeleton,
  SkeletonItem,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { formatDate, label, labelCodes } from '../../../domain/labels';
import type { Activity, ActivityType } from '../../../domain/records';
import { useGraph } from '../../data/DataContext';
import { useMyAdministrations, useRecords } from '../../data/hooks';
import { ErrorBar } from '../../components/ErrorBar';
import { VirtualList } from '../../components/VirtualList';
import { useLocale } from '../../components/useLocale';
import { useRecordView } from '../../components/useRecordView';
import { filterActivities, type ActivityFilter } from './filter-activities';
import { ActivityForm } from './ActivityForm';
import { FlightBadge } from './FlightFlag';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  top: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Övrigt internationellt arbete: the list with the flight flag, and the form. */
export function ActivitiesPage({ startWithNew = false }: { startWithNew?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const styles = useStyles();
  const data = useGraph();
  const records = useRecords();
  const mine = useMyAdministrations();
  const writable = mine.data ?? [];
  const { view, setView, records: activities, onSaved, find } = useRecordView<Activity>({
    kind: 'activity',
    user: data.user,
    startWithNew,
    loaded: records.data?.activities,
    reload: records.reload,
  });
  const [filter, setFilter] = useState<ActivityFilter>({});
  const shown = useMemo(() => filterActivities(activities, filter), [activities, filter]);
  const set = (patch: Partial<ActivityFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const years = useMemo(() => Array.from({ length: 8 }, (_, i) => new Date().getFullYear() + 1 - i), []);

  if (records.loading && !records.data) {
    return (
      <Skeleton aria-label={t('app.loading')}>
        {Array.from({ length: 6 }, (_, i) => (
          <SkeletonItem key={i} size={32} />
        ))}
      </Skeleton>
    );
  }
  if (view.mode !== 'list') {
    const activity = find(view.id);
    if (view.id && !activity) return records.error !== undefined ? <ErrorBar error={records.error} /> : null;
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
    <div className={styles.page}>
      <div className={styles.top}>
        <h2>{t('activities.heading')}</h2>
        <Button appearance="primary" disabled={writable.length === 0} onClick={() => setView({ mode: 'form' })}>
          {t('activities.new')}
        </Button>
      </div>
      {records.error !== undefined && <ErrorBar error={records.error} />}
      <div className={styles.bar} role="search" aria-label={t('projects.filters')}>
        <Field label={t('common.search')}>
          <Input type="search" value={filter.text ?? ''} onChange={(_, d) => set({ text: d.value })} />
        </Field>
        <Field label={t('common.administration')}>
          <Select value={filter.administrationId ?? ''} onChange={(_, d) => set({ administrationId: d.value || undefined })}>
            <option value="">{t('common.all')}</option>
            {data.organisation.administrations.map((a) => (
              <option key={a.id} value={a.id}>
                {a.shortName ?? a.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('activities.type')}>
          <Select value={filter.type ?? ''} onChange={(_, d) => set({ type: (d.value || undefined) as ActivityType | undefined })}>
            <option value="">{t('common.all')}</option>
            {labelCodes('activityType').map((c) => (
              <option key={c} value={c}>
                {label(locale, 'activityType', c)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('common.year')}>
          <Select value={filter.year === undefined ? '' : String(filter.year)} onChange={(_, d) => set({ year: d.value ? Number(d.value) : undefined })}>
            <option value="">{t('common.all')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Checkbox label={t('activities.flightFlag')} checked={filter.flaggedOnly === true} onChange={(_, d) => set({ flaggedOnly: d.checked === true || undefined })} />
      </div>
      <p aria-live="polite">{t('common.showing', { shown: shown.length, total: activities.length })}</p>
      <VirtualList
        items={shown}
        label={t('activities.listLabel')}
        getKey={(a) => a.id ?? a.title}
        renderRow={(a) => (
          <div className={styles.row}>
            <Link onClick={() => a.id && setView({ mode: 'form', id: a.id })}>{a.title}</Link>
            <div className={styles.meta}>
              <Badge appearance="tint">{label(locale, 'activityType', a.type)}</Badge>
              <span>{data.organisation.administrations.find((x) => x.id === a.administrationId)?.shortName ?? a.administrationId}</span>
              <span>{formatDate(locale, a.startDate)}</span>
              {a.travelMode !== 'none' && <span>{label(locale, 'travelMode', a.travelMode)}</span>}
              <FlightBadge activity={a} />
              {!writable.includes(a.administrationId) && <span>{t('common.readOnlyBadge')}</span>}
            </div>
          </div>
        )}
      />
    </div>
  );
}
