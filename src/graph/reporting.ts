import { submissionSchema, type ReviewDecision, type Submission } from '../domain/records.js';
import type { BatchOptions } from './batch.js';
import type { GraphClient } from './client.js';
import { isForbidden, isNotFound } from './errors.js';
import { submissionsList } from './lists/definitions.js';
import { fromListItems, type GraphListItem, type InvalidItem } from './lists/mapping.js';
import { eq } from './odata.js';
import { getAllPagesBatched } from './paging.js';
import { graphPath } from './path.js';
import { createReviewDecisionRepository, listItemsQuery, siteListIds } from './repositories.js';
import type { OrganisationSites } from './sites.js';

/**
 * The yearly reporting's data as every surface reads it (tab, bot, report CLI): each
 * administration's submissions from its own site and the coordinator's review decisions from the
 * network site. The status is then derived by `reportingStatusOf` (src/domain).
 */

/** What {@link loadReporting} read. */
export interface ReportingData {
  submissions: Submission[];
  /** Empty when the caller may not read the network site (its decisions are unknown to them). */
  decisions: ReviewDecision[];
  /**
   * Items that failed validation, and submissions whose `administrationId` is not the site's own
   * (a member can only write their own site, so such an item claims another administration:
   * it is left out, never credited to the administration it names).
   */
  invalid: InvalidItem[];
}

/** Options of {@link loadReporting}. */
export interface LoadReportingOptions extends BatchOptions {
  /** Only this year's submissions and decisions. */
  year?: number;
  /** Only these administrations (default all with a readable site). */
  administrations?: readonly string[];
}

/**
 * Reads the submissions of every administration site the caller may read (a site they may not read
 * is skipped, as SharePoint's 403 says) and the review decisions, batched.
 */
export async function loadReporting(
  client: GraphClient,
  sites: Pick<OrganisationSites, 'administrations' | 'network'> &
    Partial<Pick<OrganisationSites, 'networkAccessible'>>,
  options: LoadReportingOptions = {},
): Promise<ReportingData> {
  const adminIds = (options.administrations ?? Object.keys(sites.administrations)).filter(
    (id) => sites.administrations[id] !== undefined,
  );
  const filter = options.year === undefined ? {} : { filter: eq('year', options.year) };
  const [submissionTargets, decisions] = await Promise.all([
    submissionListTargets(client, sites, adminIds),
    readDecisions(client, sites, filter),
  ]);
  const { query } = listItemsQuery(submissionsList, filter);
  const pages = await getAllPagesBatched<GraphListItem>(
    client,
    submissionTargets.map((t) => `${graphPath`/sites/${t.siteId}/lists/${t.listId}/items`}?${query}`),
    { ...options, skipStatuses: [403, 404] },
  );
  const submissions: Submission[] = [];
  const invalid: InvalidItem[] = [...decisions.invalid];
  submissionTargets.forEach((target, i) => {
    const result = fromListItems(submissionsList, submissionSchema, pages[i]?.items ?? []);
    invalid.push(...result.invalid);
    for (const submission of result.records) {
      if (submission.administrationId === target.administrationId) submissions.push(submission);
      else
        invalid.push({
          list: submissionsList.displayName,
          id: submission.id ?? '?',
          issues: [
            `administrationId: "${submission.administrationId}" on the site of ${target.administrationId}`,
          ],
        });
    }
  });
  return { submissions, decisions: decisions.records, invalid };
}

async function submissionListTargets(
  client: GraphClient,
  sites: Pick<OrganisationSites, 'administrations'>,
  adminIds: readonly string[],
): Promise<{ administrationId: string; siteId: string; listId: string }[]> {
  const targets = await Promise.all(
    adminIds.map(async (administrationId) => {
      const siteId = sites.administrations[administrationId]?.siteId ?? '';
      try {
        const listId = (await siteListIds(client, siteId)).get(submissionsList.displayName);
        return listId ? [{ administrationId, siteId, listId }] : [];
      } catch (error) {
        // A site the caller may not read (private group, no read grant) has no submissions for them.
        if (isForbidden(error) || isNotFound(error)) return [];
        throw error;
      }
    }),
  );
  return targets.flat();
}

async function readDecisions(
  client: GraphClient,
  sites: Pick<OrganisationSites, 'network'> & Partial<Pick<OrganisationSites, 'networkAccessible'>>,
  filter: { filter?: ReturnType<typeof eq> },
): Promise<{ records: ReviewDecision[]; invalid: InvalidItem[] }> {
  if (sites.networkAccessible === false || sites.network.siteId === '') {
    return { records: [], invalid: [] };
  }
  return createReviewDecisionRepository(client, sites.network.siteId).listWithIssues(filter);
}
