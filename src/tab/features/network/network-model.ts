import type { CompletenessStatus } from '../../../domain/labels';
import type {
  ContactPerson,
  ReportingRound,
  ReviewDecision,
  Submission,
} from '../../../domain/records';
import { reportingStatusOf } from '../../../domain/reporting-status';

/** Reporting status of an administration in a year (`reportingStatusOf`, src/domain). */
export type ReportingStatus = CompletenessStatus;

/** One administration's line in the network view. */
export interface NetworkRow {
  administrationId: string;
  name: string;
  /** The registry entry, when the administration has appointed a contact person. */
  entry: ContactPerson | undefined;
  status: ReportingStatus;
}

/** The network view of one year. */
export interface NetworkView {
  year: number;
  rows: NetworkRow[];
  /** Administrations without a contact person (flagged on the coordinator's view). */
  withoutContact: string[];
  /** Reporting-round deadlines from today on, earliest first. */
  upcoming: ReportingRound[];
}

/** Inputs of {@link buildNetworkView}. */
export interface NetworkViewInput {
  administrations: readonly { id: string; name: string }[];
  contactPersons: readonly ContactPerson[];
  submissions: readonly Submission[];
  decisions: readonly ReviewDecision[];
  rounds: readonly ReportingRound[];
  /** The reporting year whose status is shown. */
  year: number;
  /** ISO date of today. */
  today: string;
}

/**
 * The reporting year the network follows on `today`: the year of the earliest open round whose
 * deadline is still ahead, else the latest round's year, else last year (reports are written
 * the year after).
 */
export function reportingYear(rounds: readonly ReportingRound[], today: string): number {
  const ahead = rounds
    .filter((r) => r.open && r.deadline >= today)
    .sort((a, b) => a.deadline.localeCompare(b.deadline));
  if (ahead[0]) return ahead[0].year;
  const latest = [...rounds].sort((a, b) => b.year - a.year)[0];
  return latest?.year ?? Number(today.slice(0, 4)) - 1;
}

/**
 * Joins the organisation's administrations with the registry and the year's submissions. A
 * registry entry for an administration the configuration lacks is ignored (it cannot be shown
 * under a name); a second entry for the same administration loses to the first.
 */
export function buildNetworkView(input: NetworkViewInput): NetworkView {
  const rows = input.administrations.map((a): NetworkRow => {
    const entry = input.contactPersons.find((c) => c.administrationId === a.id);
    const { status } = reportingStatusOf(input.submissions, input.decisions, a.id, input.year);
    return { administrationId: a.id, name: a.name, entry, status };
  });
  return {
    year: input.year,
    rows,
    withoutContact: rows.filter((r) => !r.entry).map((r) => r.administrationId),
    upcoming: input.rounds
      .filter((r) => r.deadline >= input.today)
      .sort((a, b) => a.deadline.localeCompare(b.deadline)),
  };
}
