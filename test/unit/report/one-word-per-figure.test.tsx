// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import '../tab/dom-setup';
import {
  buildMandatePeriodModel,
  defaultOrganisation,
  fieldLabel,
  label,
  labelCodes,
  trendMetrics,
  type KeyFigurePartId,
  type Locale,
  type MandatePeriodModel,
  type ReportModel,
} from '../../../src/domain/index.js';
import { messageText, reportCard, reportCardFigures } from '../../../src/bot/cards/cards.js';
import { summaryOf } from '../../../src/bot/handlers/figures.js';
import { renderMandatePeriodDocx } from '../../../src/report/docx-mandate-period.js';
import { renderReportDocx } from '../../../src/report/docx-report.js';
import { metricName, reportTexts } from '../../../src/report/texts.js';
import { renderReportXlsx } from '../../../src/report/xlsx-report.js';
import { KeyFiguresTable } from '../../../src/tab/features/reporting/KeyFiguresTable.js';
import { TrendTable } from '../../../src/tab/features/follow-up/TrendTable.js';
import { createI18n } from '../../../src/tab/i18n/index.js';
import { readDocx, type DocxContent } from './docx-reader.js';
import { municipalityModel, records } from './fixtures.js';

/**
 * One word per concept: a key figure or metric is named by its domain label (`keyFigure`, or the
 * part form `keyFigurePart` for a sub-figure in the key-figure table) wherever it is shown: the
 * Word report, the Excel report, the bot's report card and the tab. A surface that words a figure
 * itself fails here, and a second definition of a domain word in the tab, bot or report sources
 * fails the last test.
 */

const locales: Locale[] = ['sv', 'en'];
let model: ReportModel;
let period: MandatePeriodModel;

beforeAll(() => {
  model = municipalityModel();
  period = buildMandatePeriodModel({
    organisation: defaultOrganisation,
    period: 2025,
    ...records,
    generatedAt: '2026-02-01T08:00:00Z',
    source: 'live',
  });
});

/** The domain's name of each figure of the key-figure table, in its order. */
function domainKeyFigureNames(locale: Locale): string[] {
  const parts = labelCodes('keyFigurePart') as readonly string[];
  return keyFigureIdsOfTable().map((id) =>
    parts.includes(id)
      ? label(locale, 'keyFigurePart', id as KeyFigurePartId)
      : label(locale, 'keyFigure', id),
  );
}

/** The ids in the order the report's key-figure table lists them (the fixture has every figure). */
function keyFigureIdsOfTable() {
  return [
    'euOngoing',
    'euFinished',
    'otherOngoing',
    'otherFinished',
    'applications',
    'applicationsGranted',
    'applicationsRejected',
    'applicationsPending',
    'applicationsWithdrawn',
    'successRate',
    'activities',
    'grantedSek',
    'appliedSek',
    'ongoingGrantedSek',
    'ownContributionSek',
    'partners',
    'countries',
    'withLinnaeusUniversity',
    'withBusiness',
    'flights',
    'flightTrips',
    'flightTripsNotCompensated',
    'co2eKg',
    'compensatedFlightShare',
    'digitalShare',
    'fundingConsideredShare',
  ] as const;
}

