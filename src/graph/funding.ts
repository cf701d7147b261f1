import {
  developmentInitiativeSchema,
  plannedProjectFromCall,
  type CallResponse,
  type CallResponseStatus,
  type DevelopmentInitiative,
  type FundingCall,
} from '../domain/funding.js';
import type { Project, ProjectRole } from '../domain/records.js';
import type { BatchOptions } from './batch.js';
import type { GraphClient } from './client.js';
import { GraphError } from './errors.js';
import { developmentInitiativesList } from './lists/definitions.js';
import { fromListItems, type GraphListItem, type InvalidItem } from './lists/mapping.js';
import { and, eq } from './odata.js';
import { getAllPagesBatched } from './paging.js';
import {
  createCallResponseRepository,
  createProjectRepository,
  listItemsQuery,
} from './repositories.js';
import type { OrganisationSites } from './sites.js';
import { graphPath } from './path.js';

/**
 * Funding workflows over the repositories: an administration answering a call ("we apply" also
 * creates the linked planned project on the administration's site), and reading the development
 * initiatives of every administration for the considered-share figure.
 */

/** What an administration answers to a call. */
export interface CallAnswer {
  call: FundingCall & { id: string };
  administrationId: string;
  status: CallResponseStatus;
  /** Required for `not-relevant` (the schema names the field when missing). */
  reason?: string;
  /** Who answered (display name or UPN), stored on the response. */
  respondedBy?: string;
  /** For `applying`: the planned project's title and role (defaults: the call's title, partner). */
  project?: { title?: string; role?: ProjectRole; contactPerson?: string };
}

/** The stored response and, after "we apply", the planned project linked to the call. */
export interface CallAnswerResult {
  response: CallResponse;
  project?: Project;
}

type Sites = Pick<OrganisationSites, 'network' | 'administrations'>;

function adminSite(sites: Sites, administrationId: string): string {
  const site = sites.administrations[administrationId];
  if (!site) {
    throw new GraphError({
      status: 404,
      code: 'administrationNotFound',
      message: `administrationId: no site for "${administrationId}"`,
    });
  }
  return site.siteId;
}

/**
 * Stores an administration's answer to a call: updates its earlier response (with its eTag, so
 * a concurrent answer raises `ConflictError`) or creates one. "We apply" then creates the planned
 * project, once, and links it: an earlier response that already links a project keeps it.
 */
export async function answerCall(
  client: GraphClient,
  sites: Sites,
  answer: CallAnswer,
): Promise<CallAnswerResult> {
  const responses = createCallResponseRepository(client, sites.network.siteId);
  const [existing] = await responses.list({
    filter: and(eq('callId', answer.call.id), eq('administrationId', answer.administrationId)),
    top: 1,
  });
  const base = {
    callId: answer.call.id,
    administrationId: answer.administrationId,
    status: answer.status,
    ...(answer.reason ? { reason: answer.reason } : {}),
    ...(answer.respondedBy ? { respondedBy: answer.respondedBy } : {}),
  };
  const withProject = (id: string | undefined) => ({ ...base, ...(id ? { projectId: id } : {}) });
  // The answer is written before the project is created: the response list lets a user edit only
  // the answers they created, so a refused answer must not leave a planned project behind.
  let response =
    existing?.id && existing.etag
      ? await responses.update(existing.id, withProject(existing.projectId), existing.etag)
      : await responses.create(withProject(undefined));
  let project: Project | undefined;
  if (answer.status === 'applying' && response.projectId === undefined) {
    const { id, etag } = response;
    if (!id || !etag) throw new Error('The stored call response came back without id or eTag.');
    project = await createProjectRepository(
      client,
      adminSite(sites, answer.administrationId),
    ).create(plannedProjectFromCall(answer.call, answer.administrationId, answer.project ?? {}));
    response = await responses.update(id, withProject(project.id), etag);
  }
  return { response, ...(project ? { project } : {}) };
}

/** Options of {@link loadDevelopmentInitiatives}. */
export interface InitiativeLoadOptions extends BatchOptions {
  /** Only the initiatives reported in this year (all years when omitted). */
  year?: number;
  /** Administration ids to read (default: every resolved administration). */
  administrations?: readonly string[];
}

/** The initiatives read, with the list items that did not validate (reported, not dropped). */
export interface LoadedInitiatives {
  initiatives: DevelopmentInitiative[];
  invalid: InvalidItem[];
}

/**
 * The development initiatives of the given administrations (all by default), optionally of one
 * year, for the considered-share figure. The one read of them (report command, bot, tab): the
 * sites' list ids in one `$batch` per 20 sites, then the items (filtered on the indexed `year`
 * column) in one `$batch` per 20 lists, nextLinks batched too. Sites the caller cannot read (403)
 * are skipped, so a reader sees the initiatives they may see; a site without the list (provisioned
 * before it existed, or 404) has none.
 */
export async function loadDevelopmentInitiatives(
  client: GraphClient,
  sites: Pick<OrganisationSites, 'administrations'>,
  options: InitiativeLoadOptions = {},
): Promise<LoadedInitiatives> {
  const { year, administrations, ...batchOptions } = options;
  const siteIds = (administrations ?? Object.keys(sites.administrations))
    .map((id) => sites.administrations[id]?.siteId)
    .filter((siteId): siteId is string => siteId !== undefined && siteId !== '');
  // A site the caller may not read (403, a private group) or one that is gone (404) is skipped.
  const skipping = { ...batchOptions, skipStatuses: [403, 404] };
  const lists = await getAllPagesBatched<{ id: string; displayName: string }>(
    client,
    siteIds.map((siteId) => graphPath`/sites/${siteId}/lists?$select=id,displayName`),
    skipping,
  );
  const { query, headers } = listItemsQuery(
    developmentInitiativesList,
    year === undefined ? {} : { filter: eq('year', year) },
  );
  const urls = siteIds.flatMap((siteId, i) => {
    const list = lists[i]?.items.find(
      (l) => l.displayName === developmentInitiativesList.displayName,
    );
    return list ? [`${graphPath`/sites/${siteId}/lists/${list.id}/items`}?${query}`] : [];
  });
  const pages = await getAllPagesBatched<GraphListItem>(client, urls, {
    ...skipping,
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
  });
  const { records, invalid } = fromListItems(
    developmentInitiativesList,
    developmentInitiativeSchema,
    pages.flatMap((page) => page.items),
  );
  return { initiatives: records, invalid };
}
