import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
} from 'docx';
import {
  formatDate,
  label,
  type Locale,
  type ReportModel,
  type ReportSections,
} from '../domain/index.js';
import {
  heading,
  labelled,
  paragraph,
  reportStyles,
  spacer,
  table,
  type Column,
} from './docx-parts.js';
import {
  administrationNamer,
  formatNumber,
  formatOptionalDate,
  formatOptionalMoney,
  formatShare,
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
}

/** What a section renderer needs besides the data. */
interface Context {
  locale: Locale;
  t: ReportTexts;
  adminName: (id: string) => string;
  /** Show the administration column (whole-municipality tables list several). */
  showAdministration: boolean;
}

function projectTable(ctx: Context, projects: ReportSections['euProjects']['ongoing']): FileChild {
  const { t, locale } = ctx;
  const columns: Column[] = [
    { header: t.title },
    ...(ctx.showAdministration ? [{ header: t.administration }] : []),
    { header: t.programme },
    { header: t.role },
    { header: t.start },
    { header: t.end },
    { header: t.granted, numeric: true },
    { header: t.status },
  ];
  const rows = projects.map((p) => [
    p.title,
    ...(ctx.showAdministration ? [ctx.adminName(p.administrationId)] : []),
    programmeText(locale, p),
    label(locale, 'projectRole', p.role),
    formatOptionalDate(locale, p.startDate),
    formatOptionalDate(locale, p.endDate),
    formatOptionalMoney(locale, p.grantedAmount, p.currency),
    label(locale, 'projectStatus', p.status),
  ]);
  return table(columns, rows, t.none);
}

function applicationTable(ctx: Context, applications: ReportSections['applications']): FileChild {
  const { t, locale } = ctx;
  const columns: Column[] = [
    { header: t.title },
    ...(ctx.showAdministration ? [{ header: t.administration }] : []),
    { header: t.programme },
    { header: t.submittedOn },
    { header: t.applied, numeric: true },
    { header: t.granted, numeric: true },
    { header: t.outcome },
  ];
  const rows = applications.map((a) => [
    a.title,
    ...(ctx.showAdministration ? [ctx.adminName(a.administrationId)] : []),
    programmeText(locale, a),
    formatOptionalDate(locale, a.applicationSubmitted),
    formatOptionalMoney(locale, a.appliedAmount, a.currency),
    formatOptionalMoney(locale, a.grantedAmount, a.currency),
    label(locale, 'projectStatus', a.outcome),
  ]);
  return table(columns, rows, t.none);
}

function activityTable(
  ctx: Context,
  activities: ReportSections['otherWork'][number]['activities'],
): FileChild {
  const { t, locale } = ctx;
  const columns: Column[] = [
    { header: t.title },
    ...(ctx.showAdministration ? [{ header: t.administration }] : []),
    { header: t.date },
    { header: t.place },
    { header: t.participants, numeric: true },
    { header: t.travel },
    { header: t.co2e, numeric: true },
    { header: t.compensated },
  ];
  const rows = activities.map((a) => [
    a.title,
    ...(ctx.showAdministration ? [ctx.adminName(a.administrationId)] : []),
    formatDate(locale, a.startDate),
    [a.place, a.country].filter(Boolean).join(', '),
    formatNumber(locale, a.participants),
    a.digital ? t.digital : label(locale, 'travelMode', a.travelMode),
    formatNumber(locale, a.co2eKg),
    a.travelMode === 'flight' ? (a.climateCompensated ? t.yes : t.no) : '',
  ]);
  return table(columns, rows, t.none);
}