describe.each(locales)('key figures and metrics in %s', (locale) => {
  let doc: DocxContent;
  let periodDoc: DocxContent;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    doc = await readDocx(await renderReportDocx(model, { locale }));
    periodDoc = await readDocx(await renderMandatePeriodDocx(period, { locale }));
    workbook = new ExcelJS.Workbook();
    const bytes = (await renderReportXlsx(model, { locale })).slice();
    await workbook.xlsx.load(bytes.buffer);
  });

  it("should name every figure of the Word report's key-figure table by its domain label", () => {
    const header = reportTexts(locale).figure;
    const table = doc.tables.find((t) => t[0]?.[0] === header && t.length > 20);
    expect(table?.slice(1).map((row) => row[0])).toEqual(domainKeyFigureNames(locale));
  });

  it("should name every metric of the Word summary's comparison by its domain label", () => {
    const names = trendMetrics.map((metric) => label(locale, 'keyFigure', metric));
    const comparison = doc.tables.find((t) => names.includes(t[1]?.[0] ?? ''));
    const shown = comparison?.slice(1).map((row) => row[0]) ?? [];
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.filter((name) => !names.includes(name ?? ''))).toEqual([]);
  });

  it('should name every metric of the mandate-period report by its domain label', () => {
    expect(periodDoc.tables[0]?.slice(1).map((row) => row[0])).toEqual(
      period.trends.map((trend) => metricName(locale, trend.metric, true)),
    );
  });

  it("should name every figure of the Excel report's key-figure sheet by its domain label", () => {
    const sheet = workbook.getWorksheet(label(locale, 'reportSection', 'keyFigures'));
    const names: string[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(1).value));
    });
    // The figures, then the notes on their conversion (sentences, not figures).
    const expected = domainKeyFigureNames(locale);
    expect(names.slice(0, expected.length)).toEqual(expected);
  });

  it("should name every figure of the bot's report card by its domain label", () => {
    const text = messageText(reportCard(locale, summaryOf(locale, model, 'x', undefined)));
    for (const id of reportCardFigures) {
      expect(text).toContain(`${label(locale, 'keyFigure', id)}: `);
    }
    expect(text).toContain(`${label(locale, 'keyFigure', 'fundingConsidered')}: `);
  });

  it("should name every figure of the tab's key-figure table by its domain label", () => {
    render(
      <I18nextProvider i18n={createI18n(locale)}>
        <FluentProvider theme={teamsLightTheme}>
          <KeyFiguresTable caption="figures" figures={model.keyFigures} />
        </FluentProvider>
      </I18nextProvider>,
    );
    const table = screen.getByRole('table', { name: 'figures' });
    const firstCells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).queryAllByRole('cell')[0]?.textContent ?? '');
    const figureNames = firstCells;
    for (const id of [
      'euOngoing',
      'euFinished',
      'applications',
      'activities',
      'grantedSek',
    ] as const) {
      expect(figureNames).toContain(label(locale, 'keyFigure', id));
    }
    expect(figureNames).toContain(label(locale, 'keyFigure', 'fundingConsidered'));
  });

  it("should name every metric of the tab's follow-up table by its domain label", () => {
    render(
      <I18nextProvider i18n={createI18n(locale)}>
        <FluentProvider theme={teamsLightTheme}>
          <TrendTable caption="trends" years={period.keyFigures} trends={period.trends} />
        </FluentProvider>
      </I18nextProvider>,
    );
    const table = screen.getByRole('table', { name: 'trends' });
    const names = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(names).toEqual(period.trends.map((trend) => metricName(locale, trend.metric)));
  });
});

/** Every file of a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

describe('the domain as the one home of its words', () => {
  it('should not define a key figure, section, status or record field word again in the tab, bot or report', () => {
    const words = new Set<string>();
    for (const locale of locales) {
      for (const group of [
        'keyFigure',
        'keyFigurePart',
        'reportSection',
        'reportScope',
        'completenessStatus',
      ] as const) {
        for (const code of labelCodes(group)) words.add(label(locale, group, code as never));
      }
      for (const field of ['otherWorkNarrative', 'resultsNarrative'] as const) {
        words.add(fieldLabel(locale, 'submission', field));
      }
    }
    // Short words ("Status", "Resultat") are ordinary words of many sentences; names are longer.
    const names = [...words].filter((word) => word.length >= 12);
    const root = path.resolve(__dirname, '../../../src');
    const sources = ['tab', 'bot', 'report']
      .flatMap((dir) => filesUnder(path.join(root, dir)))
      .filter((file) => /\.(ts|tsx|json)$/.test(file));
    const found: string[] = [];
    for (const file of sources) {
      // Comments may quote a word; only code and string tables define one.
      const text = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      for (const name of names) {
        for (const quote of ["'", '"', '`']) {
          if (text.includes(`${quote}${name}${quote}`)) {
            found.push(`${path.relative(root, file)}: ${name}`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });
});
