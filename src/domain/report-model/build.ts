import { mandatePeriodOf } from '../counting';
import { goodExamplesOfYear } from '../funding';
import { findAdministration, type Administration, type OrganisationConfig } from '../organisation';
import { ratesOfYear } from '../money';
import { isHandedIn, reportingStatusOf } from '../reporting-status';
import { computeKeyFigures } from './key-figures';
import {
  reportModelVersion,
  type CompletenessEntry,
  type ReportAdministration,
  type ReportInput,
  type ReportModel,
} from './schema';
import { buildSections, type Records } from './sections';
import { diffReportModels, frozenModelOf, recordsOf } from './snapshot';

/**
 * The yearly report model (issue 5): everything the Word and Excel renderers, the tab's follow-up
 * view and the bot card show, computed once from the records with the counting rules of
 * DESIGN.md §4. Codes stay codes (`status: 'ongoing'`); renderers resolve labels in the reader's
 * language. The model is deterministic for the same input and `generatedAt`.
 */

function toReportAdministration(admin: Administration): ReportAdministration {
  const { id, name, shortName, kind, committee } = admin;
  return shortName === undefined
    ? { id, name, kind, committee }
    : { id, name, shortName, kind, committee };
}

/**
 * Builds the yearly report of the whole municipality, or of one administration with
 * `administrationId`. Records of any year may be passed; the counting rules pick the year's.
 * @throws Error when `administrationId` is not an administration of the organisation.
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const { organisation, year, submissions, administrationId } = input;
  const scopeAdmins = scopeOf(organisation, administrationId);
  const ids = new Set(scopeAdmins.map((a) => a.id));
  const reporting = {
    submissions: submissions.filter((s) => ids.has(s.administrationId)),
    decisions: (input.decisions ?? []).filter((d) => ids.has(d.administrationId)),
  };
  const known = new Set(organisation.administrations.map((a) => a.id));
  const unknownAdministrationIds = administrationId
    ? []
    : [...new Set([...input.projects, ...input.activities].map((r) => r.administrationId))]
        .filter((id) => !known.has(id))
        .sort();

  const rates = ratesOfYear(input.rounds, year);
  // Per administration: the live records, or the frozen ones when the submission is frozen.
  const chapters = scopeAdmins.map((admin) => {
    const live: Records = {
      projects: input.projects.filter((p) => p.administrationId === admin.id),
      activities: input.activities.filter((a) => a.administrationId === admin.id),
    };
    const { submission, status } = reportingStatusOf(
      reporting.submissions,
      reporting.decisions,
      admin.id,
      year,
    );
    const frozen = submission && isHandedIn(status) ? frozenModelOf(submission) : undefined;
    const useFrozen = frozen !== undefined && (input.source ?? 'snapshot') === 'snapshot';
    const records = useFrozen ? recordsOf(frozen) : live;
    const entry: CompletenessEntry = {
      administrationId: admin.id,
      status,
      ...(submission?.submittedBy ? { submittedBy: submission.submittedBy } : {}),
      ...(submission?.submittedAt ? { submittedAt: submission.submittedAt } : {}),
      source: useFrozen ? 'snapshot' : 'live',
      changesSinceSubmission: frozen
        ? diffReportModels(frozen, {
            sections: buildSections(live, year, [admin], reporting),
            keyFigures: computeKeyFigures({ ...live, rates }, year),
          }).length
        : null,
    };
    return { admin, records, entry };
  });

  const all: Records = {
    projects: chapters.flatMap((c) => c.records.projects),
    activities: chapters.flatMap((c) => c.records.activities),
  };
  const initiativesOf = (adminIds: ReadonlySet<string>) =>
    input.initiatives
      ? { initiatives: input.initiatives.filter((d) => adminIds.has(d.administrationId)) }
      : {};
  const round = input.rounds?.find((r) => r.year === year);
  const entries = chapters.map((c) => c.entry);
  return {
    meta: {
      version: reportModelVersion,
      organisationId: organisation.id,
      organisationName: organisation.name,
      vision: organisation.vision,
      goalArea: organisation.goalArea,
      ...(organisation.english ? { english: organisation.english } : {}),
      year,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      scope: administrationId
        ? { kind: 'administration', administrationId }
        : { kind: 'municipality' },
      administrations: scopeAdmins.map(toReportAdministration),
      mandatePeriod: mandatePeriodOf(year, organisation) ?? null,
      generatedAt: input.generatedAt ?? new Date().toISOString(),
    },
    sections: buildSections(all, year, scopeAdmins, reporting),
    keyFigures: computeKeyFigures({ ...all, ...initiativesOf(ids), rates }, year),
    // The year before converts with its own round's rates, like its own report did.
    previousKeyFigures: computeKeyFigures(
      { ...all, ...initiativesOf(ids), rates: ratesOfYear(input.rounds, year - 1) },
      year - 1,
    ),
    completeness: {
      ...(round ? { deadline: round.deadline, open: round.open } : {}),
      submitted: entries.filter((e) => isHandedIn(e.status)).length,
      total: entries.length,
      administrations: entries,
      unknownAdministrationIds,
    },
    goodExamples: goodExamplesOfYear(all, year),
    perAdministration: administrationId
      ? []
      : chapters.map(({ admin, records }) => ({
          ...toReportAdministration(admin),
          sections: buildSections(records, year, [admin], reporting),
          keyFigures: computeKeyFigures(
            { ...records, ...initiativesOf(new Set([admin.id])), rates },
            year,
          ),
        })),
  };
}

function scopeOf(organisation: OrganisationConfig, administrationId?: string): Administration[] {
  if (administrationId === undefined) return organisation.administrations;
  const admin = findAdministration(organisation, administrationId);
  if (!admin) {
    throw new Error(
      `administrationId: "${administrationId}" is not an administration of ${organisation.name}`,
    );
  }
  return [admin];
}
