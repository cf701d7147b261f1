import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { defaultOrganisation } from '../../src/domain/organisation.js';
import {
  createGraphClient,
  createProjectRepository,
  graphBaseUrlAt,
  resolveSites,
} from '../../src/graph/index.js';
import { startServer } from '../../src/server/app.js';
import { launchChromium } from '../e2e/support/browser.js';
import { initialScripts } from './bundle.js';
import type { Figure } from './figures.js';
import { syntheticProject } from './fixtures.js';
import { repeatOpenFigure } from './repeat-open.js';

/**
 * Figure 2: the tab's start. 2a: the JavaScript the built tab loads before its first render
 * (entry and its static imports, gzipped) against all of its JavaScript (what an eager build
 * would load). 2b: time from navigation to the first row of the project list with 1,000 more
 * projects in one administration, against the baseline page (baseline-tab/) that loads the same
 * data the same way and renders every row without virtualisation. 2d (repeat-open.ts): the same
 * first row on a repeat open, from the local cache, against a cold open.
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

function bundleFigure(): Figure {
  const initial = initialScripts(readFileSync(path.join(tabDir, 'index.html'), 'utf8'));
  const assets = readdirSync(path.join(tabDir, 'assets')).filter((f) => f.endsWith('.js'));
  const initialKb = initial.reduce((sum, f) => sum + gzipKb(path.join(tabDir, f)), 0);
  const allKb = assets.reduce((sum, f) => sum + gzipKb(path.join(tabDir, 'assets', f)), 0);
  const lazy = assets
    .filter((f) => !initial.includes(`assets/${f}`))
    .map((f) => f.replace(/-[\w-]{8}\.js$/, ''));
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
    logLevel: 'error',
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

/**
 * Serves a built page at one origin together with the emulator: `/v1.0` and `/_emulator` are
 * forwarded, with the emulator's origin in answers (nextLinks) rewritten to this one, and
 * `/config.json` points the page here. A thin adapter of the benchmark: the emulator answers no
 * CORS preflight yet, so a page on another origin cannot call it; same-origin serving also keeps
 * preflights out of both measurements alike.
 */
