import { createSiteLookup } from './site-lookup';
import { createContext, useContext } from 'react';
import type { z } from 'zod';
import type { OrganisationConfig } from '../../domain/organisation';
import type {
  ContactPerson,
  NetworkMembership,
  ReportingRound,
  ReviewDecision,
  Submission,
  contactPersonSchema,
  networkMembershipSchema,
} from '../../domain/records';
import { createGraphClient } from '../../graph/client';
import {
  createContactPersonRepository,
  createNetworkMembershipRepository,
  createReportingRoundRepository,
} from '../../graph/repositories';
import { loadReporting } from '../../graph/reporting';
import { syncNetworkMembers, type NetworkSyncResult } from '../../graph/network';
import type { RecordRepository } from './data-access';
import type { GraphDataAccessOptions } from './graph-data-access';

export type ContactPersonInput = z.input<typeof contactPersonSchema>;
export type NetworkMembershipInput = z.input<typeof networkMembershipSchema>;

/**
 * What the network feature reads and writes: the registry, the memberships in international
 * networks, reporting rounds and submissions on the network site, and the shared channel's
 * member sync. Kept apart from `DataAccess` so the shell's contract stays as the tab engineer
 * made it; the network feature depends on this shape only, so tests hand in an in-memory one.
 */
export interface NetworkAccess {
  /** userPrincipalName of the signed-in user. */
  user: string;
  /** The Teams channel's membership type (teams-js: `Standard`, `Private`, `Shared`), if any. */
  channelMembershipType?: string | undefined;
  /** The coordinator rule (`isNetworkOwner` in src/graph): they edit and sync. */
  isCoordinator(): Promise<boolean>;
  contactPersons(): Promise<RecordRepository<ContactPerson, ContactPersonInput>>;
  memberships(): Promise<RecordRepository<NetworkMembership, NetworkMembershipInput>>;
  reportingRounds(): Promise<ReportingRound[]>;
  /** The submissions the user reads and the review decisions, for `reportingStatusOf`. */
  reporting(): Promise<{ submissions: Submission[]; decisions: ReviewDecision[] }>;
  /** What a member sync would add and remove (nothing is written). */
  planSync(): Promise<NetworkSyncResult>;
  /** Runs the member sync; `remove` only after the coordinator confirmed it. */
  sync(options: { remove: boolean }): Promise<NetworkSyncResult>;
}

/** Builds the network access on src/graph: the same code against the emulator and a tenant. */
export function createGraphNetworkAccess(
  options: GraphDataAccessOptions & { channelMembershipType?: string | undefined },
): NetworkAccess {
  const client = createGraphClient({ baseUrl: options.graphBaseUrl, getToken: options.getToken });
  const organisation: OrganisationConfig = options.organisation;
  const lookup = createSiteLookup(client, organisation);
  const getSites = lookup.sites;
  const networkSite = async () => (await lookup.network()).siteId;

  return {
    user: options.user,
    channelMembershipType: options.channelMembershipType,
    isCoordinator: () => lookup.isCoordinator(options.user),
    contactPersons: async () => createContactPersonRepository(client, await networkSite()),
    memberships: async () => createNetworkMembershipRepository(client, await networkSite()),
    reportingRounds: async () => createReportingRoundRepository(client, await networkSite()).list(),
    reporting: async () => {
      const { submissions, decisions } = await loadReporting(client, await getSites());
      return { submissions, decisions };
    },
    planSync: async () =>
      syncNetworkMembers(client, organisation, await getSites(), { dryRun: true }),
    sync: async ({ remove }) =>
      syncNetworkMembers(client, organisation, await getSites(), { remove }),
  };
}

/** The network access of the signed-in user, provided by the app root. */
export const NetworkAccessContext = createContext<NetworkAccess | null>(null);

/** The network feature's way to Graph. */
export function useNetworkAccess(): NetworkAccess {
  const value = useContext(NetworkAccessContext);
  if (!value) throw new Error('useNetworkAccess() outside <NetworkAccessContext.Provider>');
  return value;
}
