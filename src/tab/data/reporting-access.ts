import { createSiteLookup } from './site-lookup';
import { createContext, useContext } from 'react';
import { z } from 'zod';
import {
  createGraphClient,
  createReportingRoundRepository,
  createReviewDecisionRepository,
  createSubmissionRepository,
  GraphError,
  loadReporting,
  resolveDisplayNames,
} from '../../graph/index';
import {
  listPublishedReports,
  publishNetworkReport,
  type PublishedReport,
  type PublishedReportFile,
} from '../../graph/report-files';
import type { OrganisationConfig } from '../../domain/organisation';
import type {
  ReportingRound,
  ReviewDecision,
  ReviewDecisionInput,
  Submission,
  SubmissionInput,
  reportingRoundSchema,
} from '../../domain/records';

/** What a round is written from (the schema's input, store fields optional). */
export type ReportingRoundInput = z.input<typeof reportingRoundSchema>;
export type { SubmissionInput } from '../../domain/records';

/** The stored version a write starts from: updates carry its eTag (If-Match). */
export interface StoredRef {
  id?: string | undefined;
  etag?: string | undefined;
}

export type { PublishedReport, PublishedReportFile } from '../../graph/report-files';

/** A file to publish to the network's yearly-report folder (`subfolder`: a language's copies). */
export interface ReportFile {
  year: number;
  name: string;
  bytes: Uint8Array;
  subfolder?: string | undefined;
}

/**
 * The yearly-report part of the tab's data access (issue 5): reporting rounds and review
 * decisions on the network site, each administration's submissions on its own site, and the
 * upload of the municipality's report, all through Graph. Kept beside
 * `DataAccess` (not inside it) so the tab shell's contract stays small; features reach it with
 * `useReporting()`.
 */
export interface ReportingAccess {
  /** The full organisation config: the report model needs vision, goal area, mandate periods. */
  organisation: OrganisationConfig;
  user: string;
  /** The coordinator rule (`isNetworkOwner` in src/graph, as the bot and server apply it). */
  isCoordinator(): Promise<boolean>;
  rounds(): Promise<ReportingRound[]>;
  saveRound(input: ReportingRoundInput, existing?: StoredRef): Promise<ReportingRound>;
  /**
   * The submissions the user may read (every administration site they read) and the decisions
   * (empty outside the network): the input of `reportingStatusOf`.
   */
  reporting(): Promise<{ submissions: Submission[]; decisions: ReviewDecision[] }>;
  /**
   * Creates on the administration's site (`input.administrationId`), or updates with the eTag of
   * `existing` (a stale one throws `ConflictError`).
   */
  saveSubmission(input: SubmissionInput, existing?: StoredRef): Promise<Submission>;
  /** Records the coordinator's review decision (network site; the store refuses anyone else). */
  saveDecision(input: ReviewDecisionInput): Promise<ReviewDecision>;
  publishReport(file: ReportFile): Promise<PublishedReport>;
  /**
   * The published yearly reports in the network site's library, read with the user's own token:
   * the network and the organisation's readers may; anyone else gets Graph's 403.
   */
  publishedReports(): Promise<PublishedReportFile[]>;
  /** Display names by lower-cased UPN (a UPN the directory does not answer for is left out). */
  displayNames(upns: readonly string[]): Promise<Map<string, string>>;
}

/** Options: the same as the shell's `createGraphDataAccess`. */
export interface GraphReportingAccessOptions {
  graphBaseUrl: string;
  getToken: () => Promise<string>;
  organisation: OrganisationConfig;
  user: string;
}

export { reportFolder } from '../../graph/report-files';

/** Builds `ReportingAccess` on src/graph; only the base URL and token provider differ per host. */
export function createGraphReportingAccess(options: GraphReportingAccessOptions): ReportingAccess {
  const client = createGraphClient({ baseUrl: options.graphBaseUrl, getToken: options.getToken });
  const { organisation, user } = options;
  const lookup = createSiteLookup(client, organisation);
  const networkSite = lookup.network;
  const rounds = async () => createReportingRoundRepository(client, (await networkSite()).siteId);
  const submissions = async (administrationId: string) => {
    const sites = await lookup.sites();
    const site = sites.administrations[administrationId];
    if (!site && sites.inaccessible.includes(administrationId)) {
      // A private site the user may not even read: SharePoint's answer to any write there.
      throw new GraphError({ status: 403, code: 'accessDenied', message: 'Access denied' });
    }
    if (!site) throw new Error(`No site for administration "${administrationId}"`);
    return createSubmissionRepository(client, site.siteId);
  };

  return {
    organisation,
    user,
    isCoordinator: () => lookup.isCoordinator(user),
    rounds: async () => (await rounds()).list(),
    saveRound: async (input, existing) => save(await rounds(), input, existing),
    reporting: async () => {
      const { submissions: list, decisions } = await loadReporting(client, await lookup.sites());
      return { submissions: list, decisions };
    },
    saveSubmission: async (input, existing) =>
      save(await submissions(input.administrationId), input, existing),
    saveDecision: async (input) =>
      createReviewDecisionRepository(client, (await networkSite()).siteId).create(input),
    publishReport: async (file) => publishNetworkReport(client, await networkSite(), file),
    publishedReports: async () => listPublishedReports(client, await networkSite()),
    displayNames: (upns) => resolveDisplayNames(client, upns),
  };
}

async function save<T, I>(
  repo: { create(input: I): Promise<T>; update(id: string, input: I, etag: string): Promise<T> },
  input: I,
  existing?: StoredRef,
): Promise<T> {
  if (existing?.id && existing.etag) return repo.update(existing.id, input, existing.etag);
  return repo.create(input);
}

const ReportingContext = createContext<ReportingAccess | null>(null);

/** Provides the reporting access; the shell wraps the features with it next to `DataProvider`. */
export const ReportingProvider = ReportingContext.Provider;

/** The yearly-report data access of the signed-in user. */
export function useReporting(): ReportingAccess {
  const value = useContext(ReportingContext);
  if (!value) throw new Error('useReporting() outside <ReportingProvider>');
  return value;
}
