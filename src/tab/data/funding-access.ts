import { createSiteLookup } from './site-lookup';
import { createContext, useContext } from 'react';
import { z } from 'zod';
import {
  goodExamplesOfYear,
  type CallResponse,
  type DevelopmentInitiative,
  type DevelopmentInitiativeInput,
  type FundingCall,
  type FundingCallInput,
  type GoodExample,
} from '../../domain/funding';
import type { Locale } from '../../domain/labels';
import type { OrganisationConfig } from '../../domain/organisation';
import { createGraphClient } from '../../graph/client';
import { GraphError } from '../../graph/errors';
import {
  answerCall,
  loadDevelopmentInitiatives,
  type CallAnswer,
  type CallAnswerResult,
} from '../../graph/funding';
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
  /**
   * The development initiatives of every administration the user can read (optionally of one
   * year), for the considered share: one batched read, unreadable sites skipped.
   */
  readableInitiatives(options?: { year?: number }): Promise<DevelopmentInitiative[]>;
  /** The development initiatives of one administration's site, to record and edit them. */
  initiatives(
    administrationId: string,
  ): Promise<RecordRepository<DevelopmentInitiative, DevelopmentInitiativeInput>>;
  /**
   * Asks the server to post the example into the network's shared channel as a card (the bot's
   * proactive message). Resolves with the channel message's id; rejects with `ShareError`.
   */
  shareGoodExample(example: GoodExample, locale?: Locale): Promise<{ messageId: string }>;
}

/** What went wrong sharing a good example: the server's status and error code. */
export class ShareError extends Error {
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  /** The server's code (`botUnavailable`, `forbidden`, ...), or ours for transport failures. */
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ShareError';
    this.status = status;
    this.code = code;
  }
}

const shareAnswerSchema = z.object({ messageId: z.string().min(1) });
const shareErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** How the tab reaches the server's share endpoint (same origin as the tab in every host). */
export interface ShareEndpointOptions {
  /** The server's origin, e.g. `https://app.example` (the tab's own `location.origin`). */
  serverOrigin: string;
  /**
   * The user's token for the server's own API (`api://<host>/<client id>/access_as_user`), not
   * a Graph token: the server refuses Graph tokens.
   */
  getToken: () => Promise<string>;
  fetch?: typeof fetch;
}

/**
 * Calls `POST /api/good-examples/share` (contract with src/server): body `{administrationId,
 * kind, itemId, locale}`, answer 200 `{messageId}` or an error envelope `{error: {code,
 * message}}`, which becomes a `ShareError` keeping status and code so the UI can explain a 503
 * `botUnavailable` differently from a 403.
 */
export async function shareGoodExample(
  options: ShareEndpointOptions,
  example: GoodExample,
  locale: Locale = 'sv',
): Promise<{ messageId: string }> {
  if (!example.id) throw new ShareError(400, 'invalidRequest', 'itemId: the example has no id');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const token = await options.getToken();
  let response: Response;
  try {
    response = await doFetch(new URL('/api/good-examples/share', options.serverOrigin).href, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        administrationId: example.administrationId,
        kind: example.kind,
        itemId: example.id,
        locale,
      }),
    });
  } catch (error) {
    throw new ShareError(0, 'networkError', error instanceof Error ? error.message : String(error));
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const parsed = shareAnswerSchema.safeParse(body);
    if (parsed.success) return parsed.data;
    throw new ShareError(response.status, 'invalidResponse', 'messageId: missing in the answer');
  }
  const envelope = shareErrorSchema.safeParse(body);
  throw envelope.success
    ? new ShareError(response.status, envelope.data.error.code, envelope.data.error.message)
    : new ShareError(response.status, `http${response.status}`, `HTTP ${response.status}`);
}

/**
 * Builds the funding access on src/graph: the same code against the emulator and a tenant. The
 * share endpoint is the server's; without `serverOrigin` the page's own origin is used.
 */
export function createGraphFundingAccess(
  options: GraphDataAccessOptions &
    Partial<Omit<ShareEndpointOptions, 'getToken'>> & {
      /** The user's token for the server's API (share); without it sharing is refused. */
      getApiToken?: () => Promise<string>;
    },
): FundingAccess {
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
    readableInitiatives: async (options = {}) => {
      const { initiatives } = await loadDevelopmentInitiatives(
        client,
        await getSites(),
        options.year === undefined ? {} : { year: options.year },
      );
      return initiatives;
    },
    initiatives: async (administrationId) => {
      const site = (await getSites()).administrations[administrationId];
      if (!site?.siteId) {
        throw new GraphError({ status: 403, code: 'accessDenied', message: 'Access denied' });
      }
      return createDevelopmentInitiativeRepository(client, site.siteId);
    },
    shareGoodExample: async (example, locale) => {
      // Optional chaining: outside a browser (Node tests, CLI) there is no location.
      const serverOrigin = options.serverOrigin ?? globalThis.location?.origin;
      if (!serverOrigin) throw new ShareError(0, 'noServer', 'serverOrigin: not configured');
      const fetchImpl = options.fetch;
      const getToken = options.getApiToken;
      if (!getToken) throw new ShareError(0, 'noApiToken', 'getApiToken: not configured');
      return shareGoodExample(
        { serverOrigin, getToken, ...(fetchImpl ? { fetch: fetchImpl } : {}) },
        example,
        locale,
      );
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
