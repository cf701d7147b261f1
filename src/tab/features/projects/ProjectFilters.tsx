import { Checkbox, Field, Select } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Programme, ProjectKind, ProjectStatus } from '../../../domain/records';
import { FilterSelect } from '../../components/FilterSelect';
import { FilterBar } from '../../components/FilterBar';
import { useEnumOptions } from '../../components/ListPage';
import { projectSortKeys, type ProjectFilter, type ProjectSortKey } from './filter-projects';

/** Props: the filter and sort, with their setters. */
export interface ProjectFiltersProps {
  filter: ProjectFilter;
  onFilter: (filter: ProjectFilter) => void;
  sort: ProjectSortKey;
  onSort: (sort: ProjectSortKey) => void;
}

/** Search, filters (administration, kind, status, programme, year, LNU/business) and sorting. */
export function ProjectFilters({ filter, onFilter, sort, onSort }: ProjectFiltersProps) {
  const { t } = useTranslation();
  const kinds = useEnumOptions('projectKind');
  const statuses = useEnumOptions('projectStatus');
  const programmes = useEnumOptions('programme');
  const set = (patch: Partial<ProjectFilter>) => onFilter({ ...filter, ...patch });
  return (
    <FilterBar
      label={t('projects.filters')}
      filter={filter}
      onFilter={onFilter}
      selects={
        <>
          <FilterSelect
            label={t('projects.kind')}
            value={filter.kind}
            options={kinds}
            onChange={(v) => set({ kind: v as ProjectKind | undefined })}
          />
          <FilterSelect
            label={t('projects.status')}
            value={filter.status}
            options={statuses}
            onChange={(v) => set({ status: v as ProjectStatus | undefined })}
          />
          <FilterSelect
            label={t('projects.programme')}
            value={filter.programme}
            options={programmes}
            onChange={(v) => set({ programme: v as Programme | undefined })}
          />
        </>
      }
    >
      <Checkbox
        label={t('projects.withLU')}
        checked={filter.withLinnaeusUniversity === true}
        onChange={(_, d) => set({ withLinnaeusUniversity: d.checked === true || undefined })}
      />
      <Checkbox
        label={t('projects.withBusiness')}
        checked={filter.withBusiness === true}
        onChange={(_, d) => set({ withBusiness: d.checked === true || undefined })}
      />
      <Field label={t('common.sortBy')}>
        <Select value={sort} onChange={(_, d) => onSort(d.value as ProjectSortKey)}>
          {projectSortKeys.map((k) => (
            <option key={k} value={k}>
              {t(`projects.sort.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
    </FilterBar>
  );
}
