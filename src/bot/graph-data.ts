import type { GraphClient } from '../graph/client';
import type { OrganisationSites } from '../graph/sites';
import { getUser, isGroupMember } from '../graph/directory';
import { isNotFound } from '../graph/errors';
import { loadDevelopmentInitiatives } from '../graph/funding';
import { eq } from '../graph/odata';
import { loadOrganisationRecords } from '../graph/load';
import { findNetworkChannel } from '../graph/network';
import { publishNetworkReport } from '../graph/report-files';
import {
  createActivityRepository,
  createContactPersonRepository,
  createProjectRepository,
  createFundingCallRepository,
  createReportingRoundRepository,
} from '../graph/repositories';
import { loadReporting } from '../graph/reporting';
import { isNetworkOwner } from '../graph/sites';
import type { BotData } from './data';
import type { ReportUploader } from './handlers/context';
import { botTexts } from './i18n';

/** The sites the bot reads: the graph layer's `OrganisationSites` (from `resolveSites`). */
export type BotSites = Pick<OrganisationSites, 'network' | 'administrations'>;

/**
 * The bot's data port over Microsoft Graph: the SharePoint list repositories of src/graph for
 * records, the directory calls of `src/graph/directory.ts` for users and the network's owners.
 * One data path: the same code runs against the emulator and a tenant.
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
    async reporting(year) {
      const { submissions, decisions, invalid } = await loadReporting(graph, await getSites(), {
        year,
      });
      if (invalid.length > 0) onInvalid?.(invalid.length);
      return { submissions, decisions };
    },
    async contactPersons() {
      return createContactPersonRepository(graph, (await network()).siteId).list();
    },
    async fundingCalls() {
      return createFundingCallRepository(graph, (await network()).siteId).list();
    },
    async record(administrationId, kind, itemId) {
      const site = (await getSites()).administrations[administrationId];
      if (!site) return undefined;
      const repository =
        kind === 'project'
          ? createProjectRepository(graph, site.siteId)
          : createActivityRepository(graph, site.siteId);
      try {
        return await repository.get(itemId);
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },
    async initiatives(year, administrationId) {
      const { initiatives, invalid } = await loadDevelopmentInitiatives(graph, await getSites(), {
        year,
        ...(administrationId ? { administrations: [administrationId] } : {}),
      });
      if (invalid.length > 0) onInvalid?.(invalid.length);
      return initiatives;
    },
    async networkChannelId() {
      return (await findNetworkChannel(graph, (await network()).groupId))?.id;
    },
    findUser: (idOrUpn) => getUser(graph, idOrUpn),
    async isCoordinator(user) {
      return isNetworkOwner(graph, (await network()).groupId, user);
    },
    async isNetworkMember(userId) {
      return isGroupMember(graph, userId, (await network()).groupId);
    },
  };
}

/**
 * Uploads a rendered yearly report where the tab publishes it too: `Årsrapporter/<year>/` in the
 * network's shared channel's files folder, or the network site's drive when there is no channel
 * yet (`publishNetworkReport`). The file's name says the generation's date, so each day's report
 * is a file of its own and a second generation the same day a new version of it. A copy in
 * another language goes to the year's `<language>/` folder and never touches the published one.
 * Returns the driveItem's `webUrl` as Graph returns it (never built here).
 */
export function createGraphReportUploader(
  graph: GraphClient,
  getSites: () => Promise<BotSites>,
  organisation: { administrations: ReadonlyArray<{ id: string; name: string }> },
): ReportUploader {
  return async ({ year, bytes, administrationId, locale, kind, date }) => {
    const scope = administrationId
      ? (organisation.administrations.find((a) => a.id === administrationId)?.name ??
        administrationId)
      : undefined;
    const published = await publishNetworkReport(graph, (await getSites()).network, {
      year,
      name: botTexts(locale).reportFileName(year, scope, date),
      bytes,
      ...(kind === 'copy' ? { subfolder: locale } : {}),
    });
    if (!published.webUrl) throw new Error('Graph returned an upload without webUrl');
    return published.webUrl;
  };
}
