import {
  AlignmentType,
  Document,
  Footer,
  LeaderType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TableOfContents,
  TabStopType,
  TextRun,
  type FileChild,
} from 'docx';
import {
  countryName,
  exchangeRateNote,
  formatDate,
  formatNumber,
  formatShare,
  label,
  type Locale,
  type ReportModel,
  type ReportSections,
} from '../domain/index.js';
import { estimatePageNumbers } from 'docx/layout';
import type { SvgToPng } from './charts.js';
import { page, textWidthTwips } from './docx-layout.js';
import {
  groupedTable,
  heading,
  labelled,
  leadIn,
  paragraph,
  reportStyles,
  spacer,
  table,
  type Column,
  type TableGroup,
} from './docx-parts.js';
import { summaryBlocks } from './docx-summary.js';
import {
  administrationNamer,
  formatOptionalMoney,
  formatShortDate,
  fundingConsideredCounts,
  fundingConsideredHeaders,
  fundingConsideredRows,
  goodExampleKind,
  keyFigureRows,
  programmeText,
  reportTexts,
  type ReportTexts,
} from './texts.js';

/** Options of the renderers: the reader's language (Swedish unless asked for English). */
export interface RenderOptions {
  locale?: Locale;
  /**
   * Turns a chart's SVG into PNG bytes for the summary's pictures. The server passes resvg's
   * (`serverDocxOptions` in chart-png.ts); without one the summary keeps the charts' figure
   * tables and leaves the pictures out.
   */
  chartPng?: SvgToPng;
}

/** What a section renderer needs besides the data. */
interface Context {
  locale: Locale;
  t: ReportTexts;
  year: number;
  adminName: (id: string) => string;
  /** The administrations in order: whole-municipality tables group their rows under them. */
  administrations: readonly { id: string; name: string }[];
  /** Group rows by administration (whole-municipality tables list several). */
  showAdministration: boolean;
}

/**
 * A report table: in a whole-municipality table the rows are grouped under a full-width row per
 * administration (in the organisation's order) instead of repeating the name in a column, which
 * leaves the page's width to the titles and amounts.
 */
function recordTable<T extends { administrationId: string }>(
  ctx: Context,
  columns: Column[],
  items: readonly T[],
  row: (item: T) => string[],
  emptyText: string,
): FileChild {
  if (!ctx.showAdministration) return table(columns, items.map(row), emptyText);
  const groups: TableGroup[] = [];
  const byAdmin = new Map<string, T[]>();
  for (const item of items) {
    const list = byAdmin.get(item.administrationId);
    if (list) list.push(item);
    else byAdmin.set(item.administrationId, [item]);
  }
  const known = new Set(ctx.administrations.map((a) => a.id));
  const order = [
    ...ctx.administrations.map((a) => a.id),
    ...[...byAdmin.keys()].filter((id) => !known.has(id)),
  ];
  for (const id of order) {
    const list = byAdmin.get(id);
    if (list) groups.push({ title: ctx.adminName(id), rows: list.map(row) });
  }
  return groupedTable(columns, groups, emptyText);
}

/** A short date for table cells (`2025-03-01` / `01/03/2025`): never broken across lines. */
function shortDate(locale: Locale, iso: string | undefined): string {
  return iso ? formatShortDate(locale, iso) : '';
}

function period(locale: Locale, from: string | undefined, to: string | undefined): string {
  if (!from && !to) return '';
  return `${shortDate(locale, from)} – ${shortDate(locale, to)}`.trim();
}

/**
 * The projects of the year in one list: every project ongoing during the year, those that
 * finished during it marked by their status (Avslutat), so none is listed twice; the sentence
 * above says how many finished. The role goes when the page is too narrow (it is in Excel).
 */
function projectTable(ctx: Context, projects: ReportSections['euProjects']['ongoing']): FileChild {
  const { t, locale } = ctx;
  const columns: Column[] = [
    { header: t.title, grow: 3 },
    { header: t.programme, grow: 2 },
    { header: t.role, optional: true },
    { header: t.period },
    { header: t.granted, numeric: true },
    { header: t.status },
  ];
  return recordTable(
    ctx,
    columns,
    projects,
    (p) => [
      p.title,
      programmeText(locale, p),
      label(locale, 'projectRole', p.role),
      period(locale, p.startDate, p.endDate),
      formatOptionalMoney(locale, p.grantedAmount, p.currency),
      label(locale, 'projectStatus', p.status),
    ],
    t.none,
  );
}

