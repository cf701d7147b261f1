import { createSiteLookup } from './site-lookup';
import { createContext, useContext } from 'react';
import { z } from 'zod';
import {
  createGraphClient,
  createReportingRoundRepository,
  createSubmissionRepository,
  getAllPages,
  isForbidden,
  isNotFound,
  type GraphClient,
} from '../../graph/index';
import { publishNetworkReport, type PublishedReport } from '../../graph/report-files';
import type { OrganisationConfig } from '../../domain/organisation';
import type {
  ReportingRound,
  Submission,
  reportingRoundSchema,
  submissionSchema,
} from '../../domain/records';

/** What a round or submission is written from (the schema's input, store fields optional). */
export type ReportingRoundInput = z.input<typeof reportingRoundSchema>;
export type SubmissionInput = z.input<typeof submissionSchema>;

/** The stored version a write starts from: updates carry its eTag (If-Match). */
export interface StoredRef {
  id?: string | undefined;
  etag?: string | undefined;
}

export type { PublishedReport } from '../../graph/report-files';

/** A file to publish to the network's yearly-report folder. */
export interface ReportFile {
  year: number;
  name: string;
  bytes: Uint8Array;
}

/**
 * The yearly-report part of the tab's data access (issue 5): reporting rounds, submissions and
 * the upload of the municipality's report, all on the network site through Graph. Kept beside
 * `DataAccess` (not inside it) so the tab shell's contract stays small; features reach it with
 * `useReporting()`.
 */
export interface ReportingAccess {
  /** The full organisation config: the report model needs vision, goal area, mandate periods. */
  organisation: OrganisationConfig;
  user: string;
  /** Owner of the network group (same rule as the bot: provisioning makes the coordinator owner). */
  isCoordinator(): Promise<boolean>;
  rounds(): Promise<ReportingRound[]>;
  saveRound(input: ReportingRoundInput, existing?: StoredRef): Promise<ReportingRound>;
  submissions(): Promise<Submission[]>;
  /** Creates, or updates with the eTag of `existing` (a stale one throws `ConflictError`). */
  saveSubmission(input: SubmissionInput, existing?: StoredRef): Promise<Submission>;
  publishReport(file: ReportFile): Promise<PublishedReport>;
}

/** Options: the same as the shell's `createGraphDataAccess`. */
export interface GraphReportingAccessOptions {
  graphBaseUrl: string;
  getToken: () => Promise<string>;
  organisation: OrganisationConfig;
  user: string;
}

export { reportFolder } from '../../graph/report-files';

const ownerSchema = z.object({ userPrincipalName: z.string().nullish() });

/** Builds `ReportingAccess` on src/graph; only the base URL and token provider differ per host. */
export function createGraphReportingAccess(options: GraphReportingAccessOptions): ReportingAccess {
  const client = createGraphClient({ baseUrl: options.graphBaseUrl, getToken: options.getToken });
  const { organisation, user } = options;
  const networkSite = createSiteLookup(client, organisation).network;
  const rounds = async () => createReportingRoundRepository(client, (await networkSite()).siteId);
  const submissions = async () => createSubmissionRepository(client, (await networkSite()).siteId);
  let coordinator: Promise<boolean> | undefined;

  return {
    organisation,
    user,
    isCoordinator: () =>
      (coordinator ??= networkSite()
        .then(({ groupId }) => isGroupOwner(client, groupId, user))
        .catch((error: unknown) => {
          // Outside the private network neither its site nor its owners can be read: no coordinator.
          if (isForbidden(error) || isNotFound(error)) return false;
          coordinator = undefined;
          throw error;
        })),
    rounds: async () => (await rounds()).list(),
    saveRound: async (input, existing) => save(await rounds(), input, existing),
    submissions: async () => (await submissions()).list(),
    saveSubmission: async (input, existing) => save(await submissions(), input, existing),
    publishReport: async (file) => publishNetworkReport(client, await networkSite(), file),
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

async function isGroupOwner(client: GraphClient, groupId: string, upn: string): Promise<boolean> {
  const owners = await getAllPages<unknown>(
    client,
    `/groups/${encodeURIComponent(groupId)}/owners?$select=userPrincipalName`,
  );
  const wanted = upn.toLowerCase();
  return owners.some(
    (o) => ownerSchema.safeParse(o).data?.userPrincipalName?.toLowerCase() === wanted,
  );
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
