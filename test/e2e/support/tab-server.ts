import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../../src/server/app';

/** The built tab; `npm run test:e2e` builds it first (this support never builds). */
export const tabIndexHtml = fileURLToPath(new URL('../../../dist/tab/index.html', import.meta.url));

/**
 * Starts the real server (emulator in memory, provisioned and seeded) on free ports. Fails with
 * a clear message when the tab has not been built.
 */
export async function startTabServer() {
  if (!existsSync(tabIndexHtml)) {
    throw new Error(
      `${tabIndexHtml} is missing: run \`npm run build\` (or \`npm run test:e2e\`, which builds first).`,
    );
  }
  return startServer({ port: 0, dataDir: null, seed: true, log: () => undefined });
}

/**
 * Registers the suite's hooks: the server and Chromium start before its tests and stop after.
 * Read `suite.server` and `suite.browser` inside the tests.
 */
export function useTabServerAndBrowser() {
  const suite = {} as {
    server: Awaited<ReturnType<typeof startTabServer>>;
    browser: Browser;
  };
  beforeAll(async () => {
    suite.server = await startTabServer();
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