function applicationTable(ctx: Context, applications: ReportSections['applications']): FileChild {
  const { t, locale } = ctx;
  const columns: Column[] = [
    { header: t.title, grow: 3 },
    { header: t.programme, grow: 2 },
    { header: t.submittedOn, optional: true },
    { header: t.applied, numeric: true },
    { header: t.granted, numeric: true },
    { header: t.outcome },
  ];
  return recordTable(
    ctx,
    columns,
    applications,
    (a) => [
      a.title,
      programmeText(locale, a),
      shortDate(locale, a.applicationSubmitted),
      formatOptionalMoney(locale, a.appliedAmount, a.currency),
      formatOptionalMoney(locale, a.grantedAmount, a.currency),
      label(locale, 'projectStatus', a.outcome),
    ],
    t.none,
  );
}

/** How an activity was travelled to, with the climate compensation of a flight. */
function travelText(ctx: Context, a: ReportSections['otherWork'][number]['activities'][number]) {
  const { t, locale } = ctx;
  if (a.digital) return t.digital;
  const mode = label(locale, 'travelMode', a.travelMode);
  if (a.travelMode !== 'flight') return mode;
  return `${mode} (${a.climateCompensated ? t.compensatedShort : t.notCompensatedShort})`;
}

function activityTable(
  ctx: Context,
  activities: ReportSections['otherWork'][number]['activities'],
): FileChild {
  const { t, locale } = ctx;
  const columns: Column[] = [
    { header: t.title, grow: 3 },
    { header: t.date },
    { header: t.place, grow: 2 },
    { header: t.participants, numeric: true },
    { header: t.travel },
    { header: t.co2e, numeric: true, optional: true },
  ];
  return recordTable(
    ctx,
    columns,
    activities,
    (a) => [
      a.title,
      shortDate(locale, a.startDate),
      [a.place, a.country ? countryName(locale, a.country) : undefined].filter(Boolean).join(', '),
      formatNumber(locale, a.participants),
      travelText(ctx, a),
      formatNumber(locale, a.co2eKg),
    ],
    t.none,
  );
}

/** Whether a set of sections has nothing to show at all (no records, narratives or results). */
function isEmpty(sections: ReportSections): boolean {
  return (
    sections.euProjects.ongoing.length === 0 &&
    sections.euProjects.finished.length === 0 &&
    sections.otherProjects.ongoing.length === 0 &&
    sections.otherProjects.finished.length === 0 &&
    sections.applications.length === 0 &&
    sections.otherWork.length === 0 &&
    sections.results.projects.length === 0 &&
    sections.results.narratives.every((n) => !n.otherWorkNarrative && !n.resultsNarrative)
  );
}

/**
 * The record sections (projects, applications, other work, results), headings from `level`.
 * With `collapse` (an administration's chapter) an empty part is one line, not a heading with
 * "nothing to report" under it.
 */
function sectionBlocks(
  ctx: Context,
  sections: ReportSections,
  level: number,
  collapse = false,
): FileChild[] {
  const { locale, t } = ctx;
  const section = (code: Parameters<typeof label<'reportSection'>>[2]) =>
    label(locale, 'reportSection', code);
  const out: FileChild[] = [];
  const noProjects =
    sections.euProjects.ongoing.length === 0 &&
    sections.otherProjects.ongoing.length === 0 &&
    sections.applications.length === 0;
  if (collapse && noProjects) {
    out.push(paragraph(t.noProjects(ctx.year)));
  } else {
    for (const [code, lists, none] of [
      ['euProjects', sections.euProjects, t.noEuProjects],
      ['otherProjects', sections.otherProjects, t.noOtherProjects],
    ] as const) {
      // The ongoing list holds every project of the year; those finished in it are among them.
      if (lists.ongoing.length === 0) {
        out.push(
          collapse ? paragraph(none) : heading(section(code), level),
          ...(collapse ? [] : [paragraph(none)]),
        );
        continue;
      }
      out.push(
        heading(section(code), level),
        paragraph(t.projectsCounted(lists.ongoing.length, lists.finished.length)),
        projectTable(ctx, lists.ongoing),
        spacer(),
      );
    }
    if (sections.applications.length === 0 && collapse) out.push(paragraph(t.noApplications));
    else {
      out.push(
        heading(section('applications'), level),
        applicationTable(ctx, sections.applications),
        spacer(),
      );
    }
  }
  if (sections.otherWork.length === 0) {
    out.push(...(collapse ? [] : [heading(section('otherWork'), level)]));
    out.push(paragraph(collapse ? t.noActivities(ctx.year) : t.noOtherWork));
  } else {
    out.push(heading(section('otherWork'), level));
    for (const group of sections.otherWork) {
      out.push(
        heading(label(locale, 'activityType', group.type), level + 1),
        activityTable(ctx, group.activities),
        spacer(),
      );
    }
  }
  out.push(...resultBlocks(ctx, sections.results, level, collapse));
  return out;
}