/** The record sections (projects, applications, other work, results), headings from `level`. */
function sectionBlocks(ctx: Context, sections: ReportSections, level: number): FileChild[] {
  const { locale, t } = ctx;
  const section = (code: Parameters<typeof label<'reportSection'>>[2]) =>
    label(locale, 'reportSection', code);
  const out: FileChild[] = [];
  for (const [code, lists] of [
    ['euProjects', sections.euProjects],
    ['otherProjects', sections.otherProjects],
  ] as const) {
    out.push(heading(section(code), level));
    out.push(heading(section('ongoing'), level + 1), projectTable(ctx, lists.ongoing), spacer());
    out.push(heading(section('finished'), level + 1), projectTable(ctx, lists.finished), spacer());
  }
  out.push(heading(section('applications'), level), applicationTable(ctx, sections.applications));
  out.push(spacer(), heading(section('otherWork'), level));
  if (sections.otherWork.length === 0) out.push(paragraph(t.none));
  for (const group of sections.otherWork) {
    out.push(
      heading(label(locale, 'activityType', group.type), level + 1),
      activityTable(ctx, group.activities),
      spacer(),
    );
  }
  out.push(heading(section('results'), level), ...resultBlocks(ctx, sections.results, level + 1));
  return out;
}

function resultBlocks(
  ctx: Context,
  results: ReportSections['results'],
  level: number,
): FileChild[] {
  const { t } = ctx;
  const out: FileChild[] = [];
  for (const narrative of results.narratives) {
    if (ctx.showAdministration) out.push(heading(ctx.adminName(narrative.administrationId), level));
    out.push(paragraph(t.narrativeOtherWork, { bold: true }));
    out.push(paragraph(narrative.otherWorkNarrative || t.noNarrative));
    out.push(paragraph(t.narrativeResults, { bold: true }));
    out.push(paragraph(narrative.resultsNarrative || t.noNarrative));
  }
  if (results.narratives.length === 0) out.push(paragraph(t.noNarrative));
  out.push(heading(t.projectResults, level));
  out.push(
    table(
      [
        { header: t.title },
        ...(ctx.showAdministration ? [{ header: t.administration }] : []),
        { header: label(ctx.locale, 'reportSection', 'results') },
      ],
      results.projects.map((p) => [
        p.title,
        ...(ctx.showAdministration ? [ctx.adminName(p.administrationId)] : []),
        p.achievedResults,
      ]),
      t.none,
    ),
    spacer(),
  );
  return out;
}

/** Key figures: the main table, then the breakdowns with at least one counted item. */
function keyFigureBlocks(
  ctx: Context,
  figures: ReportModel['keyFigures'],
  level: number,
): FileChild[] {
  const { locale, t } = ctx;
  const out: FileChild[] = [
    heading(label(locale, 'reportSection', 'keyFigures'), level),
    table(
      [{ header: t.figure }, { header: t.value, numeric: true }],
      keyFigureRows(locale, figures).map((row) => [row.label, row.value]),
      t.none,
    ),
  ];
  if (figures.funding.mixedCurrencies) out.push(paragraph(t.mixedCurrencies, { italics: true }));
  const breakdown = (title: string, rows: [string, number][]) => {
    const counted = rows.filter(([, n]) => n > 0);
    if (counted.length === 0) return;
    out.push(
      heading(title, level + 1),
      table(
        [{ header: title }, { header: t.count, numeric: true }],
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
      // The names need room; the six figures are short.
      headers.map((header, i) => ({ header, numeric: i > 0, width: i === 0 ? 34 : 11 })),
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
    table(
      [
        { header: t.title, width: 24 },
        ...(ctx.showAdministration ? [{ header: t.administration, width: 20 }] : []),
        { header: t.kind, width: 18 },
        // The public summary is the longest text: it gets what the other columns leave.
        { header: t.summary, width: ctx.showAdministration ? 38 : 58 },
      ],
      examples.map((example) => [
        example.title,
        ...(ctx.showAdministration ? [ctx.adminName(example.administrationId)] : []),
        goodExampleKind(locale, example),
        example.summary,
      ]),
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
        { header: t.administration },
        { header: t.status },
        { header: t.submittedBy },
        { header: t.submittedOn },
        { header: t.source },
        { header: t.changesSince, numeric: true },
      ],
      completeness.administrations.map((entry) => [
        ctx.adminName(entry.administrationId),
        label(locale, 'completenessStatus', entry.status),
        entry.submittedBy ?? '',
        formatOptionalDate(locale, entry.submittedAt),
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
  generatedAt: string;
  scope: { kind: 'municipality' } | { kind: 'administration'; administrationId: string };
  administrations: readonly { id: string; name: string }[];
}

/**
 * The front matter of a report: a title page (organisation, title, the administration in scope,
 * goal area, vision, scope, period, date) and the table of contents, then a page break.
 */
export function frontMatter(
  locale: Locale,
  meta: FrontMatterMeta,
  title: string,
  period: string,
): FileChild[] {
  const t = reportTexts(locale);
  const scopeName =
    meta.scope.kind === 'administration'
      ? administrationNamer({ meta })(meta.scope.administrationId)
      : undefined;
  const centred = (text: string, size: number, bold = false) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text, size, bold })],
    });
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    centred(meta.organisationName, 32),
    centred(title, 48, true),
    ...(scopeName ? [centred(scopeName, 32)] : []),
    centred(t.goalArea(meta.goalArea), 28),
    new Paragraph({ spacing: { before: 720 }, children: [] }),
    labelled(t.vision, meta.vision),
    labelled(t.scope, scopeName ?? t.wholeMunicipality),
    labelled(t.period, period),
    labelled(t.generated, formatDate(locale, meta.generatedAt)),
    ...contentsPage(t),
    new Paragraph({ pageBreakBefore: true, children: [] }),
  ];
}

