import { buildReportModel } from '../../src/domain/report-model';
import { defaultOrganisation } from '../../src/domain/organisation.js';
import {
  activitySchema,
  projectSchema,
  type Activity,
  type Project,
} from '../../src/domain/records.js';
import { serverDocxOptions } from '../../src/report/chart-png.js';
import { renderReportDocx } from '../../src/report/docx-report.js';
import { renderReportXlsx } from '../../src/report/xlsx-report.js';
import { BENCH_YEAR, syntheticActivity, syntheticProject } from './fixtures.js';

/**
 * Figure 3, one renderer per process (`node --expose-gc --import tsx render-child.ts docx|xlsx`):
 * a fresh process gives a clean peak RSS. Prints one JSON line: render time, heap growth during
 * the render and peak RSS.
 */

const PROJECTS = 1000;
const ACTIVITIES = 2000;

const pad = (n: number) => String(n).padStart(2, '0');

/** Project `i`, dated so that it counts in the report year (applied for, most also ongoing). */
function reportProject(i: number): Project {
  const admin = defaultOrganisation.administrations[i % defaultOrganisation.administrations.length];
  const p = syntheticProject(admin?.id ?? 'kommunledning', i);
  const month = (i % 9) + 1;
  return projectSchema.parse({
    ...p,
    id: `p${i}`,
    applicationSubmitted: `${BENCH_YEAR}-${pad(month)}-01`,
    ...(p.decisionDate ? { decisionDate: `${BENCH_YEAR}-${pad(month)}-20` } : {}),
    ...(p.startDate ? { startDate: `${BENCH_YEAR}-${pad(month + 1)}-01` } : {}),
    ...(p.endDate
      ? { endDate: p.status === 'completed' ? `${BENCH_YEAR}-12-15` : `${BENCH_YEAR + 2}-06-30` }
      : {}),
  });
}

function reportActivity(i: number): Activity {
  const admin = defaultOrganisation.administrations[i % defaultOrganisation.administrations.length];
  const a = syntheticActivity(admin?.id ?? 'kommunledning', i);
  return activitySchema.parse({
    ...a,
    id: `a${i}`,
    startDate: `${BENCH_YEAR}-${pad((i % 12) + 1)}-10`,
  });
}

const renderer = process.argv[2];
if (renderer !== 'docx' && renderer !== 'xlsx')
  throw new Error(`renderer must be docx or xlsx, not ${String(renderer)}`);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

const model = buildReportModel({
  organisation: defaultOrganisation,
  year: BENCH_YEAR,
  projects: Array.from({ length: PROJECTS }, (_, i) => reportProject(i)),
  activities: Array.from({ length: ACTIVITIES }, (_, i) => reportActivity(i)),
  submissions: [],
});
gc();
const heapBefore = process.memoryUsage().heapUsed;
const start = performance.now();
const buffer =
  renderer === 'docx'
    ? await renderReportDocx(model, serverDocxOptions)
    : await renderReportXlsx(model);
const ms = performance.now() - start;
const heapAfter = process.memoryUsage().heapUsed;
process.stdout.write(
  `${JSON.stringify({
    ms,
    heapDeltaMb: (heapAfter - heapBefore) / 2 ** 20,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    bytes: buffer.length,
    projectsInModel: PROJECTS,
    activitiesInModel: ACTIVITIES,
  })}\n`,
);
