import {
  isActivityInYear,
  isApplicationInYear,
  isFinishedInYear,
  isOngoingInYear,
} from '../../domain/counting';
import { formatMoney, type CompletenessStatus, type Locale } from '../../domain/labels';
import type { OrganisationConfig } from '../../domain/organisation';
import type { Activity, Currency, Project, Submission } from '../../domain/records';
import type { ReportSummary } from '../cards/cards';

/** An administration's submission status for the year; `missing` when it has none. */
export interface CompletenessRow {
  administrationId: string;
  status: CompletenessStatus;
}

// A submission can be re-created after a mistake; the latest one is the administration's answer.
const newest = (a: Submission, b: Submission) =>
  (a.modifiedAt ?? a.submittedAt ?? '') >= (b.modifiedAt ?? b.submittedAt ?? '') ? a : b;

/** Each administration's status in the year, in the organisation config's order. */
export function completenessOf(
  organisation: OrganisationConfig,
  year: number,
  submissions: readonly Submission[],
  administrationId?: string,
): CompletenessRow[] {
  return organisation.administrations
    .filter((admin) => administrationId === undefined || admin.id === administrationId)
    .map((admin) => {
      const own = submissions.filter((s) => s.administrationId === admin.id && s.year === year);
      const latest = own.reduce<Submission | undefined>(
        (a, b) => (a ? newest(a, b) : b),
        undefined,
      );
      return { administrationId: admin.id, status: latest?.status ?? 'missing' };
    });
}

/** Submitted or approved: the administration has done its part. */
export const isDone = (status: CompletenessStatus) =>
  status === 'submitted' || status === 'approved';

/**
 * The report card's key figures, counted with the shared rules of `domain/counting` so they agree
 * with the Word report and the tab.
 */
export function summariseYear(
  locale: Locale,
  input: {
    organisation: OrganisationConfig;
    year: number;
    scope: string;
    projects: readonly Project[];
    activities: readonly Activity[];
    completeness: readonly CompletenessRow[];
    reportUrl?: string | undefined;
  },
): ReportSummary {
  const { year, projects } = input;
  const ongoing = projects.filter((p) => isOngoingInYear(p, year));
  const granted = new Map<Currency, number>();
  for (const project of ongoing) {
    if (project.grantedAmount === undefined) continue;
    granted.set(project.currency, (granted.get(project.currency) ?? 0) + project.grantedAmount);
  }
  const funding = [...granted.entries()].map(([currency, amount]) =>
    formatMoney(locale, amount, currency),
  );
  const relevant = projects.filter(
    (p) => isOngoingInYear(p, year) || isFinishedInYear(p, year) || isApplicationInYear(p, year),
  );
  const nameOf = (id: string) =>
    input.organisation.administrations.find((a) => a.id === id)?.name ?? id;
  return {
    year,
    scope: input.scope,
    figures: {
      euProjects: relevant.filter((p) => p.kind === 'eu').length,
      otherProjects: relevant.filter((p) => p.kind === 'international').length,
      ongoing: ongoing.length,
      finished: projects.filter((p) => isFinishedInYear(p, year)).length,
      applications: projects.filter((p) => isApplicationInYear(p, year)).length,
      otherWork: input.activities.filter((a) => isActivityInYear(a, year)).length,
      grantedFunding: funding.length > 0 ? funding.join(', ') : formatMoney(locale, 0, 'SEK'),
    },
    completeness: {
      total: input.completeness.length,
      submitted: input.completeness.filter((row) => isDone(row.status)).length,
      missing: input.completeness
        .filter((row) => !isDone(row.status))
        .map((row) => nameOf(row.administrationId)),
    },
    ...(input.reportUrl ? { reportUrl: input.reportUrl } : {}),
  };
}
