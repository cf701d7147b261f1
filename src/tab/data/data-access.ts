import type { ListRepository } from '../../graph/repositories';
import type { LocalCache } from './local-cache';
import type {
  Activity,
  ActivityInput,
  Project,
  ProjectInput,
  ReportingRound,
  ReviewDecision,
  Submission,
} from '../../domain/records';

/**
 * The part of src/graph's `ListRepository` features use. Features depend on this shape only, so
 * component tests can hand in an in-memory one.
 */
export type RecordRepository<T, I> = Pick<
  ListRepository<T, I>,
  'list' | 'get' | 'create' | 'createMany' | 'update' | 'remove' | 'versions'
>;

/** An administration as the tab shows it. */
export interface AdministrationRef {
  id: string;
  name: string;
  shortName?: string;
}

/** Everything a feature may read or write, built once from config + token provider. */
export interface DataAccess {
  organisation: { id: string; name: string; administrations: AdministrationRef[] };
  /** userPrincipalName of the signed-in user. */
  user: string;
  /** This user's local cache of the last reads (absent: every open waits for Graph). */
  cache?: LocalCache;
  /** Administrations whose group the user belongs to: the ones they may change. */
  myAdministrations(): Promise<string[]>;
  /** Every record the user may read, across administrations (403s are skipped by the loader). */
  loadRecords(opts?: { year?: number }): Promise<{ projects: Project[]; activities: Activity[] }>;
  projects(administrationId: string): Promise<RecordRepository<Project, ProjectInput>>;
  activities(administrationId: string): Promise<RecordRepository<Activity, ActivityInput>>;
  /**
   * The yearly submissions of the administrations whose site the user reads, and the review
   * decisions (empty outside the network); undefined when they cannot be read.
   */
  reportingData(): Promise<{ submissions: Submission[]; decisions: ReviewDecision[] } | undefined>;
  /**
   * The reporting rounds (with the years' exchange rates, for every sum in kronor); undefined when
   * the network site cannot be read.
   */
  rounds(): Promise<ReportingRound[] | undefined>;
}
