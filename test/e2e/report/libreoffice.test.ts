import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastFullYear } from '../../../src/domain/index.js';
import { startServer, type RunningServer } from '../../../src/server/app.js';
import { runReportCommand } from '../../../src/server/report-command.js';

const run = promisify(execFile);
const screenshots = fileURLToPath(new URL('../screenshots/', import.meta.url));

/**
 * Issue 5: the sample data's report for the last full year, made by the report command exactly as
 * `npm run report -- --year <Y> --format docx` makes it, opens in LibreOffice (Debian's
 * libreoffice-writer-nogui, installed by .ci/run) and converts to PDF without errors. The PDF is
 * kept under test/e2e/screenshots/ for a reviewer.
 */
describe('the yearly Word report in LibreOffice', () => {
  let server: RunningServer;
  const work = mkdtempSync(path.join(tmpdir(), 'ia-lo-'));
  const year = lastFullYear();
  const docx = path.join(work, `arsrapport-${year}.docx`);

  beforeAll(async () => {
    server = await startServer({ port: 0, dataDir: null, env: {}, log: () => {} });
    const env = { GRAPH_EMULATOR_PORT: new URL(server.emulatorOrigin ?? '').port };
    await runReportCommand(['--year', String(year), '--format', 'docx', '--out', docx], { env });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('should convert to a multi-page PDF with LibreOffice headless', async () => {
    expect(existsSync('/usr/bin/libreoffice') || existsSync('/usr/bin/soffice')).toBe(true);
    const profile = path.join(work, 'profile');
    const { stderr } = await run(
      'libreoffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        docx,
      ],
      { timeout: 180_000 },
    );
    expect(stderr).not.toMatch(/error/i);
    const pdfPath = path.join(work, `arsrapport-${year}.pdf`);
    const pdf = readFileSync(pdfPath);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(3);
    mkdirSync(screenshots, { recursive: true });
    await run('cp', [pdfPath, path.join(screenshots, `arsrapport-${year}.pdf`)]);
  }, 240_000);
});
