import { Checkbox, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { label, labelCodes } from '../../../domain/labels';
import type { Programme, ProjectKind, ProjectStatus } from '../../../domain/records';
import { useGraph } from '../../data/DataContext';
import { useLocale } from '../../components/useLocale';
import { projectSortKeys, type ProjectFilter, type ProjectSortKey } from './filter-projects';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
});

/** Props: the filter and sort, with their setters, and the years to offer. */
export interface ProjectFiltersProps {
  filter: ProjectFilter;
  onFilter: (filter: ProjectFilter) => void;
  sort: ProjectSortKey;
  onSort: (sort: ProjectSortKey) => void;
  years: number[];
}

/** Search, filters (kind, status, programme, year, administration, LNU/business) and sorting. */
export function ProjectFilters({ filter, onFilter, sort, onSort, years }: ProjectFiltersProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const styles = useStyles();
  const data = useGraph();
  const set = (patch: Partial<ProjectFilter>) => onFilter({ ...filter, ...patch });
  const all = <option value="">{t('common.all')}</option>;
  return (
    <div className={styles.bar} role="search" aria-label={t('projects.filters')}>
      <Field label={t('common.search')}>
        <Input type="search" value={filter.text ?? ''} onChange={(_, d) => set({ text: d.value })} />
      </Field>
      <Field label={t('common.administration')}>
        <Select value={filter.administrationId ?? ''} onChange={(_, d) => set({ administrationId: d.value || undefined })}>
          {all}
          {data.organisation.administrations.map((a) => (
            <option key={a.id} value={a.id}>
              {a.shortName ?? a.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('projects.kind')}>
        <Select value={filter.kind ?? ''} onChange={(_, d) => set({ kind: (d.value || undefined) as ProjectKind | undefined })}>
          {all}
          {labelCodes('projectKind').map((c) => (
            <option key={c} value={c}>
              {label(locale, 'projectKind', c)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('projects.status')}>
        <Select value={filter.status ?? ''} onChange={(_, d) => set({ status: (d.value || undefined) as ProjectStatus | undefined })}>
          {all}
          {labelCodes('projectStatus').map((c) => (
            <option key={c} value={c}>
              {label(locale, 'projectStatus', c)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('projects.programme')}>
        <Select value={filter.programme ?? ''} onChange={(_, d) => set({ programme: (d.value || undefined) as Programme | undefined })}>
          {all}
          {labelCodes('programme').map((c) => (
            <option key={c} value={c}>
              {label(locale, 'programme', c)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('common.year')}>
        <Select value={filter.year === undefined ? '' : String(filter.year)} onChange={(_, d) => set({ year: d.value ? Number(d.value) : undefined })}>
          {all}
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox label={t('projects.withLU')} checked={filter.withLinnaeusUniversity === true} onChange={(_, d) => set({ withLinnaeusUniversity: d.checked === true || undefined })} />
      <Checkbox label={t('projects.withBusiness')} checked={filter.withBusiness === true} onChange={(_, d) => set({ withBusiness: d.checked === true || undefined })} />
      <Field label={t('common.sortBy')}>
        <Select value={sort} onChange={(_, d) => onSort(d.value as ProjectSortKey)}>
          {projectSortKeys.map((k) => (
            <option key={k} value={k}>
              {t(`projects.sort.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
