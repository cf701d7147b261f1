import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { featureName } from '../../i18n/feature-names';
import { formatDate, label } from '../../../domain/labels';
import type { Activity } from '../../../domain/records';
import { FilterBar } from '../../components/FilterBar';
import {
  RecordList,
  recordPagePlaceholder,
  useRecordPage,
  type RecordPageOptions,
} from '../../components/RecordListPage';
import { useLocale } from '../../components/useLocale';
import type { ListPreset } from '../../app/navigation';
import { filterActivities, type ActivityFilter } from './filter-activities';
import { ActivityForm } from './ActivityForm';
import { FlightBadge } from './FlightFlag';

/**
 * Övrigt internationellt arbete: the list with the flight flag, and the form. A deep link
 * (`open`, a shared good example) opens the activity's form.
 */
export function ActivitiesPage({
  startWithNew = false,
  preset,
  ...link
}: Partial<RecordPageOptions> & { preset?: ListPreset | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const page = useRecordPage('activities', 'form', { startWithNew, ...link });
  const { view, setView } = page;
  // An overview to-do opens the list narrowed to exactly its records.
  const [filter, setFilter] = useState<ActivityFilter>(() => ({
    ...(preset?.withoutResults ? { withoutResults: true } : {}),
    ...(preset?.flaggedOnly ? { flaggedOnly: true } : {}),
    ...(preset?.administrationId ? { administrationId: preset.administrationId } : {}),
  }));
  const shown = useMemo(() => filterActivities(page.records, filter), [page.records, filter]);

  const placeholder = recordPagePlaceholder(page);
  if (placeholder !== undefined) return placeholder;
  if (view.mode !== 'list') {
    return (
      <ActivityForm
        key={view.id ?? 'new'}
        activity={page.current}
        writable={page.writable}
        onClose={() => setView({ mode: 'list' })}
        onSaved={(saved) => {
          page.onSaved(saved);
          setView({ mode: 'list' });
        }}
      />
    );
  }

  return (
    <RecordList
      heading={featureName(locale, 'activities')}
      newLabel={t('activities.new')}
      listLabel={t('activities.listLabel')}
      page={page}
      shown={shown}
      filters={
        <FilterBar
          label={t('projects.filters')}
          filter={filter}
          onFilter={setFilter}
          codes={[{ field: 'type', group: 'activityType', label: t('activities.type') }]}
          flags={[
            { field: 'flaggedOnly', label: t('activities.flightFlag') },
            { field: 'withoutResults', label: t('activities.withoutResults') },
          ]}
        />
      }
      badge={(a) => label(locale, 'activityType', a.type)}
      details={(a: Activity) => (
        <>
          <span>{formatDate(locale, a.startDate)}</span>
          {a.travelMode !== 'none' && <span>{label(locale, 'travelMode', a.travelMode)}</span>}
          <FlightBadge activity={a} />
        </>
      )}
    />
  );
}
