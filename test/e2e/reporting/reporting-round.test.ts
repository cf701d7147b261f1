import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defaultOrganisation } from '../../../src/domain/organisation';
import {
  createGraphClient,
  getAllPages,
  resolveSites,
  type GraphClient,
} from '../../../src/graph/index';
import { NETWORK_CHANNEL_NAME } from '../../../src/graph/network';
import { launchChromium } from '../support/browser';
import { startTabServer } from '../support/tab-server';
import { seriousViolations } from '../support/axe';
import { screenshot } from '../support/screenshots';
import { openFeature } from '../support/navigation';

/**
 * The yearly reporting round in Chromium against the real server (emulator in memory, provisioned
 * and seeded through Graph): a contact person submits, the coordinator sees the completeness
 * change, returns the report with a comment, and generates the municipality's Word report, which
 * is then found through Graph in the network site's library; the executive board's reader reads
 * it there (and writes nothing), an outsider does not.
 */
describe('yearly reporting round', () => {
  let server: Awaited<ReturnType<typeof startTabServer>>;
  let browser: Browser;
  let graph: GraphClient;
  const coordinator = 'samordnare@vaxjo.example';
  // The seed leaves this administration without a submission for the reported year.
  const contact = 'kontakt.samhallsbyggnad@vaxjo.example';
  const administration = 'Samhällsbyggnadsförvaltningen';
  // A member of the administration's group (staff) who is also its deputy in the registry.
  const deputy = 'personal1.samhallsbyggnad@vaxjo.example';
  const year = new Date().getFullYear() - 1;
  // The executive board's reader (organisation config `readers`) and someone outside it all.
  const reader = 'ks.ledamot@vaxjo.example';
  const outsider = 'extern.gast@vaxjo.example';
  const tokenFor = async (upn: string) => {
    const answer = await fetch(`${server.emulatorOrigin}/_emulator/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userPrincipalName: upn }),
    });
    return ((await answer.json()) as { access_token: string }).access_token;
  };

  const open = async (user: string): Promise<Page> => {
    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 } })
    ).newPage();
    await page.goto(`${server.url}?user=${encodeURIComponent(user)}`);
    await page.getByRole('tab', { name: 'Årsrapport' }).click();
    await page.getByRole('heading', { name: 'Årsrapport', level: 2 }).waitFor();
    return page;
  };
  const statusOf = async (page: Page) => {
    const table = page.getByRole('table', { name: `Inlämning ${year}` });
    return table
      .getByRole('row')
      .filter({ hasText: administration })
      .getByRole('cell')
      .nth(1)
      .textContent();
  };

  beforeAll(async () => {
    server = await startTabServer();
    const origin = server.emulatorOrigin;
    if (!origin) throw new Error('The e2e server runs the local emulator');
    graph = createGraphClient({
      baseUrl: server.graphBaseUrl,
      getToken: () => tokenFor(coordinator),
    });
    // The server provisions the network's Team and its shared channel at start (like `npm start`):
    // the reports are published on the network's site all the same (readers cannot open a shared
    // channel's site).
    const { groupId } = (await resolveSites(graph, defaultOrganisation)).network;
    const channels = await getAllPages<{ id: string; displayName: string; membershipType: string }>(
      graph,
      `/teams/${groupId}/channels`,
    );
    const shared = channels.find(
      (c) => c.membershipType === 'shared' && c.displayName === NETWORK_CHANNEL_NAME,
    );
    if (!shared) throw new Error(`no shared channel ${NETWORK_CHANNEL_NAME} after start`);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('should show the administration as missing before the contact person submits', async () => {
    const page = await open(coordinator);
    await expect(statusOf(page)).resolves.toBe('Saknas');
    await page.context().close();
  });

  it('should let the contact person write the narratives and submit', async () => {
    const page = await open(contact);
    await page
      .getByRole('textbox', { name: 'Övrigt internationellt arbete under året' })
      .fill('Studiebesök i Freiburg om klimatanpassad stadsplanering.');
    await page
      .getByRole('textbox', { name: 'Resultat av det internationella arbetet' })
      .fill('Nya riktlinjer för dagvatten.');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'reporting-contact-draft');
    await page.getByRole('button', { name: 'Lämna in' }).click();
    await page.getByText('Rapporten är inlämnad och siffrorna är låsta.').waitFor();
    await page.context().close();
  });

  it('should show the coordinator the submission and let them return it with a comment', async () => {
    const page = await open(coordinator);
    await expect(statusOf(page)).resolves.toBe('Inlämnad');
    await page.getByRole('button', { name: `Skicka tillbaka ${administration}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByRole('textbox', { name: /Kommentar till kontaktpersonen/ })
      .fill('Beskriv gärna resultaten mer utförligt.');
    await dialog.getByRole('button', { name: 'Skicka tillbaka' }).click();
    await page.getByText(`${administration} är återsänd.`).waitFor();
    await expect(statusOf(page)).resolves.toBe('Återsänd');
    await page.context().close();
  });

  it("should show the contact person the coordinator's comment", async () => {
    const page = await open(contact);
    await page
      .getByText(`Kommentar från Sara Lind: Beskriv gärna resultaten mer utförligt.`)
      .waitFor();
    await page.context().close();
  });

  it('should let a second member of the administration fix and resubmit the returned report, keeping what was typed when a save is refused', async () => {
    // The administration's deputy becomes a contact person in the network (the coordinator adds
    // them, as an owner may); they are a member of the administration's private group already.
    const sites = await resolveSites(graph, defaultOrganisation);
    const deputyUser = await graph.get<{ id: string }>(`/users/${encodeURIComponent(deputy)}`);
    const bind = { '@odata.id': `${server.graphBaseUrl}/directoryObjects/${deputyUser.id}` };
    await graph.post(`/groups/${sites.network.groupId}/members/$ref`, bind);
    const adminGroup = sites.administrations['samhallsbyggnad']?.groupId ?? '';

    const page = await open(deputy);
    await page
      .getByText(`Kommentar från Sara Lind: Beskriv gärna resultaten mer utförligt.`)
      .waitFor();
    const results = page.getByRole('textbox', { name: 'Resultat av det internationella arbetet' });
    await results.fill('Nya riktlinjer för dagvatten, antagna av nämnden i maj.');

    // Meanwhile the deputy leaves the administration's group: the store refuses their save.
    await graph.delete(`/groups/${adminGroup}/members/${deputyUser.id}/$ref`);
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await page.getByText('Du kan inte spara den här rapporten').waitFor();
    await page.getByText(/Bara medlemmar i gruppen för Samhällsbyggnadsförvaltningen/).waitFor();
    await screenshot(page, 'reporting-deputy-refused');

    // Back in the group; after a reload the typed text is still there, and is handed in.
    await graph.post(`/groups/${adminGroup}/members/$ref`, bind);
    await page.reload();
    await page.getByRole('tab', { name: 'Årsrapport' }).click();
    await page.getByText('Din osparade text från förra gången är återställd.').waitFor();
    await expect(
      page.getByRole('textbox', { name: 'Resultat av det internationella arbetet' }).inputValue(),
    ).resolves.toBe('Nya riktlinjer för dagvatten, antagna av nämnden i maj.');
    await page.getByRole('button', { name: 'Lämna in' }).click();
    await page.getByText('Rapporten är inlämnad och siffrorna är låsta.').waitFor();
    await page.context().close();

    const check = await open(coordinator);
    await expect(statusOf(check)).resolves.toBe('Inlämnad');
    await check.context().close();
  });

  it("should publish the municipality's Word report in the network site's library", async () => {
    const page = await open(coordinator);
    await page.getByRole('button', { name: 'Skapa Word-rapport' }).click();
    await page.getByText(/Publicerad i nätverkets webbplats/).waitFor({ timeout: 60_000 });
    await page
      .getByRole('link', { name: `Öppna Årsrapport ${year}.docx` })
      .first()
      .waitFor();
    // The page's list of published reports shows it at once.
    await page
      .getByRole('table', { name: 'Publicerade årsrapporter' })
      .getByRole('row')
      .filter({ hasText: `Årsrapport ${year}.docx` })
      .waitFor();
    await screenshot(page, 'reporting-coordinator-report');

    const { network } = await resolveSites(graph, defaultOrganisation);
    const drive = await graph.get<{ id: string }>(`/sites/${network.siteId}/drive`);
    const files = await getAllPages<{ name: string; size?: number }>(
      graph,
      `/drives/${drive.id}/root:/${['Årsrapporter', String(year)].map(encodeURIComponent).join('/')}:/children`,
    );
    const report = files.find((f) => f.name === `Årsrapport ${year}.docx`);
    expect(report?.size ?? 0).toBeGreaterThan(5_000);
    await page.context().close();
  });

  for (const size of [
    { name: 'desktop', width: 1024, height: 720 },
    { name: 'mobile', width: 390, height: 844 },
  ]) {
    it(`should show the board's reader the published reports, and nothing to edit, at ${size.width}×${size.height}`, async () => {
      const context = await browser.newContext({ viewport: size });
      const page = await context.newPage();
      await page.goto(`${server.url}?user=${encodeURIComponent(reader)}`);
      // The shell has laid out its tabs once the first page's heading is there.
      await page.locator('main h2').first().waitFor();
      await openFeature(page, 'Årsrapport');
      const table = page.getByRole('table', { name: 'Publicerade årsrapporter' });
      const row = table.getByRole('row').filter({ hasText: `Årsrapport ${year}.docx` });
      await row.waitFor();
      await expect(row.textContent()).resolves.toMatch(new RegExp(`${year}.*Svenska`));
      // The link opens the Word file itself.
      const href = await row
        .getByRole('link', { name: `Öppna Årsrapport ${year}.docx` })
        .getAttribute('href');
      const file = await page.request.get(href ?? '');
      expect((await file.body()).subarray(0, 2).toString()).toBe('PK');
      // Nothing to write: no editor, no command of the contact person or the coordinator.
      await expect(page.locator('main').getByRole('textbox').count()).resolves.toBe(0);
      await expect(
        page
          .locator('main')
          .getByRole('button', {
            name: /Spara|Lämna in|Skapa|Godkänn|Skicka tillbaka|Öppna rapporteringen|Stäng omgången|Öppna igen/,
          })
          .count(),
      ).resolves.toBe(0);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await expect(seriousViolations(page)).resolves.toEqual([]);
      await screenshot(page, `reporting-reader-${size.name}`);
      await context.close();
    });
  }

  it("should refuse the reader a write in the reports' folder and an outsider a read, token straight to Graph", async () => {
    const { network } = await resolveSites(graph, defaultOrganisation);
    const drive = await graph.get<{ id: string }>(`/sites/${network.siteId}/drive`);
    const path = `/drives/${drive.id}/root:/${['Årsrapporter', String(year), `Årsrapport ${year}.docx`].map(encodeURIComponent).join('/')}:`;
    const as = async (upn: string, method: string, url: string) =>
      fetch(`${server.graphBaseUrl}${url}`, {
        method,
        headers: { authorization: `Bearer ${await tokenFor(upn)}`, 'content-type': 'text/plain' },
        ...(method === 'PUT' ? { body: 'forged' } : {}),
      });
    expect((await as(reader, 'GET', path)).status).toBe(200);
    expect((await as(reader, 'PUT', `${path}/content`)).status).toBe(403);
    expect((await as(reader, 'DELETE', path)).status).toBe(403);
    expect((await as(outsider, 'GET', path)).status).toBe(403);
    expect((await as(outsider, 'GET', `${path}/content`)).status).toBe(403);
    // The file is as the coordinator published it.
    const kept = await graph.get<{ size: number }>(path);
    expect(kept.size).toBeGreaterThan(5_000);

    // The outsider's page says who reads the reports instead of listing them.
    const page = await (
      await browser.newContext({ viewport: { width: 1024, height: 720 } })
    ).newPage();
    await page.goto(`${server.url}?user=${encodeURIComponent(outsider)}`);
    await page.locator('main h2').first().waitFor();
    await openFeature(page, 'Årsrapport');
    await page
      .getByText(/läses av nätverket för internationella frågor och kommunstyrelsens läsare/)
      .waitFor();
    await expect(
      page.getByRole('table', { name: 'Publicerade årsrapporter' }).count(),
    ).resolves.toBe(0);
    await page.context().close();
  });
});
