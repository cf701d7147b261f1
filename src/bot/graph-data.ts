import { z } from 'zod';
import type { GraphClient } from '../graph/client';
import type { OrganisationSites } from '../graph/sites';
import { isNotFound } from '../graph/errors';
import { eq } from '../graph/odata';
import { getAllPages } from '../graph/paging';
import { loadOrganisationRecords } from '../graph/load';
import {
  createContactPersonRepository,
  createFundingCallRepository,
  createReportingRoundRepository,
  createSubmissionRepository,
} from '../graph/repositories';
import type { BotData, DirectoryUser } from './data';

/** The sites the bot reads: the graph layer's `OrganisationSites` (from `resolveSites`). */
export type BotSites = Pick<OrganisationSites, 'network' | 'administrations'>;

const directoryUserSchema = z.object({
  id: z.string().min(1),
  userPrincipalName: z.string().min(1),
  displayName: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
});
const USER_FIELDS = '$select=id,userPrincipalName,displayName';

/** Validates a directory user at the boundary, naming the wrong field. */
function toUser(raw: unknown): DirectoryUser {
  const parsed = directoryUserSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Graph returned an invalid user: ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
    );
  }
  return parsed.data;
}

/**
 * The bot's data port over Microsoft Graph: the SharePoint list repositories of src/graph for
 * records, `/users` and `/groups/{id}/owners` for the directory. One data path: the same code runs
 * against the emulator and a tenant.
 */
export function createGraphBotData(
  graph: GraphClient,
  getSites: () => Promise<BotSites>,
  onInvalid?: (count: number) => void,
): BotData {
  const network = async () => (await getSites()).network;
  return {
    async loadRecords(year, administrationId) {
      // Batched and filtered server-side on indexed columns; the counting rules do the rest.
      const { projects, activities, invalid } = await loadOrganisationRecords(
        graph,
        await getSites(),
        {
          year,
          ...(administrationId ? { administrations: [administrationId] } : {}),
        },
      );
      if (invalid.length > 0) onInvalid?.(invalid.length);
      return { projects, activities };
    },
    async reportingRound(year) {
      const rounds = await createReportingRoundRepository(graph, (await network()).siteId).list({
        filter: eq('year', year),
      });
      return rounds[0];
    },
    async submissions(year) {
      return createSubmissionRepository(graph, (await network()).siteId).list({
        filter: eq('year', year),
      });
    },
    async contactPersons() {
      return createContactPersonRepository(graph, (await network()).siteId).list();
    },
    async fundingCalls() {
      return createFundingCallRepository(graph, (await network()).siteId).list();
    },
    async findUser(idOrUpn) {
      try {
        return toUser(await graph.get(`/users/${encodeURIComponent(idOrUpn)}?${USER_FIELDS}`));
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },
    async networkOwners() {
      const owners = await getAllPages<unknown>(
        graph,
        `/groups/${encodeURIComponent((await network()).groupId)}/owners?${USER_FIELDS}`,
      );
      return owners.map(toUser);
    },
    async isNetworkMember(userId) {
      const groupId = (await network()).groupId;
      const groups = await getAllPages<{ id?: unknown }>(
        graph,
        `/users/${encodeURIComponent(userId)}/memberOf?$select=id`,
      );
      return groups.some((group) => group.id === groupId);
    },
  };
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const driveItemSchema = z.object({ webUrl: z.url() });

/**
 * Uploads a rendered yearly report to the network site's document library, folder
 * "Årsrapporter", replacing an earlier upload of the same report, and returns its web URL.
 * (DESIGN.md §3 names the shared channel's files folder; until provisioning creates the Team and
 * channel, the network group's own site drive is the place every network member can read.)
 */
export function createGraphReportUploader(
  graph: GraphClient,
  getSites: () => Promise<BotSites>,
  organisation: { administrations: ReadonlyArray<{ id: string; name: string }> },
): (year: number, bytes: Uint8Array, administrationId?: string) => Promise<string> {
  return async (year, bytes, administrationId) => {
    const siteId = (await getSites()).network.siteId;
    const drive = z
      .object({ id: z.string().min(1) })
      .parse(await graph.get(`/sites/${encodeURIComponent(siteId)}/drive`));
    const scope = administrationId
      ? ` – ${organisation.administrations.find((a) => a.id === administrationId)?.name ?? administrationId}`
      : '';
    const path = ['Årsrapporter', `Årsrapport ${year}${scope}.docx`]
      .map(encodeURIComponent)
      .join('/');
    const item = await graph.put(
      `/drives/${drive.id}/items/root:/${path}:/content`,
      Buffer.from(bytes),
      {
        headers: { 'content-type': DOCX_MIME },
      },
    );
    const parsed = driveItemSchema.safeParse(item);
    if (!parsed.success) throw new Error('Graph returned an upload without webUrl');
    return parsed.data.webUrl;
  };
}
