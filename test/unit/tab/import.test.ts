import { describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import {
  buildTemplate,
  parseJsonImport,
  parsePartners,
  parseWorkbook,
  templateColumns,
} from '../../../src/tab/features/import/parse-workbook';
import { runImport } from '../../../src/tab/features/import/import-runner';
import { GraphError } from '../../../src/graph/errors';
import { aProject, memoryRepository } from './support';
import type { Activity, Project } from '../../../src/domain/records';

async function workbookWith(projectRows: unknown[][]): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await buildTemplate('sv'));
  const sheet = workbook.getWorksheet('Projekt')!;
  const columns = templateColumns('projects');
  for (const row of projectRows) sheet.addRow(columns.map((_, i) => row[i] ?? null));
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

function projectRow(values: Record<string, unknown>): unknown[] {
  return templateColumns('projects').map((c) => values[c] ?? null);
}

describe('parseWorkbook', () => {
  it('should read a filled template row into a project of the chosen administration', async () => {
    const file = await workbookWith([
      projectRow({
        title: 'Interreg Baltic',
        kind: 'eu',
        status: 'planned',
        programme: 'interreg',
        role: 'lead',
        withBusiness: 'ja',
      }),
    ]);
    const parsed = await parseWorkbook(file, 'omsorg', 'sv');
    expect(parsed.projects.map((p) => [p.title, p.administrationId, p.withBusiness])).toEqual([
      ['Interreg Baltic', 'omsorg', true],
    ]);
  });

  it('should report the spreadsheet row and the field of a rejected row', async () => {
    const file = await workbookWith([
      projectRow({
        title: 'OK',
        kind: 'eu',
        status: 'planned',
        programme: 'interreg',
        role: 'lead',
      }),
      projectRow({
        title: 'Bad',
        kind: 'eu',
        status: 'applied',
        programme: 'interreg',
        role: 'lead',
      }),
    ]);
    const parsed = await parseWorkbook(file, 'omsorg', 'sv');
    expect(parsed.rejected.map((r) => [r.row, r.field])).toEqual([[3, 'applicationSubmitted']]);
  });

  it('should turn Excel dates into ISO calendar dates', async () => {
    const file = await workbookWith([
      projectRow({
        title: 'D',
        kind: 'eu',
        status: 'ongoing',
        programme: 'life',
        role: 'lead',
        startDate: new Date(Date.UTC(2025, 0, 15)),
      }),
    ]);
    expect((await parseWorkbook(file, 'omsorg', 'sv')).projects[0]?.startDate).toBe('2025-01-15');
  });
});

describe('parseJsonImport', () => {
  it('should word a rejection in English when asked', () => {
    const parsed = parseJsonImport(
      { activities: [{ title: 'X', type: 'conference' }] },
      'omsorg',
      'en',
    );
    expect(parsed.rejected[0]?.message).toMatch(/^Start date/);
  });
});

describe('parsePartners', () => {
  it('should read name, country and type from one cell', () => {
    expect(parsePartners('Kaunas (lt, municipality); Turku')).toEqual([
      { name: 'Kaunas', country: 'LT', type: 'municipality' },
      { name: 'Turku' },
    ]);
  });
});

describe('runImport', () => {
  it('should report progress up to the total', async () => {
    const progress = vi.fn();
    const targets = {
      projects: memoryRepository<Project, Project>([]),
      activities: memoryRepository<Activity, Activity>([]),
    };
    await runImport(targets, { projects: [aProject(), aProject()], activities: [] }, progress);
    expect(progress).toHaveBeenLastCalledWith(2, 2);
  });

  it('should remove what it created when a later write fails', async () => {
    const projects = memoryRepository<Project, Project>([]);
    const activities = memoryRepository<Activity, Activity>([]);
    activities.createMany = async () => {
      throw new GraphError({ status: 503, code: 'serviceNotAvailable', message: 'down' });
    };
    const records = {
      projects: [aProject()],
      activities: [{ ...aProject() } as unknown as Activity],
    };
    await expect(runImport({ projects, activities }, records)).rejects.toThrow('down');
    expect(projects.items.size).toBe(0);
  });
});
