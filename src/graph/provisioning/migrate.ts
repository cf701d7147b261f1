import type { OrganisationConfig } from '../../domain/organisation.js';
import type { LegacySubmission, ReviewDecisionInput, SubmissionInput } from '../../domain/records.js';
import type { GraphClient } from '../client.js';
import { legacySubmissionsList } from '../lists/definitions.js';
import {
  createLegacySubmissionRepository,
  createReviewDecisionRepository,
  createSubmissionRepository,
  siteListIds,
} from '../repositories.js';

/**
 * The upgrade of the reporting workflow (DESIGN.md §3): an older version kept every
 * administration's yearly report in one network list, "Årsrapporter", with the review (approved,
 * returned, comment) in the same item. Each item moves to its administration's own list, marked
 * with the old item's id (`legacyId`); an approved or returned item also gets its review decision
 * on the network site, naming the moved item and its version. Idempotent: an item already moved
 * (found by `legacyId`) is not moved again, and a decision is written only where the moved item
 * has none. The old list is kept, read only (its list policy), so nothing is lost; an item naming
 * an administration the organisation does not have stays there and is reported.
 */

/** Where the lists are: site ids of the network and of each administration. */
export interface MigrationSites {
  network: string;
  administrations: Record<string, string>;
}

/** Options of {@link migrateLegacySubmissions}. */
export interface MigrationOptions {
  dryRun: boolean;
  /** Provisioning's progress lines (`created` = moved or would move, `found` = already moved). */
  note: (kind: 'created' | 'found', line: string) => void;
}

/** Returns the ids of the old items moved by this run. */
export async function migrateLegacySubmissions(
  client: GraphClient,
  organisation: Pick<OrganisationConfig, 'administrations'>,
  sites: MigrationSites,
  options: MigrationOptions,
): Promise<string[]> {
  const lists = await siteListIds(client, sites.network, true);
  if (!lists.has(legacySubmissionsList.displayName)) return [];
  const legacy = await createLegacySubmissionRepository(client, sites.network).listWithIssues();
  for (const bad of legacy.invalid) {
    options.note('found', `old yearly report item ${bad.id} kept in place (unreadable: ${bad.issues.join('; ')})`);
  }
  const known = new Set(organisation.administrations.map((a) => a.id));
  const decisions = createReviewDecisionRepository(client, sites.network);
  const existingDecisions = legacy.records.some((r) => r.status === 'approved' || r.status === 'returned')
    ? await decisions.list()
    : [];
  const moved: string[] = [];
  const byAdministration = new Map<string, LegacySubmission[]>();
  for (const item of legacy.records) {
    const siteId = sites.administrations[item.administrationId];
    if (!known.has(item.administrationId) || siteId === undefined) {
      options.note(
        'found',
        `old yearly report item ${item.id ?? '?'} of "${item.administrationId}" kept in place (no such administration site)`,
      );
      continue;
    }
    byAdministration.set(item.administrationId, [...(byAdministration.get(item.administrationId) ?? []), item]);
  }
  for (const [administrationId, items] of byAdministration) {
    const repository = createSubmissionRepository(client, sites.administrations[administrationId] ?? '');
    const already = new Map(
      (await repository.list()).filter((s) => s.legacyId).map((s) => [s.legacyId as string, s]),
    );
    for (const item of items) {
      const legacyId = item.id ?? '';
      const label = `yearly report ${administrationId} ${item.year} (old item ${legacyId}) on the administration's site`;
      let submission = already.get(legacyId);
      if (submission) options.note('found', label);
      else if (options.dryRun) {
        options.note('created', label);
        continue;
      } else {
        submission = await repository.create(movedSubmission(item));
        options.note('created', label);
        moved.push(legacyId);
      }
      if (item.status !== 'approved' && item.status !== 'returned') continue;
      const id = submission.id ?? '';
      const decided = existingDecisions.some((d) => d.submissionId === id && d.administrationId === administrationId);
      const decisionLabel = `review decision ${item.status} for ${administrationId} ${item.year} (old item ${legacyId})`;
      if (decided) options.note('found', decisionLabel);
      else if (!options.dryRun) {
        await decisions.create(movedDecision(item, item.status, id, submission.version ?? '1.0'));
        options.note('created', decisionLabel);
      }
    }
  }
  return moved;
}

/** The administration's item: what it wrote, draft or handed in (approved and returned were handed in). */
function movedSubmission(item: LegacySubmission): SubmissionInput {
  return {
    administrationId: item.administrationId,
    year: item.year,
    status: item.status === 'draft' ? 'draft' : 'submitted',
    otherWorkNarrative: item.otherWorkNarrative,
    resultsNarrative: item.resultsNarrative,
    submittedBy: item.submittedBy,
    submittedAt: item.submittedAt,
    snapshot: item.snapshot,
    legacyId: item.id,
  };
}

/** The review kept in the old item, as a decision on the moved item's version. */
function movedDecision(
  item: LegacySubmission,
  decision: 'approved' | 'returned',
  submissionId: string,
  submissionVersion: string,
): ReviewDecisionInput {
  return {
    administrationId: item.administrationId,
    year: item.year,
    decision,
    comment: item.reviewComment,
    submissionId,
    submissionVersion,
    decidedBy: item.reviewedBy,
    decidedAt: item.reviewedAt ?? item.modifiedAt ?? item.submittedAt ?? new Date().toISOString(),
  };
}
