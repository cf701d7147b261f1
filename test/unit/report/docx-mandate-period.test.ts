import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildMandatePeriodModel,
  defaultOrganisation,
  type MandatePeriodModel,
} from '../../../src/domain/index.js';
import { renderMandatePeriodDocx } from '../../../src/report/docx-mandate-period.js';
import { readDocx, type DocxContent } from './docx-reader.js';
import { records } from './fixtures.js';

describe('renderMandatePeriodDocx', () => {
  let model: MandatePeriodModel;
  let doc: DocxContent;

  beforeAll(async () => {
    model = buildMandatePeriodModel({
      organisation: defaultOrganisation,
      period: 2025,
      ...records,
      generatedAt: '2026-02-01T08:00:00Z',
      source: 'live',
    });
    doc = await readDocx(await renderMandatePeriodDocx(model));
  });

  it('should title the follow-up with the mandate period on a line of its own', () => {
    const titlePage = doc.paragraphs.slice(0, 6);
    expect(titlePage).toContain('Uppföljning av internationellt arbete');
    expect(titlePage).toContain('Mandatperioden 2023–2026');
  });

  it('should put the years of the period side by side, marking a year in progress', () => {
    const header = doc.tables[0]?.[0];
    expect(header).toEqual(['Nyckeltal', '2023', '2024', '2025', '2026 (pågår)', 'Förändring']);
  });

  it('should have one row per followed metric', () => {
    expect(doc.tables[0]?.slice(1)).toHaveLength(model.trends.length);
  });

  it('should show the yearly values of the model', () => {
    const applications = doc.tables[0]?.find((row) => row[0] === 'Inlämnade ansökningar');
    const trend = model.trends.find((tr) => tr.metric === 'applications');
    expect(applications?.slice(1, 5)).toEqual(trend?.values.map(String));
  });

  it('should show the share of initiatives where external funding was considered per year', () => {
    const row = doc.tables[0]?.find(
      (r) => r[0] === 'Andel utvecklingsinsatser där extern finansiering övervägdes',
    );
    expect(row?.slice(1, 5).map((c) => c.replace(/\s/gu, ' '))).toEqual([
      '–',
      '100 %',
      '75 %',
      '–',
    ]);
  });

  it('should write a table per administration', () => {
    const chapters = doc.headings.filter((h) => h.level === 2).map((h) => h.text);
    expect(chapters).toEqual(model.perAdministration.map((a) => a.name));
    expect(doc.tables).toHaveLength(1 + model.perAdministration.length);
  });
});