function resultBlocks(
  ctx: Context,
  results: ReportSections['results'],
  level: number,
  collapse: boolean,
): FileChild[] {
  const { t, locale } = ctx;
  const narratives = results.narratives.filter((n) => n.otherWorkNarrative || n.resultsNarrative);
  if (collapse && narratives.length === 0 && results.projects.length === 0) {
    return [paragraph(t.noNarrative)];
  }
  const out: FileChild[] = [heading(label(locale, 'reportSection', 'results'), level)];
  for (const narrative of results.narratives) {
    if (ctx.showAdministration)
      out.push(heading(ctx.adminName(narrative.administrationId), level + 1));
    out.push(leadIn(t.narrativeOtherWork));
    out.push(paragraph(narrative.otherWorkNarrative || t.noNarrative));
    out.push(leadIn(t.narrativeResults));
    out.push(paragraph(narrative.resultsNarrative || t.noNarrative));
  }
  if (results.narratives.length === 0) out.push(paragraph(t.noNarrative));
  if (results.projects.length > 0) {
    out.push(
      heading(t.projectResults, level + 1),
      recordTable(
        ctx,
        [
          { header: t.title, grow: 1 },
          { header: label(locale, 'reportSection', 'results'), grow: 3 },
        ],
        results.projects,
        (p) => [p.title, p.achievedResults],
        t.none,
      ),
      spacer(),
    );
  }
  return out;
}

/**
 * An administration's chapter of the whole-municipality report. Its projects and activities are
 * already listed in the sections, grouped under its name, so the chapter does not list them
 * again: it says how many there are, gives the administration's key figures and its own account
 * (the narratives of its submission). An administration with nothing at all gets one paragraph.
 */
function chapterBlocks(
  ctx: Context,
  chapter: ReportModel['perAdministration'][number],
): FileChild[] {
  const { t } = ctx;
  const out: FileChild[] = [heading(chapter.name, 2), labelled(t.committee, chapter.committee)];
  const { sections, keyFigures } = chapter;
  if (isEmpty(sections)) return [...out, paragraph(t.nothingAtAll(ctx.year))];
  const c = keyFigures.counts;
  out.push(
    paragraph(
      t.chapterCounts(
        ctx.year,
        c.euOngoing + c.otherOngoing,
        c.euFinished + c.otherFinished,
        c.applications,
        c.activities,
      ),
    ),
  );
  for (const narrative of sections.results.narratives) {
    out.push(leadIn(t.narrativeOtherWork));
    out.push(paragraph(narrative.otherWorkNarrative || t.noNarrative));
    out.push(leadIn(t.narrativeResults));
    out.push(paragraph(narrative.resultsNarrative || t.noNarrative));
  }
  out.push(...keyFigureBlocks(ctx, keyFigures, 3, true));
  return out;
}

/**
 * Key figures: the main table, then the breakdowns with at least one counted item. An
 * administration's chapter (`chapter`) shows only the figures that are not zero, without the
 * breakdowns, and says so.
 */
