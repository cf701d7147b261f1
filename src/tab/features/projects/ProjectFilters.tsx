import { Field, Select } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../../../domain/labels';
import { FilterBar } from '../../components/FilterBar';
import { useLocale } from '../../components/useLocale';
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
  const locale = useLocale();
  return (
    <FilterBar
      label={t('projects.filters')}
      filter={filter}
      onFilter={onFilter}
      codes={[
        { field: 'kind', group: 'projectKind', label: t('projects.kind') },
        { field: 'status', group: 'projectStatus', label: t('projects.status') },
        {
          field: 'programme',
          group: 'programme',
          label: fieldLabel(locale, 'project', 'programme'),
        },
      ]}
      flags={[
        { field: 'withLinnaeusUniversity', label: t('projects.withLU') },
        { field: 'withBusiness', label: t('projects.withBusiness') },
        { field: 'withoutResults', label: t('projects.withoutResults') },
        { field: 'pastEnd', label: t('projects.pastEnd') },
      ]}
    >
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
