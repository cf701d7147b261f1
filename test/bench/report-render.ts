import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { z } from 'zod';
import type { Figure } from './figures.js';

/**
 * Figure 3: the Word report (`renderReportDocx`) of 1,000 projects and 2,000 activities, against
 * the Excel export of the same report model (`renderReportXlsx`) as the reference. Why that
 * reference: it is the app's other complete rendering of the same rows, written with a streaming-
 * friendly library, so it shows what the same content costs without Word's object model. It is
 * not a naive version of the Word renderer. Each renderer runs in a fresh process for a clean
 * peak RSS.
 */

const childResultSchema = z.object({
  ms: z.number(),
  heapDeltaMb: z.number(),
  peakRssMb: z.number(),
  bytes: z.number(),
  projectsInModel: z.number(),
  activitiesInModel: z.number(),
});
type ChildResult = z.infer<typeof childResultSchema>;

const child = fileURLToPath(new URL('./render-child.ts', import.meta.url));

async function render(renderer: 'docx' | 'xlsx'): Promise<ChildResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', child, renderer],
    { maxBuffer: 1 << 20, timeout: 300_000 },
  );
  const parsed = childResultSchema.safeParse(JSON.parse(stdout.trim().split('\n').pop() ?? '{}'));
  if (!parsed.success)
    throw new Error(
      `render-child ${renderer}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
    );
  return parsed.data;
}

/** Runs both renderers and returns figures 3a–3c. */
export async function benchReportRender(log: (line: string) => void): Promise<Figure[]> {
  const docx = await render('docx');
  log(`  Word report: ${(docx.bytes / 1024).toFixed(0)} KB in ${(docx.ms / 1000).toFixed(1)} s`);
  const xlsx = await render('xlsx');
  const baselineIs = 'Excel export of the same model';
  const size = `${docx.projectsInModel} projects + ${docx.activitiesInModel} activities`;
  return [
    {
      id: '3a',
      name: `Word report rendering, time (${size})`,
      unit: 'ms',
      optimised: docx.ms,
      baseline: xlsx.ms,
      baselineIs,
      note: `${(docx.bytes / 1024).toFixed(0)} KB docx vs ${(xlsx.bytes / 1024).toFixed(0)} KB xlsx`,
    },
    {
      id: '3b',
      name: 'Word report rendering, heap growth during render',
      unit: 'MB',
      optimised: docx.heapDeltaMb,
      baseline: xlsx.heapDeltaMb,
      baselineIs,
    },
    {
      id: '3c',
      name: 'Word report rendering, peak RSS of the process',
      unit: 'MB',
      optimised: docx.peakRssMb,
      baseline: xlsx.peakRssMb,
      baselineIs,
    },
  ];
}
