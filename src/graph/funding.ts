import {
  plannedProjectFromCall,
  type CallResponse,
  type CallResponseStatus,
  type DevelopmentInitiative,
  type FundingCall,
} from '../domain/funding.js';
import type { Project, ProjectRole } from '../domain/records.js';
import type { GraphClient } from './client.js';
import { GraphError } from './errors.js';
import { and, eq } from './odata.js';
import {
  createCallResponseRepository,
  createDevelopmentInitiativeRepository,
  createProjectRepository,
} from './repositories.js';
import type { OrganisationSites } from './sites.js';

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

/**
 * The development initiatives of the given administrations (all by default), optionally of one
 * year. Sites the caller cannot read are skipped: a reader sees the initiatives they may see.
 */
export async function loadDevelopmentInitiatives(
  client: GraphClient,
  sites: Sites,
  options: { year?: number; administrations?: readonly string[] } = {},
): Promise<DevelopmentInitiative[]> {
  const ids = options.administrations ?? Object.keys(sites.administrations);
  const lists = await Promise.all(
    ids
      .map((id) => sites.administrations[id]?.siteId)
      .filter((siteId): siteId is string => siteId !== undefined && siteId !== '')
      .map((siteId) =>
        createDevelopmentInitiativeRepository(client, siteId).list(
          options.year === undefined ? {} : { filter: eq('year', options.year) },
        ),
      ),
  );
  return lists.flat();
}
