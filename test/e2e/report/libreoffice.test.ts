import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activitySchema,
  buildReportModel,
  lastFullYear,
  parseOrganisationConfig,
  projectSchema,
  defaultOrganisation,
} from '../../../src/domain/index.js';
import { serverDocxOptions } from '../../../src/report/chart-png.js';
import { renderReportDocx } from '../../../src/report/docx-report.js';
import { startServer, type RunningServer } from '../../../src/server/app.js';
import { runReportCommand } from '../../../src/server/report-command.js';
import { syntheticActivity, syntheticProject } from '../../bench/fixtures.js';
import { readDocx, type DocxContent } from '../../unit/report/docx-reader.js';

const run = promisify(execFile);
const screenshots = fileURLToPath(new URL('../screenshots/', import.meta.url));

/**
 * Issues 5 and 15: the Word reports as the coordinator reads them before kommunstyrelsen. The
 * sample data's yearly report (Swedish and English) and mandate-period follow-up, made by the
 * report command exactly as `npm run report` makes them, and the yearly report of a large
 * generated organisation (30 administrations with long names, 1,200 records) are converted to PDF
 * with LibreOffice (Debian's libreoffice-writer-nogui, with Carlito for Calibri, installed by
 * .ci/run) and read back as text with pdftotext, page by page. The PDFs are kept under
 * test/e2e/screenshots/ for a reviewer.
 */

interface Report {
  name: string;
  docx: Buffer;
  content: DocxContent;
  zip: JSZip;
  /** The PDF's text per page (pdftotext -layout, pages split at form feeds). */
  pages: string[];
  locale: 'sv' | 'en';
  yearly: boolean;
}

const year = lastFullYear();
const words = { sv: { page: 'Sida', of: 'av' }, en: { page: 'Page', of: 'of' } } as const;

/** The large organisation: long administration names, as a bigger municipality has. */
function largeOrganisationDocx(): Promise<Uint8Array> {
  const names = [
    'Samhällsbyggnadsförvaltningen',
    'Miljö- och hälsoskyddsförvaltningen',
    'Kultur- och fritidsförvaltningen',
    'Arbetsmarknads- och integrationsförvaltningen',
    'Förskole- och grundskoleförvaltningen',
    'Gymnasie- och vuxenutbildningsförvaltningen',
  ];
  const organisation = parseOrganisationConfig({
    ...defaultOrganisation,
    administrations: Array.from({ length: 30 }, (_, i) => ({
      id: `forvaltning-${i + 1}`,
      name: `${names[i % names.length]} ${Math.floor(i / names.length) + 1}`,
      kind: 'forvaltning',
      committee: `Nämnd ${i + 1}`,
    })),
  });
  const projects = organisation.administrations.flatMap((admin, a) =>
    Array.from({ length: 15 }, (_, i) => {
      const p = syntheticProject(admin.id, a * 15 + i);
      return projectSchema.parse({
        ...p,
        id: `p-${a}-${i}`,
        title: `Internationellt samarbete om hållbar stadsutveckling ${a * 15 + i + 1}`,
        programmeDetail: i % 2 === 0 ? 'Horisont Europa, EU-uppdraget klimatneutrala städer' : '',
      });
    }),
  );
  const activities = organisation.administrations.flatMap((admin, a) =>
    Array.from({ length: 25 }, (_, i) => {
      const x = syntheticActivity(admin.id, a * 25 + i);
      return activitySchema.parse({
        ...x,
        id: `a-${a}-${i}`,
        startDate: `${year}-${String((i % 12) + 1).padStart(2, '0')}-10`,
      });
    }),
  );
  const model = buildReportModel({ organisation, year, projects, activities, submissions: [] });
  return renderReportDocx(model, serverDocxOptions);
}

/**
 * Each word of a table cell as the PDF must show it: whole, spaces of amounts as plain spaces. A
 * compound written with a hyphen or an en dash between words may break after it ("EU-|uppdraget",
 * "Växjö–|Kristiansand"), as Swedish text does, so its parts count as words; a date, amount or
 * span of years ("2025-03-01", "2023–2026") may not.
 */
function cellWords(content: DocxContent): Set<string> {
  const out = new Set<string>();
  for (const table of content.tables) {
    for (const row of table) {
      for (const cell of row) {
        for (const word of cell.split(/[ \n]+|(?<=\p{L}[-\u2013])(?=\p{L})/u)) {
          const text = word.replace(/[\u00a0\u202f]/gu, ' ').trim();
          // Short words are too common to tell a break: "och" is found whole somewhere anyway.
          if (text.length >= 5) out.add(text);
        }
      }
    }
  }
  return out;
}

