import type { Project, Submission } from '../records';
import { reportModelSchema, type KeyFigures, type ReportModel } from './schema';
import type { Records } from './sections';

/**
 * The report model frozen in a submission, when the item is submitted and its snapshot is a valid
 * model of the same administration and year; otherwise undefined. Whether the frozen model speaks
 * for the administration is the derived status's call (`isHandedIn`): a returned report does not.
 */
export function frozenModelOf(submission: Submission): ReportModel | undefined {
  if (submission.status !== 'submitted' || !submission.snapshot) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(submission.snapshot);
  } catch {
    return undefined;
  }
  const parsed = reportModelSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { scope, year } = parsed.data.meta;
  const matches =
    year === submission.year &&
    scope.kind === 'administration' &&
    scope.administrationId === submission.administrationId;
  return matches ? parsed.data : undefined;
}

/** The snapshot text to store in a submission when it is submitted. */
export function freezeReportModel(model: ReportModel): string {
  return JSON.stringify(model);
}

/** The records a frozen model lists (a project listed in several sections is taken once). */
export function recordsOf(model: ReportModel): Records {
  const { euProjects, otherProjects, applications, otherWork } = model.sections;
  const listed = [
    ...euProjects.ongoing,
    ...euProjects.finished,
    ...otherProjects.ongoing,
    ...otherProjects.finished,
    ...applications.map(({ outcome: _o, ...p }) => p),
  ];
  const projects = new Map<string, Project>();
  for (const project of listed) projects.set(project.id ?? JSON.stringify(project), project);
  const activities = otherWork.flatMap((g) =>
    g.activities.map(({ needsClimateCompensation: _n, ...a }) => a),
  );
  return { projects: [...projects.values()], activities };
}

/** One difference between two report models, at a readable path. */
export interface ReportChange {
  /** e.g. `keyFigures.counts.euOngoing` or `sections.applications[project-7].outcome`. */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/** Array items are matched by these keys (first present wins), so reordering is no change. */
const itemKeys = ['id', 'administrationId', 'type', 'programme', 'dimension', 'mean', 'year'];

function itemKey(item: unknown, index: number): string {
  if (item !== null && typeof item === 'object') {
    const record = item as Record<string, unknown>;
    for (const key of itemKeys) {
      const value = record[key];
      if (typeof value === 'string' || typeof value === 'number') return String(value);
    }
  }
  return String(index);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function diffValues(before: unknown, after: unknown, path: string, out: ReportChange[]): void {
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].some(isPlainObject)) {
    const left = new Map(before.map((item, i) => [itemKey(item, i), item]));
    const right = new Map(after.map((item, i) => [itemKey(item, i), item]));
    for (const [key, item] of left) {
      if (!right.has(key)) out.push({ path: `${path}[${key}]`, kind: 'removed', before: item });
      else diffValues(item, right.get(key), `${path}[${key}]`, out);
    }
    for (const [key, item] of right) {
      if (!left.has(key)) out.push({ path: `${path}[${key}]`, kind: 'added', after: item });
    }
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) {
      const [b, a] = [before[key], after[key]];
      const sub = path ? `${path}.${key}` : key;
      if (b === undefined && a !== undefined) out.push({ path: sub, kind: 'added', after: a });
      else if (b !== undefined && a === undefined)
        out.push({ path: sub, kind: 'removed', before: b });
      else diffValues(b, a, sub, out);
    }
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    out.push({ path, kind: 'changed', before, after });
  }
}

/**
 * What changed between two models of the same scope and year, typically a frozen snapshot (`a`)
 * and the live figures (`b`): entries added or removed (matched by id) and changed values. Only
 * the recorded content is compared: sections and key figures, not meta or completeness, not the
 * narratives, which are the submission's own text (frozen by its status, not by a snapshot), and
 * not the considered share of development initiatives, which is always read live, and not the
 * SEK conversion, which follows the round's exchange rates (the recorded amounts per currency
 * are compared, so a changed amount still shows).
 */
export function diffReportModels(
  a: Pick<ReportModel, 'sections' | 'keyFigures'>,
  b: Pick<ReportModel, 'sections' | 'keyFigures'>,
): ReportChange[] {
  const out: ReportChange[] = [];
  const content = (m: Pick<ReportModel, 'sections'>) => ({
    ...m.sections,
    results: { projects: m.sections.results.projects },
  });
  // The considered share is always read live, never frozen (see `ReportInput.initiatives`), so
  // one side having it and the other not is no change to the submitted records.
  const recorded = ({ fundingConsidered: _live, funding, ...rest }: KeyFigures) => {
    // The rates are the round's, entered after many submissions: a new rate is no changed record.
    const {
      grantedSek: _g,
      appliedSek: _a,
      ongoingGrantedSek: _o,
      ownContributionSek: _c,
      unconverted: _u,
      exchangeRates: _r,
      missingRates: _m,
      ...amounts
    } = funding;
    return { ...rest, funding: amounts };
  };
  diffValues(content(a), content(b), 'sections', out);
  diffValues(recorded(a.keyFigures), recorded(b.keyFigures), 'keyFigures', out);
  return out;
}
