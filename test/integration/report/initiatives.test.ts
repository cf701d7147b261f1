import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportModelSchema, type DevelopmentInitiativeInput } from '../../../src/domain/index.js';
import {
  createDevelopmentInitiativeRepository,
  loadDevelopmentInitiatives,
} from '../../../src/graph/index.js';
import { startServer, type RunningServer } from '../../../src/server/app.js';
import { runReportCommand } from '../../../src/server/report-command.js';
import { readDocx } from '../../unit/report/docx-reader.js';
import { graphOf } from '../server/graph-of.js';

/**
 * The strategy's indicator end to end: crafted development initiatives written through Graph,
 * read back by `npm run report` and shown in the model, the Word and the Excel report.
 * Utbildning has 3 initiatives in 2025, 2 of them considered; one of 2024 must not count.
 */
const YEAR = 2025;
const crafted: DevelopmentInitiativeInput[] = [
  {
    administrationId: 'utbildning',
    title: 'Digitala läromedel',
    year: YEAR,
    fundingConsidered: true,
    fundingOutcome: 'applied',
  },
  {
    administrationId: 'utbildning',
    title: 'Ny skolskjutsplanering',
    year: YEAR,
    fundingConsidered: true,
    fundingOutcome: 'no-call-found',
  },
  {
    administrationId: 'utbildning',
    title: 'Ny studievägledning',
    year: YEAR,
    fundingConsidered: false,
  },
  {
    administrationId: 'utbildning',
    title: 'Förra årets insats',
    year: YEAR - 1,
    fundingConsidered: true,
    fundingOutcome: 'applied',
  },
];

describe('report command with development initiatives', () => {
  let server: RunningServer;
  let env: Record<string, string>;
  const outDir = mkdtempSync(path.join(tmpdir(), 'ia-initiatives-'));
  const out = (name: string) => path.join(outDir, name);
  const run = (format: string, name: string) =>
    runReportCommand(['--year', String(YEAR), '--format', format, '--out', out(name)], { env });

  beforeAll(async () => {
    server = await startServer({ port: 0, dataDir: null, env: {}, log: () => {}, seed: false });
    env = { GRAPH_EMULATOR_PORT: new URL(server.emulatorOrigin ?? '').port };
    const { client, sites } = await graphOf(server, 'initiatives-test');
    const site = sites.administrations.utbildning?.siteId ?? '';
    await createDevelopmentInitiativeRepository(client, site).createMany(crafted);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('should load only the initiatives of the year, with the list read in batches', async () => {
    const { client, sites } = await graphOf(server, 'initiatives-load');
    const loaded = await loadDevelopmentInitiatives(client, sites, { year: YEAR });
    expect(loaded.initiatives.map((d) => d.title).sort()).toEqual([
      'Digitala läromedel',
      'Ny skolskjutsplanering',
      'Ny studievägledning',
    ]);
    expect(loaded.invalid).toEqual([]);
  });

  it('should carry 2 of 3 considered for Utbildning in the json model', async () => {
    await run('json', 'model.json');
    const model = reportModelSchema.parse(JSON.parse(readFileSync(out('model.json'), 'utf8')));
    const utbildning = model.perAdministration.find((a) => a.id === 'utbildning');
    expect(utbildning?.keyFigures.fundingConsidered).toMatchObject({
      initiatives: 3,
      considered: 2,
      share: 0.6667,
      byOutcome: { applied: 1, 'not-suitable': 0, 'no-call-found': 1 },
    });
    expect(model.keyFigures.fundingConsidered).toMatchObject({ initiatives: 3, considered: 2 });
  });

  it('should say 2 of 3 (67 %) in the Word report', async () => {
    await run('docx', 'report.docx');
    const doc = await readDocx(readFileSync(out('report.docx')));
    const table = doc.tables.find((t) => t[0]?.[1] === 'Insatser');
    const row = table?.find((r) => r[0] === 'Utbildningsförvaltningen');
    expect(row?.slice(0, 4).map((c) => c.replace(/\s/gu, ' '))).toEqual([
      'Utbildningsförvaltningen',
      '3',
      '2',
      '67 %',
    ]);
    expect(doc.paragraphs).toContainEqual(
      expect.stringMatching(/^Extern finansiering övervägdes i 2 av 3 utvecklingsinsatser/),
    );
  });

  it('should say 2 of 3 (67 %) in the Excel report', async () => {
    const result = await run('xlsx', 'report.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(result.out);
    const sheet = workbook.getWorksheet('Extern finansiering');
    let row: ExcelJS.Row | undefined;
    sheet?.eachRow((r) => {
      if (r.getCell(1).value === 'Utbildningsförvaltningen') row = r;
    });
    expect([2, 3, 4].map((i) => row?.getCell(i).value)).toEqual([3, 2, 0.6667]);
    expect(row?.getCell(4).numFmt).toBe('0%');
  });

  it('should read the initiatives list ids and items in two batched round trips', async () => {
    const { client, sites } = await graphOf(server, 'initiatives-count');
    const siteCount = Object.keys(sites.administrations).length;
    // Sanity check of the fixture: the organisation fits in one $batch of 20 list-id requests.
    expect(siteCount).toBeLessThanOrEqual(20);
    const origin = server.emulatorOrigin ?? '';
    await fetch(`${origin}/_emulator/stats/reset`, { method: 'POST' });
    await loadDevelopmentInitiatives(client, sites, { year: YEAR });
    const stats = (await (await fetch(`${origin}/_emulator/stats`)).json()) as { batches: number };
    expect(stats.batches).toBe(2);
  });
});
