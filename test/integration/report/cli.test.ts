import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildReportModel,
  defaultOrganisation,
  label,
  reportModelSchema,
  type ReportModel,
} from '../../../src/domain/index.js';
import {
  createDevelopmentInitiativeRepository,
  createReportingRoundRepository,
  createReviewDecisionRepository,
  createSubmissionRepository,
  loadOrganisationRecords,
} from '../../../src/graph/index.js';
import { CliArgumentError } from '../../../src/report/cli-args.js';
import { startServer, type RunningServer } from '../../../src/server/app.js';
import { AppNotRunningError, runReportCommand } from '../../../src/server/report-command.js';
import { readDocx } from '../../unit/report/docx-reader.js';
import { graphOf } from '../server/graph-of.js';

const YEAR = new Date().getFullYear() - 1;

describe('report command against a started server', () => {
  let server: RunningServer;
  let env: Record<string, string>;
  const outDir = mkdtempSync(path.join(tmpdir(), 'ia-report-'));
  const out = (name: string) => path.join(outDir, name);
  const run = (argv: string[]) => runReportCommand(argv, { env });

  beforeAll(async () => {
    server = await startServer({ port: 0, dataDir: null, env: {}, log: () => {} });
    env = { GRAPH_EMULATOR_PORT: new URL(server.emulatorOrigin ?? '').port };
  });
  afterAll(async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  /** The same model, built here from the records read through Graph by this test itself. */
  async function expectedModel(generatedAt: string): Promise<ReportModel> {
    const { client, sites } = await graphOf(server, 'report-test');
    const records = await loadOrganisationRecords(client, sites);
    return buildReportModel({
      organisation: defaultOrganisation,
      year: YEAR,
      projects: records.projects,
      activities: records.activities,
      // Site by site with the repositories too, not with the command's loader.
      submissions: (
        await Promise.all(
          Object.values(sites.administrations).map((site) =>
            createSubmissionRepository(client, site.siteId).list(),
          ),
        )
      ).flat(),
      decisions: await createReviewDecisionRepository(client, sites.network.siteId).list(),
      rounds: await createReportingRoundRepository(client, sites.network.siteId).list(),
      // Read site by site with the repositories, not with the command's batched loader.
      initiatives: (
        await Promise.all(
          Object.values(sites.administrations).map((site) =>
            createDevelopmentInitiativeRepository(client, site.siteId).list(),
          ),
        )
      ).flat(),
      generatedAt,
    });
  }

  it('should write the report model as json, equal to the model of the stored records', async () => {
    await run(['--year', String(YEAR), '--format', 'json', '--out', out('model.json')]);
    const written = reportModelSchema.parse(JSON.parse(readFileSync(out('model.json'), 'utf8')));
    expect(written.keyFigures.counts.euOngoing).toBeGreaterThan(0);
    expect(written.keyFigures.fundingConsidered?.initiatives).toBeGreaterThan(0);
    expect(written).toEqual(await expectedModel(written.meta.generatedAt));
  });

  it('should write a Word report whose key figures match the json model', async () => {
    await run(['--year', String(YEAR), '--format', 'json', '--out', out('m2.json')]);
    await run(['--year', String(YEAR), '--format', 'docx', '--out', out('r.docx')]);
    const model = reportModelSchema.parse(JSON.parse(readFileSync(out('m2.json'), 'utf8')));
    const doc = await readDocx(readFileSync(out('r.docx')));
    // The summary's comparison table comes first; the full key figures are the one with 'Värde'.
    const figures =
      doc.tables.find((t) => t[0]?.[0] === 'Nyckeltal' && t[0]?.[1] === 'Värde') ?? [];
    const value = (name: string) => figures.find((row) => row[0] === name)?.[1];
    expect(value(label('sv', 'keyFigure', 'euOngoing'))).toBe(
      String(model.keyFigures.counts.euOngoing),
    );
    expect(value(label('sv', 'keyFigure', 'activities'))).toBe(
      String(model.keyFigures.counts.activities),
    );
    expect(doc.headings.filter((h) => h.level === 2).map((h) => h.text)).toContain(
      'Utbildningsförvaltningen',
    );
  });

  it("should write one administration's Excel report without the per-administration sheet", async () => {
    const result = await run([
      '--year',
      String(YEAR),
      '--administration',
      'kultur-fritid',
      '--format',
      'xlsx',
      '--out',
      out('kf.xlsx'),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(result.out);
    expect(workbook.getWorksheet('Nyckeltal')).toBeDefined();
    expect(workbook.getWorksheet('Per förvaltning och bolag')).toBeUndefined();
  });

  it('should write the mandate-period follow-up', async () => {
    const result = await run([
      '--mandate-period',
      '2023-2026',
      '--format',
      'docx',
      '--out',
      out('mp.docx'),
    ]);
    const doc = await readDocx(readFileSync(result.out));
    expect(doc.paragraphs).toContain('Uppföljning av internationellt arbete');
    expect(doc.paragraphs).toContain('Mandatperioden 2023–2026');
  });

  it('should refuse an unknown administration naming the argument', async () => {
    await expect(
      run(['--year', String(YEAR), '--administration', 'polisen', '--format', 'docx']),
    ).rejects.toBeInstanceOf(CliArgumentError);
  });
});

describe('report command without a running app', () => {
  it('should tell the user to start the app first', async () => {
    // Port 9 (discard) has no emulator listening on a test machine.
    const target = path.join(tmpdir(), 'ia-never-written.json');
    const run = runReportCommand(['--year', String(YEAR), '--format', 'json', '--out', target], {
      env: { GRAPH_EMULATOR_PORT: '9' },
    });
    await expect(run).rejects.toBeInstanceOf(AppNotRunningError);
    await expect(run).rejects.toThrow('Starta appen med npm start först');
  });

  it('should exit with status 1 and the message from the real CLI entry', async () => {
    const cli = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/server/report-cli.ts', '--year', String(YEAR), '--format', 'json'],
      { env: { ...process.env, GRAPH_EMULATOR_PORT: '9', TENANT_ID: '' } },
    );
    await expect(cli).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Starta appen med npm start först'),
    });
  });
});