function keyFigureBlocks(
  ctx: Context,
  figures: ReportModel['keyFigures'],
  level: number,
  chapter = false,
): FileChild[] {
  const { locale, t } = ctx;
  const rows = keyFigureRows(locale, figures).filter(
    (row) => !chapter || (row.raw !== 0 && row.raw !== null),
  );
  const out: FileChild[] = [
    heading(label(locale, 'reportSection', 'keyFigures'), level),
    ...(chapter ? [paragraph(t.zeroFiguresLeftOut)] : []),
    table(
      [
        { header: t.figure, grow: 2 },
        { header: t.value, numeric: true, grow: 1 },
      ],
      rows.map((row) => [row.label, row.value]),
      t.none,
    ),
  ];
  // Which rates turned other currencies into kronor, and which currencies had none (§3a).
  for (const sentence of exchangeRateNote(locale, figures.funding)) {
    out.push(paragraph(sentence, { italics: true }));
  }
  if (chapter) return out;
  const breakdown = (title: string, rows: [string, number][]) => {
    const counted = rows.filter(([, n]) => n > 0);
    if (counted.length === 0) return;
    out.push(
      heading(title, level + 1),
      table(
        [
          { header: title, grow: 2 },
          { header: t.count, numeric: true },
        ],
        counted.map(([name, n]) => [name, formatNumber(locale, n)]),
        t.none,
      ),
      spacer(),
    );
  };
  breakdown(
    t.byProgramme,
    figures.projectsPerProgramme.map((r) => [label(locale, 'programme', r.programme), r.count]),
  );
  breakdown(
    t.byType,
    figures.activitiesByType.map((r) => [label(locale, 'activityType', r.type), r.count]),
  );
  breakdown(
    t.bySustainability,
    figures.sustainability.map((r) => [
      label(locale, 'sustainabilityDimension', r.dimension),
      r.count,
    ]),
  );
  breakdown(
    t.byStrategyMean,
    figures.strategyMeans.map((r) => [label(locale, 'strategyMean', r.mean), r.count]),
  );
  breakdown(
    t.byPartnerType,
    figures.partners.byType.map((r) => [label(locale, 'partnerType', r.type), r.count]),
  );
  return out;
}

/**
 * The strategy's indicator under its first means, external funding: the share of the year's
 * development initiatives where external funding was considered, for the scope and per
 * administration, with the outcomes. Left out when the model carries no figure.
 */
function fundingConsideredBlocks(ctx: Context, model: ReportModel): FileChild[] {
  const { locale, t } = ctx;
  const figure = model.keyFigures.fundingConsidered;
  if (!figure) return [];
  const out: FileChild[] = [
    heading(t.fundingConsidered, 1),
    paragraph(t.fundingConsideredIntro),
    paragraph(
      figure.initiatives === 0
        ? t.noInitiatives
        : t.fundingConsideredOf(
            figure.considered,
            figure.initiatives,
            formatShare(locale, figure.share),
          ),
      { bold: true },
    ),
  ];
  const headers = fundingConsideredHeaders(locale);
  const rows = fundingConsideredRows(locale, model).map((row) => {
    const counts = fundingConsideredCounts(row.figure);
    return [
      row.name,
      formatNumber(locale, counts.initiatives),
      formatNumber(locale, counts.considered),
      formatShare(locale, row.figure.share),
      ...counts.outcomes.map((n) => formatNumber(locale, n)),
    ];
  });
  out.push(
    table(
      headers.map((header, i) => ({ header, numeric: i > 0, grow: i === 0 ? 3 : 1 })),
      rows,
      t.none,
    ),
    spacer(),
  );
  return out;
}

/** The year's good examples (the strategy's second means: spreading what works). */
function goodExampleBlocks(ctx: Context, model: ReportModel): FileChild[] {
  const { locale, t } = ctx;
  const examples = model.goodExamples;
  if (examples.length === 0) return [heading(t.goodExamples, 1), paragraph(t.none), spacer()];
  return [
    heading(t.goodExamples, 1),
    paragraph(t.goodExamplesIntro),
    recordTable(
      ctx,
      [
        { header: t.title, grow: 2 },
        { header: t.kind, grow: 1 },
        // The public summary is the longest text: it gets most of what is left.
        { header: t.summary, grow: 4 },
      ],
      examples,
      (example) => [example.title, goodExampleKind(locale, example), example.summary],
      t.none,
    ),
    spacer(),
  ];
}

