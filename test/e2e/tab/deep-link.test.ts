import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defaultOrganisation } from '../../../src/domain/organisation';
import type { Activity, Project } from '../../../src/domain/records';
import {
  createActivityRepository,
  createGraphClient,
  createProjectRepository,
  resolveSites,
} from '../../../src/graph/index';
import { launchChromium } from '../support/browser';
import { startTabServer } from '../support/tab-server';

/**
 * The bot's links opened in a plain browser (outside Teams the tab reads its URL's query):
 * each lands on its record in Chromium against the real server, seeded through Graph.
 */
describe('deep links into the tab', () => {
  let server: Awaited<ReturnType<typeof startTabServer>>;
  let browser: Browser;
  let project: Project;
  let activity: Activity;
  const contact = 'kontakt.utbildning@vaxjo.example';

  const open = async (query: string): Promise<Page> => {
    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 } })
    ).newPage();
    await page.goto(`${server.url}?user=${encodeURIComponent(contact)}&${query}`);
    return page;
  };

  beforeAll(async () => {
    server = await startTabServer();
    const origin = server.emulatorOrigin;
    if (!origin) throw new Error('The e2e server runs the local emulator');
    const graph = createGraphClient({
      baseUrl: server.graphBaseUrl,
      getToken: async () => {
        const answer = await fetch(`${origin}/_emulator/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ userPrincipalName: contact }),
        });
        return ((await answer.json()) as { access_token: string }).access_token;
      },
    });
    const site = (await resolveSites(graph, defaultOrganisation)).administrations.utbildning;
    if (!site) throw new Error('no site for utbildning after start');
    // The last seeded record: not the one a list shows first, so the link must do the finding.
    const projects = await createProjectRepository(graph, site.siteId).list();
    const activities = await createActivityRepository(graph, site.siteId).list();
    const lastProject = projects.at(-1);
    const lastActivity = activities.at(-1);
    if (!lastProject || !lastActivity) throw new Error('the seed has no utbildning records');
    project = lastProject;
    activity = lastActivity;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("should open a shared project's detail from its link", async () => {
    const page = await open(`feature=projects&administration=utbildning&item=${project.id}`);
    const heading = page.getByRole('heading', { name: project.title, level: 2 });
    await heading.waitFor();
    await expect(page.getByRole('article').count()).resolves.toBe(1);
    await page.context().close();
  });

  it('should open a shared activity in its form from its link', async () => {
    const page = await open(`feature=activities&administration=utbildning&item=${activity.id}`);
    const title = page.getByRole('textbox', { name: /^Rubrik/ });
    await title.waitFor();
    await expect(title.inputValue()).resolves.toBe(activity.title);
    await page.context().close();
  });

  it("should open the reminder's year with the administration's draft focused", async () => {
    const year = new Date().getFullYear() - 1;
    const page = await open(`feature=reporting&administration=utbildning&year=${year}`);
    const heading = page.getByRole('heading', { name: 'Årsrapport för Utbildningsförvaltningen' });
    await heading.waitFor();
    await expect(heading.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.context().close();
  });

  it('should show the list and a polite message for a hostile item', async () => {
    const page = await open('feature=projects&administration=utbildning&item=..%2F..%2Fetc');
    await page.getByText('Länken gick inte att öppna').waitFor();
    await page.getByRole('list', { name: 'Projektlista' }).waitFor({ state: 'attached' });
    await page.context().close();
  });
});
