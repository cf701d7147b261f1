import { createSiteLookup } from './site-lookup';
import { createContext, useContext } from 'react';
import {
  goodExamplesOfYear,
  type CallResponse,
  type DevelopmentInitiative,
  type DevelopmentInitiativeInput,
  type FundingCall,
  type FundingCallInput,
  type GoodExample,
} from '../../domain/funding';
import type { OrganisationConfig } from '../../domain/organisation';
import { createGraphClient } from '../../graph/client';
import { GraphError } from '../../graph/errors';
import { answerCall, type CallAnswer, type CallAnswerResult } from '../../graph/funding';
import { loadOrganisationRecords } from '../../graph/load';
import {
  createCallResponseRepository,
  createDevelopmentInitiativeRepository,
  createFundingCallRepository,
} from '../../graph/repositories';
import { getMyAdministrations } from '../../graph/sites';
import type { RecordRepository } from './data-access';
import type { GraphDataAccessOptions } from './graph-data-access';
import { createGraphNetworkAccess } from './network-access';

/**
 * What the funding feature reads and writes: the calls and responses on the network site, the
 * "we apply" workflow (which creates the linked planned project on the administration's site),
 * and the good examples across the administrations the user may read. Kept apart from
 * `DataAccess` like the network access, so tests hand in an in-memory one.
 */
export interface FundingAccess {
  /** userPrincipalName of the signed-in user. */
  user: string;
  /** True when the user owns the network group (the coordinator): they keep the calls. */
  isCoordinator(): Promise<boolean>;
  /** Administrations the user belongs to: the ones they answer calls for. */
  myAdministrations(): Promise<string[]>;
  calls(): Promise<RecordRepository<FundingCall, FundingCallInput>>;
  responses(): Promise<CallResponse[]>;
  answer(answer: CallAnswer): Promise<CallAnswerResult>;
  /** Every flagged project and activity the user may read, with its public summary. */
  goodExamples(): Promise<GoodExample[]>;
  /** The development initiatives of one administration's site. */
  initiatives(
    administrationId: string,
  ): Promise<RecordRepository<DevelopmentInitiative, DevelopmentInitiativeInput>>;
}

/** Builds the funding access on src/graph: the same code against the emulator and a tenant. */
export function createGraphFundingAccess(options: GraphDataAccessOptions): FundingAccess {
  const client = createGraphClient({ baseUrl: options.graphBaseUrl, getToken: options.getToken });
  const organisation: OrganisationConfig = options.organisation;
  const lookup = createSiteLookup(client, organisation);
  const getSites = lookup.sites;
  const networkSite = async () => (await lookup.network()).siteId;
  // The coordinator check is the network access's (owners of the network group): one rule.
  const network = createGraphNetworkAccess(options);
  return {
    user: options.user,
    isCoordinator: () => network.isCoordinator(),
    myAdministrations: () => getMyAdministrations(client, organisation),
    calls: async () => createFundingCallRepository(client, await networkSite()),
    responses: async () => createCallResponseRepository(client, await networkSite()).list(),
    answer: async (answer) => answerCall(client, await getSites(), answer),
    goodExamples: async () => {
      const records = await loadOrganisationRecords(client, await getSites());
      return goodExamplesOfYear(records);
    },
    initiatives: async (administrationId) => {
      const site = (await getSites()).administrations[administrationId];
      if (!site?.siteId) {
        throw new GraphError({ status: 403, code: 'accessDenied', message: 'Access denied' });
      }
      return createDevelopmentInitiativeRepository(client, site.siteId);
    },
  };
}

/** The funding access of the signed-in user, provided by the app root. */
export const FundingAccessContext = createContext<FundingAccess | null>(null);

/** The funding feature's way to Graph. */
export function useFundingAccess(): FundingAccess {
  const value = useContext(FundingAccessContext);
  if (!value) throw new Error('useFundingAccess() outside <FundingAccessContext.Provider>');
  return value;
}
