import { useMemo, useState } from 'react';
import { Badge, Link } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { formatDate, label } from '../../../domain/labels';
import type { Project } from '../../../domain/records';
import { useGraph } from '../../data/DataContext';
import { useMyAdministrations, useRecords } from '../../data/hooks';
import { ErrorBar } from '../../components/ErrorBar';
import { GoodExampleBadge } from '../../components/good-example';
import {
  ListPageFrame,
  LoadingSkeleton,
  useAdministrations,
  useListPageStyles,
} from '../../components/ListPage';
import { VirtualList } from '../../components/VirtualList';
import { recordKey, useRecordView, type RecordLink } from '../../components/useRecordView';
import { useLocale } from '../../components/useLocale';
import {
  filterProjects,
  sortProjects,
  type ProjectFilter,
  type ProjectSortKey,
} from './filter-projects';
import { ProjectFilters } from './ProjectFilters';
import { ProjectForm } from './ProjectForm';
import { ProjectDetail } from './ProjectDetail';

/** Projekt och ansökningar: the virtualised list with filters, the detail and the form. */
export function ProjectsPage({
  startWithNew = false,
  open,
  onOpenMissing,
}: {
  startWithNew?: boolean;
  /** A deep link's project (a shared good example), opened as its detail. */
  open?: RecordLink | undefined;
  /** The linked project is gone or not readable for this user. */
  onOpenMissing?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const styles = useListPageStyles();
  const administrations = useAdministrations();
  const data = useGraph();
  const records = useRecords();
  const mine = useMyAdministrations();
  const writable = mine.data ?? [];
  const {
    view,
    setView,
    records: projects,
    onSaved,
    find,
  } = useRecordView<Project>({
    kind: 'project',
    user: data.user,
    startWithNew,
    loaded: records.data?.projects,
    reload: records.reload,
    open: open && { ...open, mode: 'detail' },
    onOpenMissing,
  });
  const [filter, setFilter] = useState<ProjectFilter>({});
  const [sort, setSort] = useState<ProjectSortKey>('modifiedAt');
  const shown = useMemo(
    () => sortProjects(filterProjects(projects, filter), sort),
    [projects, filter, sort],
  );
  if (records.loading && !records.data) {
    return <LoadingSkeleton />;
  }

  if (view.mode === 'form') {
    const project = find(view.id);
    if (view.id && !project)
      return records.error !== undefined ? <ErrorBar error={records.error} /> : null;
    return (
      <ProjectForm
        key={view.id ?? 'new'}
        project={project}
        writable={writable}
        onClose={() => setView(view.id ? { mode: 'detail', id: view.id } : { mode: 'list' })}
        onSaved={onSaved}
      />
    );
  }
  if (view.mode === 'detail') {
    const project = find(view.id);
    if (project) {
      return (
        <ProjectDetail
          project={project}
          writable={writable.includes(project.administrationId)}
          onEdit={() => setView({ mode: 'form', id: view.id })}
          onBack={() => setView({ mode: 'list' })}
          onSaved={onSaved}
        />
      );
    }
  }

  return (
    <ListPageFrame
      heading={t('projects.heading')}
      newLabel={t('projects.new')}
      canCreate={writable.length > 0}
      onNew={() => setView({ mode: 'form' })}
      error={records.error}
    >
      <ProjectFilters filter={filter} onFilter={setFilter} sort={sort} onSort={setSort} />
      <p aria-live="polite">
        {t('common.showing', { shown: shown.length, total: projects.length })}
      </p>
      <VirtualList
        items={shown}
        label={t('projects.listLabel')}
        getKey={(p) => recordKey(p) ?? p.title}
        renderRow={(p) => (
          <div className={styles.row}>
            <Link onClick={() => setView({ mode: 'detail', id: recordKey(p) ?? '' })}>
              {p.title}
            </Link>
            <div className={styles.meta}>
              <Badge appearance="tint">{label(locale, 'projectStatus', p.status)}</Badge>
              <span>{administrations.shortName(p.administrationId)}</span>
              <span>{label(locale, 'programme', p.programme)}</span>
              {p.startDate && <span>{formatDate(locale, p.startDate)}</span>}
              <GoodExampleBadge record={p} />
              {!writable.includes(p.administrationId) && <span>{t('common.readOnlyBadge')}</span>}
            </div>
          </div>
        )}
      />
    </ListPageFrame>
  );
}
