import { isApplicationInYear, isOngoingInYear } from '../../../domain/counting';
import { isPastEndStillOngoing, projectLacksResults } from '../../../domain/follow-up-rules';
import type { Programme, Project, ProjectKind, ProjectStatus } from '../../../domain/records';

/** The list's filters; an undefined field does not filter. */
export interface ProjectFilter {
  text?: string;
  kind?: ProjectKind;
  status?: ProjectStatus;
  programme?: Programme;
  year?: number;
  administrationId?: string;
  withLinnaeusUniversity?: boolean;
  withBusiness?: boolean;
  /** Only completed projects without achieved results. */
  withoutResults?: boolean;
  /** Only projects past their end date that still say ongoing. */
  pastEnd?: boolean;
}

/** Sort keys offered by the list. */
export const projectSortKeys = ['title', 'startDate', 'status', 'modifiedAt'] as const;
export type ProjectSortKey = (typeof projectSortKeys)[number];

/**
 * Filters projects. A year matches a project that ran in it or whose application was submitted
 * in it (the report's counting rules), so planned projects without dates only match "all years".
 */
export function filterProjects(
  projects: readonly Project[],
  filter: ProjectFilter,
  today = new Date().toISOString().slice(0, 10),
): Project[] {
  const text = filter.text?.trim().toLowerCase();
  return projects.filter(
    (p) =>
      (!text ||
        [
          p.title,
          p.description,
          p.registrationNumber,
          p.programmeDetail,
          ...p.partners.map((x) => x.name),
        ]
          .filter(Boolean)
          .some((s) => s!.toLowerCase().includes(text))) &&
      (!filter.kind || p.kind === filter.kind) &&
      (!filter.status || p.status === filter.status) &&
      (!filter.programme || p.programme === filter.programme) &&
      (!filter.administrationId || p.administrationId === filter.administrationId) &&
      (!filter.withLinnaeusUniversity || p.withLinnaeusUniversity) &&
      (!filter.withBusiness || p.withBusiness) &&
      (!filter.withoutResults || projectLacksResults(p)) &&
      (!filter.pastEnd || isPastEndStillOngoing(p, today)) &&
      (filter.year === undefined ||
        isOngoingInYear(p, filter.year) ||
        isApplicationInYear(p, filter.year)),
  );
}

/** Sorts a copy: titles A–Ö (Swedish collation), dates and modification newest first. */
export function sortProjects(projects: readonly Project[], key: ProjectSortKey): Project[] {
  const collator = new Intl.Collator('sv');
  const copy = [...projects];
  switch (key) {
    case 'title':
      return copy.sort((a, b) => collator.compare(a.title, b.title));
    case 'status':
      return copy.sort(
        (a, b) => collator.compare(a.status, b.status) || collator.compare(a.title, b.title),
      );
    case 'startDate':
    case 'modifiedAt':
      return copy.sort((a, b) => (b[key] ?? '').localeCompare(a[key] ?? ''));
  }
}
