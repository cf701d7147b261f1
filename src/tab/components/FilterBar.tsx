import { useId, useState, type ReactNode } from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import { FilterRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { fieldLabel, type LabelGroup } from '../../domain/labels';
import { FilterCheckbox } from './FilterCheckbox';
import { FilterSelect } from './FilterSelect';
import { useNarrow } from './useMediaQuery';
import { useLocale } from './useLocale';
import { filterYears, useAdministrations, useEnumOptions, useListPageStyles } from './ListPage';

/** The filters every record list has: free text, administration and year. */
export interface CommonFilter {
  text?: string | undefined;
  administrationId?: string | undefined;
  year?: number | undefined;
}

/** The fields of a filter that hold a code (undefined = all). */
type CodeField<F> = { [K in keyof F]-?: F[K] extends string | undefined ? K : never }[keyof F];
/** The fields of a filter that are on (true) or off (undefined). */
type FlagField<F> = { [K in keyof F]-?: F[K] extends boolean | undefined ? K : never }[keyof F];

/** A select over a domain label group's codes, e.g. a project's status. */
export interface CodeFilter<F> {
  field: CodeField<F>;
  group: LabelGroup;
  label: string;
}

/** A checkbox that narrows the list, e.g. only activities with a flight flag. */
export interface FlagFilter<F> {
  field: FlagField<F>;
  label: string;
}

/** Props: the filter and its setter, the bar's name, and the list's own filters. */
export interface FilterBarProps<F extends CommonFilter> {
  label: string;
  filter: F;
  onFilter: (filter: F) => void;
  /** The list's own selects over label codes, shown between the administration and the year. */
  codes?: readonly CodeFilter<F>[];
  /** The list's other selects, after its code selects. */
  selects?: ReactNode;
  /** The list's checkboxes, shown after the year. */
  flags?: readonly FlagFilter<F>[];
  /** The list's sorting and anything else, shown last. */
  children?: ReactNode;
}

/**
 * A record list's search bar: search, administration, the list's own selects, year, then its
 * checkboxes and sorting, so projects and activities filter the same way. On a narrow screen only
 * the search shows; the other filters open from a "Filter" button that counts those in use.
 */
export function FilterBar<F extends CommonFilter>(props: FilterBarProps<F>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const styles = useListPageStyles();
  const administrations = useAdministrations();
  const narrow = useNarrow();
  const [open, setOpen] = useState(false);
  const moreId = useId();
  const set = (patch: CommonFilter) => props.onFilter({ ...props.filter, ...patch });
  const active = [
    props.filter.administrationId,
    props.filter.year,
    ...(props.codes ?? []).map((code) => props.filter[code.field]),
    ...(props.flags ?? []).map((flag) => props.filter[flag.field]),
  ].filter((value) => value !== undefined && value !== false && value !== '').length;
  const filters = (
    <>
      <FilterSelect
        label={fieldLabel(locale, 'project', 'administrationId')}
        value={props.filter.administrationId}
        options={administrations.options}
        onChange={(v) => set({ administrationId: v })}
      />
      {props.codes?.map((code) => (
        <CodeFilterSelect
          key={String(code.field)}
          label={code.label}
          group={code.group}
          value={props.filter[code.field] as string | undefined}
          onChange={(value) => props.onFilter({ ...props.filter, [code.field]: value })}
        />
      ))}
      {props.selects}
      <FilterSelect
        label={t('common.year')}
        value={props.filter.year?.toString()}
        options={filterYears()}
        onChange={(v) => set({ year: v ? Number(v) : undefined })}
      />
      {props.flags?.map((flag) => (
        <FilterCheckbox
          key={String(flag.field)}
          label={flag.label}
          checked={props.filter[flag.field] as boolean | undefined}
          onChange={(on) => props.onFilter({ ...props.filter, [flag.field]: on })}
        />
      ))}
      {props.children}
    </>
  );
  return (
    <div className={styles.bar} role="search" aria-label={props.label}>
      <Field label={t('common.search')}>
        <Input
          type="search"
          value={props.filter.text ?? ''}
          onChange={(_, d) => set({ text: d.value })}
        />
      </Field>
      {narrow ? (
        // On a phone the filters wait behind a button, so the list starts on the first screen.
        <>
          <Button
            icon={<FilterRegular />}
            aria-expanded={open}
            aria-controls={moreId}
            onClick={() => setOpen(!open)}
          >
            {active > 0 ? t('common.filtersActive', { count: active }) : t('common.filters')}
          </Button>
          {open && (
            <div id={moreId} className={styles.bar}>
              {filters}
            </div>
          )}
        </>
      ) : (
        filters
      )}
    </div>
  );
}

function CodeFilterSelect(props: {
  label: string;
  group: LabelGroup;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  const options = useEnumOptions(props.group);
  return (
    <FilterSelect
      label={props.label}
      value={props.value}
      options={options}
      onChange={props.onChange}
    />
  );
}
