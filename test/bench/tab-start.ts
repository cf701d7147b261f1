import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { defaultOrganisation } from '../../src/domain/organisation.js';
import { createGraphClient, createProjectRepository, resolveSites } from '../../src/graph/index.js';
import { startServer } from '../../src/server/app.js';
import type { Figure } from './figures.js';
import { syntheticProject } from './fixtures.js';

/**
 * Figure 2: the tab's start. 2a: the JavaScript the built tab loads before its first render
 * (entry and its static imports, gzipped) against all of its JavaScript (what an eager build
 * would load). 2b: time from navigation to the first row of the project list with 1,000 more
 * projects in one administration, against the baseline page (baseline-tab/) that loads the same
 * data the same way and renders every row without virtualisation.
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const tabDir = path.join(repoRoot, 'dist', 'tab');
const INITIAL_JS_TARGET_KB = 300;
const EXTRA_PROJECTS = 1000;
const RUNS = 3;

const gzipKb = (file: string) => gzipSync(readFileSync(file)).length / 1024;

/** Builds the tab with `vite build` when dist/tab is missing (a fresh clone). */
async function ensureTabBuild(log: (line: string) => void): Promise<void> {
  if (existsSync(path.join(tabDir, 'index.html'))) return;
  log('  dist/tab missing: running vite build');
  await promisify(execFile)('npx', ['vite', 'build'], { cwd: repoRoot, maxBuffer: 16 << 20 });
}

/** The scripts index.html loads at once: module entries and modulepreloads. */
export function initialScripts(indexHtml: string): string[] {
  const refs = [...indexHtml.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)];
  return [...new Set(refs.map((m) => (m[1] ?? '').replace(/^\.?\//, '')))];
}

function bundleFigure(): Figure {
  const initial = initialScripts(readFileSync(path.join(tabDir, 'index.html'), 'utf8'));
  const assets = readdirSync(path.join(tabDir, 'assets')).filter((f) => f.endsWith('.js'));
  const initialKb = initial.reduce((sum, f) => sum + gzipKb(path.join(tabDir, f)), 0);
  const allKb = assets.reduce((sum, f) => sum + gzipKb(path.join(tabDir, 'assets', f)), 0);
  const lazy = assets.filter((f) => !initial.includes(`assets/${f}`)).map((f) => f.replace(/-[\w-]{8}\.js$/, ''));
  return {
    id: '2a',
    name: 'tab start, initial JavaScript gzipped',
    unit: 'KB',
    optimised: initialKb,
    baseline: allKb,
    baselineIs: 'all chunks loaded eagerly',
    target: { text: `<= ${INITIAL_JS_TARGET_KB} KB`, met: initialKb <= INITIAL_JS_TARGET_KB },
    note: `lazy chunks: ${lazy.join(', ') || 'none'}`,
  };
}

/** Builds the baseline page into a temporary folder (never into the repository). */
async function buildBaseline(): Promise<string> {
  const outDir = path.join(tmpdir(), 'ia-bench-baseline-tab');
  await build({
    root: fileURLToPath(new URL('./baseline-tab/', import.meta.url)),
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves the baseline build, with `/config.json` taken from the real server. */
async function serveBaseline(dir: string, configUrl: string): Promise<Server> {
  const config = await (await fetch(configUrl)).text();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/config.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(config);
      return;
    }
    const file = path.join(dir, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Adds the extra projects through Graph as the coordinator. */
async function seedProjects(emulatorOrigin: string, graphBaseUrl: string): Promise<void> {
  const response = await fetch(`${emulatorOrigin}/_emulator/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userPrincipalName: 'samordnare@vaxjo.example' }),
  });
  const { access_token: token } = (await response.json()) as { access_token: string };
  const client = createGraphClient({ baseUrl: graphBaseUrl, getToken: async () => token });
  const sites = await resolveSites(client, defaultOrganisation);
  const site = sites.administrations.kommunledning;
  if (!site) throw new Error('the server did not provision kommunledning');
  await createProjectRepository(client, site.siteId).createMany(
    Array.from({ length: EXTRA_PROJECTS }, (_, i) => syntheticProject('kommunledning', i)),
  );
}

const FIRST_ROW = 'li[aria-posinset="1"]';

/** Median ms from navigation to the first visible project row, over fresh browser contexts. */
async function firstRowMs(browser: Browser, url: string, open: (page: Page) => Promise<void>): Promise<{ ms: number; domNodes: number }> {
  const runs: { ms: number; domNodes: number }[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(url);
    await open(page);
    await page.locator(FIRST_ROW).first().waitFor({ state: 'visible', timeout: 120_000 });
    const ms = performance.now() - start;
    runs.push({ ms, domNodes: await page.evaluate(() => document.getElementsByTagName('*').length) });
    await context.close();
  }
  runs.sort((a, b) => a.ms - b.ms);
  return runs[Math.floor(runs.length / 2)] as { ms: number; domNodes: number };
}

/** Runs figures 2a and 2b. */
export async function benchTabStart(log: (line: string) => void): Promise<Figure[]> {
  await ensureTabBuild(log);
  const figures = [bundleFigure()];
  const baselineDir = await buildBaseline();
  const server = await startServer({ port: 0, dataDir: null, seed: true, log: () => undefined });
  let baseline: Server | undefined;
  let browser: Browser | undefined;
  try {
    if (!server.emulatorOrigin) throw new Error('the tab benchmark needs the local emulator');
    await seedProjects(server.emulatorOrigin, server.graphBaseUrl);
    baseline = await serveBaseline(baselineDir, new URL('config.json', server.url).href);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const tab = await firstRowMs(browser, server.url, (page) =>
      page.getByRole('tab', { name: 'Projekt och ansökningar' }).click(),
    );
    const plain = await firstRowMs(browser, `http://127.0.0.1:${(baseline.address() as AddressInfo).port}/`, async () => undefined);
    figures.push({
      id: '2b',
      name: `tab start, navigation to first project row, ${EXTRA_PROJECTS}+ projects (median of ${RUNS})`,
      unit: 'ms',
      optimised: tab.ms,
      baseline: plain.ms,
      baselineIs: 'same data path, all rows rendered, no virtualisation',
      note: `${tab.domNodes} vs ${plain.domNodes} DOM elements; the tab also loads its shell and the overview first`,
    });
    return figures;
  } finally {
    await browser?.close();
    await new Promise<void>((resolve) => (baseline ? baseline.close(() => resolve()) : resolve()));
    await server.close();
  }
}
