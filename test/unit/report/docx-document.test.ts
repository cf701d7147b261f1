import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel, defaultOrganisation } from '../../../src/domain/index.js';
import { serverDocxOptions } from '../../../src/report/chart-png.js';
import { renderReportDocx } from '../../../src/report/docx-report.js';
import { summaryCharts } from '../../../src/report/docx-summary.js';
import { countryName } from '../../../src/domain/labels/index.js';
import { programmeText } from '../../../src/report/texts.js';
import { readDocx, type DocxContent } from './docx-reader.js';
import { activity, municipalityModel, project } from './fixtures.js';

/** Issue 15: the Word report as a finished, accessible document. */
describe('the yearly Word report as a document', () => {
  let bytes: Uint8Array;
  let doc: DocxContent;
  let zip: JSZip;

  beforeAll(async () => {
    bytes = await renderReportDocx(municipalityModel(), serverDocxOptions);
    doc = await readDocx(bytes);
    zip = await JSZip.loadAsync(bytes);
  });

  it('should start with a summary of key figures beside the year before', () => {
    const level1 = doc.headings.filter((h) => h.level === 1).map((h) => h.text);
    expect(level1[0]).toBe('Sammanfattning');
    const comparison = doc.tables[0];
    expect(comparison?.[0]).toEqual(['Nyckeltal', '2025', '2024', 'Förändring']);
  });

  it('should draw each summary chart as a PNG picture with a one-sentence alternative text', async () => {
    const charts = summaryCharts('sv', municipalityModel());
    expect(charts.length).toBeGreaterThanOrEqual(3);
    expect(charts.length).toBeLessThanOrEqual(5);
    const pictures = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(pictures).toHaveLength(charts.length);
    const png = (await zip.file(pictures[0] ?? '')?.async('uint8array')) ?? new Uint8Array();
    expect(new TextDecoder().decode(png.subarray(1, 4))).toBe('PNG');
    for (const chart of charts) {
      expect(doc.xml).toContain(`descr="${chart.altText}"`);
      expect(chart.altText).toMatch(/^Stapeldiagram: [^.]+\.$/u);
    }
  });

  it("should put each chart's figures in a table right below it", () => {
    const [first] = summaryCharts('sv', municipalityModel());
    const table = doc.tables.find((t) => t[0]?.[0] === first?.nameHeader && t.length > 1);
    expect(table?.slice(1)).toEqual(first?.bars.map((bar) => [bar.name, bar.text]));
  });

  it('should leave the pictures out, keeping the figures, when no PNG renderer is given', async () => {
    const plain = await JSZip.loadAsync(await renderReportDocx(municipalityModel()));
    expect(Object.keys(plain.files).filter((f) => f.startsWith('word/media/'))).toEqual([]);
  });

  it('should set the language, update fields on opening, and number the pages after the title', async () => {
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toContain('<w:lang w:val="sv-SE"/>');
    const settings = (await zip.file('word/settings.xml')?.async('string')) ?? '';
    expect(settings).toMatch(/<w:updateFields/u);
    expect(doc.xml).toContain('<w:titlePg/>');
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d+\.xml$/u.test(f));
    const texts = await Promise.all(footers.map((f) => zip.file(f)?.async('string')));
    expect(texts.some((x) => x?.includes('PAGE') && x.includes('Årsrapport'))).toBe(true);
  });

  it('should give every table a fixed layout whose column widths fill the text width', () => {
    const grids = doc.xml.match(/<w:tblGrid>[\s\S]*?<\/w:tblGrid>/gu) ?? [];
    expect(grids.length).toBeGreaterThan(5);
    for (const grid of grids) {
      const widths = [...grid.matchAll(/w:w="(\d+)"/gu)].map((m) => Number(m[1]));
      expect(widths.reduce((a, b) => a + b, 0)).toBe(11906 - 2 * 1134);
    }
  });
});

describe('the report wording', () => {
  it('should name countries in the reader language', () => {
    expect(countryName('sv', 'EE')).toBe('Estland');
    expect(countryName('en', 'EE')).toBe('Estonia');
    expect(countryName('sv', 'ke')).toBe('Kenya');
  });

  it('should name the programme once when its detail already does', () => {
    expect(
      programmeText('sv', {
        programme: 'erasmus-plus',
        programmeDetail: 'Erasmus+ KA122 Skolutbildning',
      }),
    ).toBe('Erasmus+ KA122 Skolutbildning');
    expect(programmeText('sv', { programme: 'interreg', programmeDetail: 'Södra Östersjön' })).toBe(
      'Interreg: Södra Östersjön',
    );
  });

  it('should write the vision and goal area in English in an English report', async () => {
    const model = buildReportModel({
      organisation: defaultOrganisation,
      year: 2025,
      projects: [project()],
      activities: [activity()],
      submissions: [],
      generatedAt: '2026-02-01T08:00:00Z',
    });
    const doc = await readDocx(await renderReportDocx(model, { locale: 'en' }));
    const titlePage = doc.paragraphs.slice(0, 10).join('\n');
    expect(titlePage).toContain('Goal area Work and Business');
    expect(titlePage).toContain("Europe's Greenest City");
    expect(titlePage).not.toContain('Europas Grönaste Stad');
  });
});