async function servePage(
  dir: string,
  configUrl: string,
  emulatorOrigin: string,
  /** Latency added to each Graph request (not to the page's files), as one round trip to Graph. */
  roundTripMs = 0,
): Promise<{ server: Server; url: string }> {
  const config = JSON.parse(await (await fetch(configUrl)).text()) as {
    graphBaseUrl: string;
    auth: { emulatorOrigin?: string };
  };
  let origin = '';
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin);
      if (url.pathname.startsWith('/v1.0/') || url.pathname.startsWith('/_emulator/')) {
        if (roundTripMs > 0 && url.pathname.startsWith('/v1.0/')) await sleep(roundTripMs);
        const body =
          req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
        const headers: Record<string, string> = {};
        for (const name of [
          'authorization',
          'content-type',
          'if-match',
          'prefer',
          'client-request-id',
        ]) {
          const value = req.headers[name];
          if (typeof value === 'string') headers[name] = value;
        }
        const answer = await fetch(`${emulatorOrigin}${url.pathname}${url.search}`, {
          method: req.method ?? 'GET',
          headers,
          ...(body ? { body: new Uint8Array(body) } : {}),
        });
        const text = (await answer.text()).replaceAll(emulatorOrigin, origin);
        const out: Record<string, string> = {};
        for (const name of ['content-type', 'etag', 'retry-after', 'location', 'request-id']) {
          const value = answer.headers.get(name);
          if (value !== null) out[name] = value.replaceAll(emulatorOrigin, origin);
        }
        res.writeHead(answer.status, out).end(text);
        return;
      }
      if (url.pathname === '/config.json') {
        const local = {
          ...config,
          graphBaseUrl: graphBaseUrlAt(origin),
          auth: { ...config.auth, emulatorOrigin: origin },
        };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(local));
        return;
      }
      const file = path.join(
        dir,
        url.pathname === '/' ? 'index.html' : path.normalize(url.pathname),
      );
      if (!file.startsWith(dir) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res
        .writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' })
        .end(readFileSync(file));
    })().catch((error: unknown) => {
      res.writeHead(502).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, url: `${origin}/` };
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

interface PageRun {
  /** Navigation to the first visible project row. */
  ms: number;
  domNodes: number;
  /** Records in memory to the list's first paint (benchmark pages only). */
  renderMs: number | undefined;
}

/** Median run (by `ms`) from navigation to the first visible project row, fresh context each. */
async function firstRowMs(
  browser: Browser,
  url: string,
  open: (page: Page) => Promise<void>,
): Promise<PageRun> {
  const runs: PageRun[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(url);
    await open(page);
    await page.locator(FIRST_ROW).first().waitFor({ state: 'visible', timeout: 120_000 });
    const ms = performance.now() - start;
    const renderMs = await page.evaluate(async () => {
      const marks = (window as unknown as { bench?: { recordsAt?: number; paintedAt?: number } })
        .bench;
      if (!marks) return undefined;
      while (marks.paintedAt === undefined) await new Promise((resolve) => setTimeout(resolve, 10));
      return marks.paintedAt - (marks.recordsAt ?? 0);
    });
    runs.push({
      ms,
      renderMs,
      domNodes: await page.evaluate(() => document.getElementsByTagName('*').length),
    });
    await context.close();
  }
  runs.sort((a, b) => a.ms - b.ms);
  return runs[Math.floor(runs.length / 2)] as PageRun;
}

/** Runs figures 2a to 2d; `latencyMs` is 2d's latency per Graph round trip. */
export async function benchTabStart(
  log: (line: string) => void,
  latencyMs: number,
): Promise<Figure[]> {
  await ensureTabBuild(log);
  const figures = [bundleFigure()];
  const baselineDir = await buildBaseline();
  const server = await startServer({ port: 0, dataDir: null, seed: true, log: () => undefined });
  const pages: Server[] = [];
  let browser: Browser | undefined;
  try {
    const emulatorOrigin = server.emulatorOrigin;
    if (!emulatorOrigin) throw new Error('the tab benchmark needs the local emulator');
    await seedProjects(emulatorOrigin, server.graphBaseUrl);
    const configUrl = new URL('config.json', server.url).href;
    const tabPage = await servePage(tabDir, configUrl, emulatorOrigin);
    const baselinePage = await servePage(baselineDir, configUrl, emulatorOrigin);
    pages.push(tabPage.server, baselinePage.server);
    browser = await launchChromium();
    const tab = await firstRowMs(browser, tabPage.url, (page) =>
      page.getByRole('tab', { name: 'Projekt och ansökningar' }).click(),
    );
    const plain = await firstRowMs(browser, baselinePage.url, async () => undefined);
    const virtual = await firstRowMs(
      browser,
      `${baselinePage.url}?virtual=1`,
      async () => undefined,
    );
    figures.push({
      id: '2b',
      name: `tab start, navigation to first project row, ${EXTRA_PROJECTS}+ projects (median of ${RUNS})`,
      unit: 'ms',
      optimised: tab.ms,
      baseline: plain.ms,
      baselineIs: 'same data path, all rows rendered, no virtualisation',
      note: `${tab.domNodes} vs ${plain.domNodes} DOM elements; the tab also starts its shell and overview first`,
    });
    figures.push({
      id: '2c',
      name: 'project list, records in memory to first paint (same page, VirtualList vs plain list)',
      unit: 'ms',
      optimised: virtual.renderMs ?? Number.NaN,
      baseline: plain.renderMs ?? Number.NaN,
      baselineIs: 'every row rendered',
      note: `${virtual.domNodes} vs ${plain.domNodes} DOM elements; navigation to first row ${virtual.ms.toFixed(0)} vs ${plain.ms.toFixed(0)} ms`,
    });
    const slowPage = await servePage(tabDir, configUrl, emulatorOrigin, latencyMs);
    pages.push(slowPage.server);
    figures.push(await repeatOpenFigure(browser, slowPage.url, latencyMs, EXTRA_PROJECTS));
    return figures;
  } finally {
    await browser?.close();
    await Promise.all(pages.map((p) => new Promise<void>((resolve) => p.close(() => resolve()))));
    await server.close();
  }
}
