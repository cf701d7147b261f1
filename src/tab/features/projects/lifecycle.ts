import type { Project, ProjectStatus } from '../../../domain/records';

type DateField = 'applicationSubmitted' | 'decisionDate' | 'startDate' | 'endDate';

/**
 * The status lifecycle: planned → applied → granted/rejected/withdrawn → ongoing → completed.
 * Withdrawing is possible until the project runs.
 */
const transitions: Record<ProjectStatus, ProjectStatus[]> = {
  planned: ['applied', 'withdrawn'],
  applied: ['granted', 'rejected', 'withdrawn'],
  granted: ['ongoing', 'withdrawn'],
  rejected: [],
  withdrawn: [],
  ongoing: ['completed'],
  completed: [],
};

/** The statuses a project can move to from `status`. */
export function nextStatuses(status: ProjectStatus): ProjectStatus[] {
  return transitions[status];
}

/** The dates a step to `target` needs (the same rules as `projectSchema`). */
export function datesNeededFor(target: ProjectStatus): DateField[] {
  switch (target) {
    case 'applied':
      return ['applicationSubmitted'];
    case 'granted':
    case 'rejected':
      return ['applicationSubmitted', 'decisionDate'];
    case 'ongoing':
      return ['startDate'];
    case 'completed':
      return ['startDate', 'endDate'];
    default:
      return [];
  }
}

/** The dates to ask for when moving `project` to `target`, prefilled with what it has or `today`. */
export function stepDates(
  project: Project,
  target: ProjectStatus,
  today: string,
): Partial<Record<DateField, string>> {
  const out: Partial<Record<DateField, string>> = {};
  for (const field of datesNeededFor(target)) out[field] = project[field] ?? today;
  return out;
}