function completenessBlocks(ctx: Context, model: ReportModel): FileChild[] {
  const { locale, t } = ctx;
  const { completeness } = model;
  const out: FileChild[] = [heading(label(locale, 'reportSection', 'completeness'), 1)];
  out.push(paragraph(t.submittedOf(completeness.submitted, completeness.total)));
  if (completeness.deadline) {
    out.push(labelled(t.deadline, formatDate(locale, completeness.deadline)));
  }
  if (completeness.open !== undefined) {
    out.push(paragraph(completeness.open ? t.roundOpen : t.roundClosed));
  }
  out.push(
    table(
      [
        { header: t.administration, grow: 2 },
        { header: t.status },
        { header: t.submittedBy, optional: true, grow: 1 },
        { header: t.submittedOn },
        { header: t.source },
        { header: t.changesSince, numeric: true, optional: true },
      ],
      completeness.administrations.map((entry) => [
        ctx.adminName(entry.administrationId),
        label(locale, 'completenessStatus', entry.status),
        entry.submittedBy ?? '',
        shortDate(locale, entry.submittedAt),
        entry.source === 'snapshot' ? t.sourceSnapshot : t.sourceLive,
        entry.changesSinceSubmission === null
          ? ''
          : formatNumber(locale, entry.changesSinceSubmission),
      ]),
      t.none,
    ),
  );
  return out;
}

/** The report metadata the front matter shows (shared by the yearly and mandate-period models). */
export interface FrontMatterMeta {
  organisationName: string;
  goalArea: string;
  vision: string;
  english?: { vision: string; goalArea: string } | undefined;
  generatedAt: string;
  scope: { kind: 'municipality' } | { kind: 'administration'; administrationId: string };
  administrations: readonly { id: string; name: string }[];
}

/**
 * The front matter of a report: a title page (organisation, title and subtitle, the
 * administration in scope, goal area, vision, scope, period, date) and the table of contents.
 * What follows starts with a heading that breaks the page (`heading(…, 1, { pageBreakBefore })`).
 * An English report takes the vision and goal area from the config's English
 * wording when it has one.
 */
export function frontMatter(
  locale: Locale,
  meta: FrontMatterMeta,
  title: string,
  period: string,
  subtitle?: string,
  /** Whether the contents get page numbers when the report is made (`packDocument`). */
  pageNumbers = true,
): FileChild[] {
  const t = reportTexts(locale);
  const scopeName =
    meta.scope.kind === 'administration'
      ? administrationNamer({ meta })(meta.scope.administrationId)
      : undefined;
  const english = locale === 'en' ? meta.english : undefined;
  const centred = (text: string, size: number, bold = false) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text, size, bold })],
    });
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    centred(meta.organisationName, 32),
    // The title page's title is the document's title, not a heading: the contents start after it.
    new Paragraph({
      style: 'Title',
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: title, size: 48, bold: true })],
    }),
    ...(subtitle ? [centred(subtitle, 36, true)] : []),
    ...(scopeName ? [centred(scopeName, 32)] : []),
    centred(t.goalArea(english?.goalArea ?? meta.goalArea), 28),
    new Paragraph({ spacing: { before: 720 }, children: [] }),
    labelled(t.vision, english?.vision ?? meta.vision),
    labelled(t.scope, scopeName ?? t.wholeMunicipality),
    labelled(t.period, period),
    labelled(t.generated, formatDate(locale, meta.generatedAt)),
    ...contentsPage(t, pageNumbers),
  ];
}

/**
 * The table of contents page. docx writes the field; Word fills in the entries and their page
 * numbers when the document opens (`updateFields` in the settings, see `packDocument`), and so
 * does LibreOffice when it converts to PDF.
 */
function contentsPage(t: ReportTexts, pageNumbers: boolean): FileChild[] {
  return [
    new Paragraph({
      pageBreakBefore: true,
      spacing: { after: 240 },
      children: [new TextRun({ text: t.contents, bold: true, size: 32 })],
    }),
    // Without numbers yet (a long report: Word adds them on opening), no dot leaders to nowhere.
    new TableOfContents(t.contents, {
      hyperlink: true,
      headingStyleRange: '1-2',
      tabLeader: pageNumbers ? LeaderType.DOT : LeaderType.NONE,
    }),
  ];
}

