import type { ReactNode } from 'react';
import { Field, Input } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from './FilterSelect';
import { filterYears, useAdministrations, useListPageStyles } from './ListPage';

/** The filters every record list has: free text, administration and year. */
export interface CommonFilter {
  text?: string | undefined;
  administrationId?: string | undefined;
  year?: number | undefined;
}

/** Props: the filter and its setter, the bar's name, and the list's own filters. */
export interface FilterBarProps<F extends CommonFilter> {
  label: string;
  filter: F;
  onFilter: (filter: F) => void;
  /** The list's own selects, shown between the administration and the year. */
  selects?: ReactNode;
  /** The list's checkboxes and sorting, shown after the year. */
  children?: ReactNode;
}

/**
 * A record list's search bar: search, administration, the list's own selects, year, then its
 * checkboxes and sorting, so projects and activities filter the same way.
 */
export function FilterBar<F extends CommonFilter>(props: FilterBarProps<F>) {
  const { t } = useTranslation();
  const styles = useListPageStyles();
  const administrations = useAdministrations();
  const set = (patch: CommonFilter) => props.onFilter({ ...props.filter, ...patch });
  return (
    <div className={styles.bar} role="search" aria-label={props.label}>
      <Field label={t('common.search')}>
        <Input
          type="search"
          value={props.filter.text ?? ''}
          onChange={(_, d) => set({ text: d.value })}
        />
      </Field>
      <FilterSelect
        label={t('common.administration')}
        value={props.filter.administrationId}
        options={administrations.options}
        onChange={(v) => set({ administrationId: v })}
      />
      {props.selects}
      <FilterSelect
        label={t('common.year')}
        value={props.filter.year?.toString()}
        options={filterYears()}
        onChange={(v) => set({ year: v ? Number(v) : undefined })}
      />
      {props.children}
    </div>
  );
}
