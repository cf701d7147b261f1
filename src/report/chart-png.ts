import { Resvg } from '@resvg/resvg-js';
import type { SvgToPng } from './charts.js';

/**
 * The server's SVG-to-PNG step for the report charts: resvg (Rust, shipped as a prebuilt binary
 * per platform in npm packages, nothing compiled at install) with the system's fonts, DejaVu Sans
 * when the SVG's family is missing. Twice the picture's size, so the chart stays sharp in print.
 */
export const renderChartPng: SvgToPng = (svg, width) =>
  new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'width', value: width * 2 },
  })
    .render()
    .asPng();

/** The render options of the Word reports on the server (CLI, bot): charts as PNG pictures. */
export const serverDocxOptions = { chartPng: renderChartPng } as const;
