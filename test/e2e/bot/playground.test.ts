import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { startServer } from '../../../src/server/app';
import { launchChromium } from '../support/browser';
import { screenshot } from '../support/screenshots';

/**
 * The bot as a user meets it (issue 18): Microsoft 365 Agents Playground's own web UI, started by
 * the test on free ports against the real server (emulator in memory, provisioned and seeded),
 * driven in headless Chromium in the 1:1 chat, the group chat and a channel. Every wait is on a
 * condition (a heading, a log line), never a sleep.
 */

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const playgroundCli = `${repoRoot}node_modules/@microsoft/m365agentsplayground/cli.js`;
const BOT = 'Internationellt arbete';
const YEAR = new Date().getFullYear() - 1;
/** A report renders and uploads a Word file: on a loaded 2-core machine that may take a while. */
const SLOW = { timeout: 90_000 };

/** A free TCP port on loopback (the Playground falls back to a random one when it is taken). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts the Playground's CLI on Node 24 (the test's own), reading `.m365agentsplayground.yml`
 * from the repository root, without opening a browser; resolves to its URL once it listens.
 */
async function startPlayground(endpoint: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [playgroundCli, '-e', endpoint, '-c', 'msteams', '-p', String(port), '--dt'],
    { cwd: repoRoot, env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' }, stdio: 'pipe' },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /Listening on (\d+)/.exec(output);
      if (listening) resolve(`http://127.0.0.1:${listening[1]}/`);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Playground exited (${code}): ${output}`)));
  });
  return { url, child };
}

/** The cards the page shows (outermost Adaptive Cards only). */
const cardCount = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('.ac-adaptiveCard')].filter(
        (card) => !card.parentElement?.closest('.ac-adaptiveCard'),
      ).length,
  );

/** How often a text shows on the page (a duplicate text bubble would show it twice). */
const shown = (page: Page, text: string) => page.getByText(text, { exact: true }).count();

describe('the bot in Microsoft 365 Agents Playground', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let playground: { url: string; child: ChildProcess };
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ port: 0, dataDir: null, seed: true, log: () => undefined });
    playground = await startPlayground(`${server.url}api/messages`);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Card links open a new window; record where instead, so the test can fetch the file.
    await context.addInitScript(() => {
      window.open = (url?: string | URL) => {
        (window as unknown as { opened: string[] }).opened ??= [];
        (window as unknown as { opened: string[] }).opened.push(String(url));
        return null;
      };
    });
    page = await context.newPage();
    await page.goto(playground.url);
    await page
      .getByRole('heading', { name: `Välkommen till ${BOT}` })
      .first()
      .waitFor(SLOW);
  });

  afterAll(async () => {
    await browser?.close();
    if (playground?.child.exitCode === null) {
      const exited = new Promise((resolve) => playground.child.once('exit', resolve));
      playground.child.kill();
      await exited;
    }
    await server?.close();
  });

  /**
   * Opens another conversation and waits until it shows: the previous one's help cards are gone
   * and this one's welcome card is there (the Playground installs the bot in a conversation when
   * it is first opened, so the welcome arrives only then and must not count as an answer).
   */
  const openConversation = async (name: string) => {
    await page.getByRole('treeitem', { name }).click();
    await page
      .locator('.ac-adaptiveCard')
      .filter({ hasText: 'Det här kan jag' })
      .first()
      .waitFor({ state: 'detached' });
    await page
      .getByRole('heading', { name: `Välkommen till ${BOT}` })
      .first()
      .waitFor(SLOW);
  };

  /** The active conversation's composer: the first text box (a channel's "new post"). */
  const composer = (): Locator => page.getByRole('textbox').first();

  /** Types an @mention of the bot through the Playground's picker, as a Teams user does. */
  const mentionBot = async () => {
    await composer().click();
    await page.keyboard.type('@Inter');
    await page.getByRole('menuitem', { name: BOT }).click();
  };

  /**
   * Sends a message and waits for the answer's heading; returns how many cards the answer added
   * and how often its heading shows. `submit` posts (a channel's Post button) or presses Enter.
   */
  const ask = async (
    text: string,
    heading: string | RegExp,
    options: { mention?: boolean; post?: boolean; wait?: { timeout: number } } = {},
  ) => {
    const before = await cardCount(page);
    const headings = page.getByRole('heading', { name: heading });
    // An earlier answer may carry the same heading: wait for one more, not for any.
    const seen = await headings.count();
    if (options.mention) {
      await mentionBot();
      await page.keyboard.type(` ${text}`);
    } else {
      await composer().fill(text);
    }
    if (options.post) await page.getByRole('button', { name: 'Post', exact: true }).click();
    else await composer().press('Enter');
    const answer = headings.nth(seen);
    await answer.waitFor(options.wait ?? { timeout: 30_000 });
    return { added: (await cardCount(page)) - before, answer };
  };

  describe('in the 1:1 chat', () => {
    it('should answer hjälp with one Swedish card although the client says en-US', async () => {
      const { added } = await ask('hjälp', 'Det här kan jag');
      expect(added).toBe(1);
      expect(await shown(page, 'Det här kan jag')).toBe(1);
      await screenshot(page, 'bot-playground-personal-hjalp');
    });

    it('should answer help with one English card', async () => {
      const { added } = await ask('help', 'What I can do');
      expect(added).toBe(1);
      expect(await shown(page, 'What I can do')).toBe(1);
    });

    it("should answer status in the client's language (en-US), one card", async () => {
      const { added } = await ask('status', `Yearly reports ${YEAR}: status`);
      expect(added).toBe(1);
    });

    it('should run the command of a card button (Action.Submit)', async () => {
      const before = await cardCount(page);
      const statuses = page.getByRole('heading', { name: `Yearly reports ${YEAR}: status` });
      const seen = await statuses.count();
      const help = page.locator('.ac-adaptiveCard').filter({ hasText: 'Det här kan jag' }).last();
      await help.getByRole('button', { name: 'status', exact: true }).click();
      // `status` is both languages' word; the button's answer follows the client's locale.
      await statuses.nth(seen).waitFor({ timeout: 30_000 });
      expect((await cardCount(page)) - before).toBe(1);
    });

    it('should produce the report in at most two bubbles with a Word link that opens a docx', async () => {
      const { added, answer } = await ask(`rapport ${YEAR}`, `Årsrapport ${YEAR}: hela kommunen`, {
        wait: SLOW,
      });
      expect(added).toBeGreaterThanOrEqual(1);
      expect(added).toBeLessThanOrEqual(2);
      await screenshot(page, 'bot-playground-personal-rapport');

      const card = page.locator('.ac-adaptiveCard').filter({ has: answer }).last();
      await card.getByRole('link', { name: 'Öppna Word-rapporten' }).click();
      const opened = await page.waitForFunction(() =>
        (window as unknown as { opened?: string[] }).opened?.at(-1),
      );
      const url = String(await opened.jsonValue());
      const file = await fetch(url);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toContain('wordprocessingml');
      const bytes = new Uint8Array(await file.arrayBuffer());
      // A .docx is a ZIP package holding word/document.xml.
      expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
      expect(Buffer.from(bytes).includes('word/document.xml')).toBe(true);
    });

    it('should understand a mention typed as plain text', async () => {
      const { added } = await ask(`@${BOT} hjälp`, 'Det här kan jag');
      expect(added).toBe(1);
      // Sent as typed: the user's bubble shows the text, not a mention the picker made.
      expect(await page.getByText(`@${BOT} hjälp`, { exact: true }).count()).toBeGreaterThan(0);
      expect(await shown(page, 'Det här kan jag')).toBe(2);
    });
  });

  describe('in the group chat', () => {
    beforeAll(async () => {
      await openConversation('Kontaktpersoner');
    });

    it('should answer an @mentioned hjälp with one Swedish card', async () => {
      const before = await shown(page, 'Det här kan jag');
      const { added } = await ask('hjälp', 'Det här kan jag', { mention: true });
      expect(added).toBe(1);
      expect(await shown(page, 'Det här kan jag')).toBe(before + 1);
      await screenshot(page, 'bot-playground-group-hjalp');
    });

    it('should answer an @mentioned help in English', async () => {
      const { added } = await ask('help', 'What I can do', { mention: true });
      expect(added).toBe(1);
    });
  });

  describe('in a channel', () => {
    beforeAll(async () => {
      await openConversation('Nätverket för internationella frågor - Årsrapport');
      await page.getByRole('button', { name: 'Post', exact: true }).waitFor();
    });

    it('should reply in the thread to an @mentioned status, one card', async () => {
      const { added } = await ask('status', `Yearly reports ${YEAR}: status`, {
        mention: true,
        post: true,
      });
      expect(added).toBe(1);
      await screenshot(page, 'bot-playground-channel-status');
    });

    it('should answer an @mentioned rapport in Swedish, in at most two bubbles', async () => {
      const { added } = await ask(`rapport ${YEAR}`, `Årsrapport ${YEAR}: hela kommunen`, {
        mention: true,
        post: true,
        wait: SLOW,
      });
      expect(added).toBeGreaterThanOrEqual(1);
      expect(added).toBeLessThanOrEqual(2);
      await screenshot(page, 'bot-playground-channel-rapport');
    });
  });
});
