import { createContext, useContext } from 'react';
import { z } from 'zod';
import {
  createGraphClient,
  createReportingRoundRepository,
  createSubmissionRepository,
  GraphError,
  getAllPages,
  getChannelFilesFolder,
  isForbidden,
  isNotFound,
  resolveSites,
  uploadFile,
  type GraphClient,
  type OrganisationSites,
} from '../../graph/index';
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

/** Where a generated report ended up. */
export interface PublishedReport {
  name: string;
  /** Path inside the drive, e.g. `Nätverket/Årsrapporter/2025/Årsrapport 2025.docx`. */
  path: string;
  webUrl?: string | undefined;
  /** `channel`: the network's shared channel; `site`: the network group's site (no channel yet). */
  place: 'channel' | 'site';
}

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

/** The yearly reports' folder below the channel's (or site's) files. */
export const reportFolder = (year: number) => `Årsrapporter/${year}`;

const ownerSchema = z.object({ userPrincipalName: z.string().nullish() });
const channelSchema = z.object({ id: z.string(), membershipType: z.string().nullish() });
const driveSchema = z.object({ id: z.string().min(1) });

/** Builds `ReportingAccess` on src/graph; only the base URL and token provider differ per host. */
export function createGraphReportingAccess(options: GraphReportingAccessOptions): ReportingAccess {
  const client = createGraphClient({ baseUrl: options.graphBaseUrl, getToken: options.getToken });
  const { organisation, user } = options;
  let sites: Promise<OrganisationSites> | undefined;
  const getSites = () => {
    sites ??= resolveSites(client, organisation).catch((error: unknown) => {
      sites = undefined;
      throw error;
    });
    return sites;
  };
  const networkSite = async () => {
    const resolved = await getSites();
    // Outside the private network there is no site id to call: answer like SharePoint would.
    if (!resolved.networkAccessible) {
      throw new GraphError({
        status: 403,
        code: 'accessDenied',
        message: 'Network site not accessible',
      });
    }
    return resolved.network;
  };
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
    publishReport: async (file) => publishReport(client, await networkSite(), file),
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

/**
 * The network's shared channel, or undefined when the group has no Team or no shared channel yet
 * (provisioning does not create them; the coordinator may add the Team later).
 */
async function findSharedChannel(
  client: GraphClient,
  teamId: string,
): Promise<{ id: string } | undefined> {
  try {
    const channels = await getAllPages<unknown>(
      client,
      `/teams/${encodeURIComponent(teamId)}/channels?$select=id,membershipType`,
    );
    return channels.map((c) => channelSchema.parse(c)).find((c) => c.membershipType === 'shared');
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/**
 * Uploads to `Årsrapporter/<year>/` in the shared channel's files folder (DESIGN.md §3); without
 * a channel, to the same folder in the network group's site drive, and says so (`place`).
 */
async function publishReport(
  client: GraphClient,
  network: { groupId: string; siteId: string },
  file: ReportFile,
): Promise<PublishedReport> {
  const channel = await findSharedChannel(client, network.groupId);
  if (channel) {
    const folder = await getChannelFilesFolder(client, network.groupId, channel.id);
    const path = `${folder.name}/${reportFolder(file.year)}/${file.name}`;
    const uploaded = await uploadFile(client, folder.driveId, path, file.bytes);
    return { name: uploaded.name, path, webUrl: uploaded.webUrl, place: 'channel' };
  }
  const drive = driveSchema.parse(
    await client.get(`/sites/${encodeURIComponent(network.siteId)}/drive?$select=id`),
  );
  const path = `${reportFolder(file.year)}/${file.name}`;
  const uploaded = await uploadFile(client, drive.id, path, file.bytes);
  return { name: uploaded.name, path, webUrl: uploaded.webUrl, place: 'site' };
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