/**
 * The table of contents page. docx fills the entries from the headings; the page numbers are left
 * for Word, which offers to update the field on opening. docx/layout's `estimatePageNumbers` would
 * write them, but took about 20 s for a municipality report, too slow for the bot and the CLI.
 */
function contentsPage(t: ReportTexts): FileChild[] {
  return [
    new Paragraph({
      pageBreakBefore: true,
      spacing: { after: 240 },
      children: [new TextRun({ text: t.contents, bold: true, size: 32 })],
    }),
    new TableOfContents(t.contents, { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

/**
 * Packs a document with the report's styles and metadata into .docx bytes. An ArrayBuffer rather
 * than a Node Buffer, so the same renderer runs in the tab (browser) and in the bot and CLI.
 */
export async function packDocument(
  title: string,
  organisation: string,
  children: FileChild[],
): Promise<Uint8Array> {
  const doc = new Document({
    creator: organisation,
    title,
    description: title,
    styles: reportStyles,
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/**
 * The yearly report as a Word document: title page, table of contents, the sections of DESIGN.md
 * (EU projects ongoing / finished, other international projects, applications with outcome,
 * other work by type, results, key figures), the share of development initiatives where external
 * funding was considered, the good examples, completeness and, for the whole municipality, one
 * chapter per administration or company.
 */
export function renderReportDocx(
  model: ReportModel,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const locale = options.locale ?? 'sv';
  const t = reportTexts(locale);
  const adminName = administrationNamer(model);
  const { meta } = model;
  const municipality = meta.scope.kind === 'municipality';
  const ctx: Context = { locale, t, adminName, showAdministration: municipality };
  const title = t.yearlyReport(meta.year);

  const children: FileChild[] = [
    ...frontMatter(
      locale,
      meta,
      title,
      `${formatDate(locale, meta.from)} – ${formatDate(locale, meta.to)}`,
    ),
    ...sectionBlocks(ctx, model.sections, 1),
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
      children.push(heading(chapter.name, 2), labelled(t.committee, chapter.committee));
      children.push(...sectionBlocks(chapterCtx, chapter.sections, 3));
      children.push(...keyFigureBlocks(chapterCtx, chapter.keyFigures, 3));
    }
  }
  return packDocument(title, meta.organisationName, children);
}
