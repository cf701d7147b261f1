import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, label } from '../../../domain/labels';
import type { Project } from '../../../domain/records';
import {
  RecordList,
  SavedNote,
  recordPagePlaceholder,
  useRecordPage,
  type RecordPageOptions,
} from '../../components/RecordListPage';
import { useLocale } from '../../components/useLocale';
import type { ListPreset } from '../../app/navigation';
import {
  filterProjects,
  sortProjects,
  type ProjectFilter,
  type ProjectSortKey,
} from './filter-projects';
import { ProjectFilters } from './ProjectFilters';
import { ProjectForm } from './ProjectForm';
import { ProjectDetail } from './ProjectDetail';

/**
 * Projekt och ansökningar: the virtualised list with filters, the detail and the form. A deep
 * link (`open`, a shared good example) opens the project's detail.
 */
export function ProjectsPage({
  startWithNew = false,
  preset,
  ...link
}: Partial<RecordPageOptions> & { preset?: ListPreset | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const page = useRecordPage('projects', 'detail', { startWithNew, ...link });
  const { view, setView, current: project } = page;
  // An overview to-do opens the list narrowed to exactly its records.
  const [filter, setFilter] = useState<ProjectFilter>(() => ({
    ...(preset?.withoutResults ? { withoutResults: true } : {}),
    ...(preset?.pastEnd ? { pastEnd: true } : {}),
    ...(preset?.administrationId ? { administrationId: preset.administrationId } : {}),
  }));
  const [sort, setSort] = useState<ProjectSortKey>('modifiedAt');
  const shown = useMemo(
    () => sortProjects(filterProjects(page.records, filter), sort),
    [page.records, filter, sort],
  );
  const placeholder = recordPagePlaceholder(page);
  if (placeholder !== undefined) return placeholder;

  if (view.mode === 'form') {
    return (
      <ProjectForm
        key={view.id ?? 'new'}
        project={project}
        writable={page.writable}
        onClose={() => setView(view.id ? { mode: 'detail', id: view.id } : { mode: 'list' })}
        onSaved={page.onSaved}
      />
    );
  }
  if (view.mode === 'detail' && project) {
    return (
      <>
        <SavedNote page={page} />
        <ProjectDetail
          project={project}
          writable={page.writable.includes(project.administrationId)}
          onEdit={() => setView({ mode: 'form', id: view.id })}
          onBack={() => setView({ mode: 'list' })}
          onSaved={page.onSaved}
        />
      </>
    );
  }

  return (
    <RecordList
      heading={t('projects.heading')}
      newLabel={t('projects.new')}
      listLabel={t('projects.listLabel')}
      page={page}
      shown={shown}
      filters={<ProjectFilters filter={filter} onFilter={setFilter} sort={sort} onSort={setSort} />}
      badge={(p) => label(locale, 'projectStatus', p.status)}
      details={(p: Project) => (
        <>
          <span>{label(locale, 'programme', p.programme)}</span>
          {p.startDate && <span>{formatDate(locale, p.startDate)}</span>}
        </>
      )}
    />
  );
}