/** The footer of every page after the title page: the report's name and the page number. */
function pageFooter(t: ReportTexts, title: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidthTwips }],
        children: [
          new TextRun({ text: title, size: 18 }),
          new TextRun({ children: ['\t', t.page(''), PageNumber.CURRENT], size: 18 }),
          new TextRun({ children: [` ${t.pageOf} `, PageNumber.TOTAL_PAGES], size: 18 }),
        ],
      }),
    ],
  });
}

/**
 * The most table rows a report may have for its contents' page numbers to be worked out when it
 * is made (about 5 s at 15 ms a row); Word fills them in for a longer one when it opens it.
 */
export const ESTIMATE_MAX_ROWS = 350;

/** The table rows of a yearly report's sections: the records listed, one row each. */
function recordRows(sections: ReportSections): number {
  return (
    sections.euProjects.ongoing.length +
    sections.otherProjects.ongoing.length +
    sections.applications.length +
    sections.otherWork.reduce((sum, group) => sum + group.activities.length, 0) +
    sections.results.projects.length
  );
}

/**
 * Packs a document with the report's styles and metadata into .docx bytes: A4 portrait, the
 * document language set, a footer with the name and page number on every page after the title
 * page, and Word told to update the fields (the contents' page numbers) on opening. An
 * ArrayBuffer rather than a Node Buffer, so the same renderer runs in the tab (browser) and in the
 * bot and CLI.
 */
export async function packDocument(
  locale: Locale,
  title: string,
  organisation: string,
  children: FileChild[],
  estimatePages = true,
): Promise<Uint8Array> {
  const t = reportTexts(locale);
  const doc = new Document({
    creator: organisation,
    title,
    description: title,
    styles: reportStyles(locale),
    features: { updateFields: true },
    // The contents' page numbers are written as Word will lay the pages out (Calibri's widths;
    // LibreOffice lays out the same with Carlito), so a PDF made without Word has them too. The
    // layout costs about 15 ms a table row: a longer report leaves them to Word (updateFields).
    ...(estimatePages ? { pageNumbers: estimatePageNumbers } : {}),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: page.width, height: page.height, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: page.margin,
              bottom: page.margin,
              left: page.margin,
              right: page.margin,
            },
          },
        },
        footers: {
          default: pageFooter(t, title),
          first: new Footer({ children: [new Paragraph({ children: [] })] }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/**
 * The yearly report as a Word document: title page, table of contents, a summary (key figures
 * with the change from the year before, and charts with their figures), the sections of
 * DESIGN.md (EU projects, other international projects, applications with outcome, other work by
 * type, results, key figures), the share of development initiatives where external funding was
 * considered, the good examples, completeness and, for the whole municipality, one chapter per
 * administration or company (an administration with nothing to report gets one line).
 */
export async function renderReportDocx(
  model: ReportModel,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const locale = options.locale ?? 'sv';
  const t = reportTexts(locale);
  const adminName = administrationNamer(model);
  const { meta } = model;
  const municipality = meta.scope.kind === 'municipality';
  const ctx: Context = {
    locale,
    t,
    year: meta.year,
    adminName,
    administrations: meta.administrations,
    showAdministration: municipality,
  };
  const title = t.yearlyReport(meta.year);
  const pageNumbers = recordRows(model.sections) <= ESTIMATE_MAX_ROWS;

  const children: FileChild[] = [
    ...frontMatter(
      locale,
      meta,
      title,
      `${formatDate(locale, meta.from)} – ${formatDate(locale, meta.to)}`,
      undefined,
      pageNumbers,
    ),
    ...(await summaryBlocks(locale, model, options.chartPng)),
    // One administration's report says "none" in one line where the municipality's has a heading.
    ...sectionBlocks(ctx, model.sections, 1, !municipality),
    ...keyFigureBlocks(ctx, model.keyFigures, 1),
    spacer(),
    ...fundingConsideredBlocks(ctx, model),
    ...goodExampleBlocks(ctx, model),
    ...completenessBlocks(ctx, model),
  ];

  if (municipality && model.perAdministration.length > 0) {
    children.push(
      heading(label(locale, 'reportSection', 'perAdministration'), 1, { pageBreakBefore: true }),
    );
    const chapterCtx: Context = { ...ctx, showAdministration: false };
    for (const chapter of model.perAdministration) {
      children.push(...chapterBlocks(chapterCtx, chapter));
    }
  }
  return packDocument(locale, title, meta.organisationName, children, pageNumbers);
}