/** The PDF text as one string with each run of spaces as one, to look words up in. */
function flatText(pages: string[]): string {
  return pages
    .join('\n')
    .replace(/[\u00a0\u202f]/gu, ' ')
    .replace(/ +/gu, ' ');
}

/** Contents entries `title ..... 12` of the contents page(s). */
function contentsEntries(pages: string[]): { title: string; page: number }[] {
  const entries: { title: string; page: number }[] = [];
  for (const page of pages.slice(1, 4)) {
    for (const line of page.split('\n')) {
      const match = /^\s*(\S.*?)\s*\.{3,}\s*(\d+)\s*$/u.exec(line);
      if (match?.[1] && match[2]) entries.push({ title: match[1], page: Number(match[2]) });
    }
  }
  return entries;
}

/** Whether a line of the page starts with the text (a heading), not counting contents lines. */
const startsLine = (page: string | undefined, text: string) =>
  (page ?? '').split('\n').some((line) => line.trim().startsWith(text) && !/\.{3,}/u.test(line));

describe('the Word reports in LibreOffice', () => {
  let server: RunningServer;
  const work = mkdtempSync(path.join(tmpdir(), 'ia-lo-'));
  const reports: Report[] = [];

  beforeAll(async () => {
    server = await startServer({ port: 0, dataDir: null, env: {}, log: () => {} });
    const env = { GRAPH_EMULATOR_PORT: new URL(server.emulatorOrigin ?? '').port };
    const made: { name: string; locale: 'sv' | 'en'; yearly: boolean }[] = [
      { name: `arsrapport-${year}`, locale: 'sv', yearly: true },
      { name: `annual-report-${year}`, locale: 'en', yearly: true },
      { name: 'mandatperiod-2023-2026', locale: 'sv', yearly: false },
      { name: `arsrapport-${year}-stor-organisation`, locale: 'sv', yearly: true },
    ];
    const out = (name: string) => path.join(work, `${name}.docx`);
    await runReportCommand(
      ['--year', String(year), '--format', 'docx', '--out', out(made[0]!.name)],
      { env },
    );
    await runReportCommand(
      ['--year', String(year), '--format', 'docx', '--locale', 'en', '--out', out(made[1]!.name)],
      { env },
    );
    await runReportCommand(
      ['--mandate-period', '2023-2026', '--format', 'docx', '--out', out(made[2]!.name)],
      { env },
    );
    writeFileSync(out(made[3]!.name), await largeOrganisationDocx());

    const profile = path.join(work, 'profile');
    await run(
      'libreoffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        ...made.map((m) => out(m.name)),
      ],
      { timeout: 420_000 },
    );
    mkdirSync(screenshots, { recursive: true });
    for (const m of made) {
      const pdf = path.join(work, `${m.name}.pdf`);
      const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 << 20 });
      const pages = stdout.split('\f');
      if (pages.at(-1)?.trim() === '') pages.pop();
      const docx = readFileSync(out(m.name));
      reports.push({
        ...m,
        docx,
        content: await readDocx(docx),
        zip: await JSZip.loadAsync(docx),
        pages,
      });
      await run('cp', [pdf, path.join(screenshots, `${m.name}.pdf`)]);
    }
  }, 600_000);
  afterAll(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('should convert every report to a multi-page PDF', () => {
    expect(existsSync('/usr/bin/libreoffice') || existsSync('/usr/bin/soffice')).toBe(true);
    expect(reports).toHaveLength(4);
    for (const report of reports) expect(report.pages.length, report.name).toBeGreaterThan(3);
  });

  it('should number every page after the title page in the footer, with the report name', () => {
    for (const report of reports) {
      const { page, of } = words[report.locale];
      const total = report.pages.length;
      expect(report.pages[0], report.name).not.toMatch(new RegExp(`${page} \\d+ ${of}`, 'u'));
      report.pages.slice(1).forEach((text, i) => {
        expect(text, `${report.name} page ${i + 2}`).toContain(`${page} ${i + 2} ${of} ${total}`);
      });
      const title = report.content.paragraphs.find((p) => p.length > 20) ?? '';
      expect(report.pages.at(-1), report.name).toContain(title.slice(0, 20));
    }
  });

  it('should keep every word and amount of every table cell whole', () => {
    for (const report of reports) {
      const text = flatText(report.pages);
      const broken = [...cellWords(report.content)].filter((word) => !text.includes(word));
      expect(broken, report.name).toEqual([]);
    }
  });

  it('should give the contents page numbers that lead to the headings', () => {
    // A report of more than ESTIMATE_MAX_ROWS rows (the large organisation) leaves the numbers to
    // Word, which updates the field on opening: its contents list the headings without them (and
    // without dot leaders).
    for (const report of reports) {
      const entries = contentsEntries(report.pages);
      const headings = report.content.headings.filter((h) => h.level <= 2);
      if (report.name.includes('stor-organisation')) {
        expect(entries, report.name).toEqual([]);
        const contents = report.pages.slice(1, 4).join('\n');
        for (const heading of headings) expect(contents, report.name).toContain(heading.text);
        continue;
      }
      expect(entries.length, report.name).toBe(headings.length);
      // LibreOffice lays the pages out with Carlito as Word does with Calibri, nearly always to
      // the page: every heading is on its page or the next, and nearly all on their own.
      const exact = entries.filter((e) => startsLine(report.pages[e.page - 1], e.title));
      const near = entries.filter(
        (e) =>
          startsLine(report.pages[e.page - 1], e.title) ||
          startsLine(report.pages[e.page], e.title),
      );
      expect(near.length, report.name).toBe(entries.length);
      expect(exact.length / entries.length, report.name).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('should put the summary with its charts before the first section of the yearly report', async () => {
    for (const report of reports.filter((r) => r.yearly)) {
      const summary = report.locale === 'sv' ? 'Sammanfattning' : 'Summary';
      const firstSection = report.locale === 'sv' ? 'EU-projekt' : 'EU projects';
      const first = (text: string) =>
        report.pages.findIndex((page, i) => i > 1 && startsLine(page, text));
      const summaryPage = first(summary);
      const sectionPage = first(firstSection);
      expect(summaryPage, report.name).toBeGreaterThan(1);
      expect(sectionPage, report.name).toBeGreaterThan(summaryPage);
      const pdf = path.join(work, `${report.name}.pdf`);
      // Every picture of the PDF (page, then number, in pdfimages' list) is a chart of the
      // summary: on its pages, up to the page where the first section starts.
      const { stdout } = await run('pdfimages', ['-list', pdf]);
      const imagePages = stdout
        .split('\n')
        .map((line) => /^\s*(\d+)\s+\d+\s+image/u.exec(line)?.[1])
        .filter((page): page is string => page !== undefined)
        .map(Number);
      expect(imagePages.length, report.name).toBeGreaterThanOrEqual(3);
      for (const page of imagePages) {
        expect(page, report.name).toBeGreaterThanOrEqual(summaryPage + 1);
        expect(page, report.name).toBeLessThanOrEqual(sectionPage + 1);
      }
    }
  });

  it('should carry a picture with a one-sentence text alternative for every chart', async () => {
    for (const report of reports.filter((r) => r.yearly)) {
      const media = Object.keys(report.zip.files).filter((f) => f.startsWith('word/media/'));
      const descriptions = [...report.content.xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/gu)].map(
        (m) => m[1] ?? '',
      );
      expect(media.length, report.name).toBeGreaterThanOrEqual(3);
      expect(media.length, report.name).toBeLessThanOrEqual(5);
      expect(descriptions, report.name).toHaveLength(media.length);
      for (const text of descriptions) expect(text).toMatch(/^[^.]{20,}\.$/u);
    }
  });

  it('should tell Word to update the fields (contents) on opening and set the language', async () => {
    for (const report of reports) {
      const settings = (await report.zip.file('word/settings.xml')?.async('string')) ?? '';
      expect(settings, report.name).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/u);
      const styles = (await report.zip.file('word/styles.xml')?.async('string')) ?? '';
      const lang = report.locale === 'sv' ? 'sv-SE' : 'en-GB';
      expect(styles, report.name).toContain(`<w:lang w:val="${lang}"`);
    }
  });

  it('should use heading styles in order, never skipping a level', () => {
    for (const report of reports) {
      const levels = report.content.headings.map((h) => h.level);
      expect(levels[0], report.name).toBe(1);
      levels.forEach((level, i) => {
        if (i > 0)
          expect(level, `${report.name} heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
      });
    }
  });

  it('should repeat each table header row on every page and never split a row', () => {
    for (const report of reports) {
      const tables = report.content.xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/gu) ?? [];
      expect(tables.length, report.name).toBeGreaterThan(0);
      for (const table of tables) {
        const rows = table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/gu) ?? [];
        expect(rows[0]).toContain('<w:tblHeader/>');
        for (const row of rows) expect(row).toContain('<w:cantSplit/>');
        expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      }
    }
  });
});
