import { describe, expect, it } from 'vitest';
import { useTabServerAndBrowser } from '../support/tab-server';
import { screenshot } from '../support/screenshots';

/**
 * Tenant mode's sign-in in Chromium, without a tenant: the real tab build with `/config.json`
 * saying MSAL. No account is cached and no host brokers a token, so the tab must wait for a
 * click; whatever `?user=` says, nobody is shown as signed in.
 */
describe('sign-in in a plain browser (tenant mode)', () => {
  const suite = useTabServerAndBrowser();

  it('should show "Logga in", open no popup before the click, and ignore ?user=', async () => {
    const config = (await (await fetch(new URL('config.json', suite.server.url))).json()) as Record<
      string,
      unknown
    >;
    const clientId = '11111111-2222-3333-4444-555555555555';
    const tenantConfig = {
      ...config,
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      auth: {
        mode: 'msal',
        clientId,
        tenantId: '99999999-8888-7777-6666-555555555555',
        apiScope: `api://localhost/${clientId}/access_as_user`,
      },
    };
    for (const [width, height, name] of [
      [1024, 720, 'sign-in-wide'],
      [390, 844, 'sign-in-narrow'],
    ] as const) {
      const page = await suite.browser.newPage({ viewport: { width, height } });
      const popups: string[] = [];
      const graphCalls: string[] = [];
      page.on('popup', (popup) => popups.push(popup.url()));
      page.on('request', (request) => {
        if (request.url().startsWith('https://graph.microsoft.com')) graphCalls.push(request.url());
      });
      await page.route('**/config.json', (route) => route.fulfill({ json: tenantConfig }));
      await page.goto(`${suite.server.url}?user=samordnare@vaxjo.example`);
      await page.getByRole('button', { name: 'Logga in' }).waitFor();
      await screenshot(page, name);
      expect(popups).toEqual([]);
      expect(graphCalls).toEqual([]);
      expect(await page.getByText('samordnare', { exact: false }).count()).toBe(0);
      await page.close();
    }
  });
});
