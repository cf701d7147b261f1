import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationConfig } from '../../../src/domain/organisation.js';
import { startServer, type RunningServer } from '../../../src/server/app.js';
import { ConfigError } from '../../../src/server/config.js';

const quiet = () => {};

describe('startServer in memory', () => {
  let server: RunningServer;
  const tabDir = mkdtempSync(path.join(tmpdir(), 'ia-tab-'));

  beforeAll(async () => {
    writeFileSync(path.join(tabDir, 'index.html'), '<!doctype html><title>IA tab</title>');
    server = await startServer({ port: 0, dataDir: null, tabDir, env: {}, log: quiet });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(tabDir, { recursive: true, force: true });
  });

  it('should report healthy at /healthz', async () => {
    const response = await fetch(new URL('healthz', server.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('should give the tab the emulator base URL and dev auth in /config.json', async () => {
    const body = (await (await fetch(new URL('config.json', server.url))).json()) as {
      graphBaseUrl: string;
      auth: { mode: string; emulatorOrigin?: string };
    };
    expect(body.graphBaseUrl).toBe(server.graphBaseUrl);
    expect(body.auth).toEqual({
      mode: 'dev',
      emulatorOrigin: server.emulatorOrigin,
      clientId: 'internationellt-arbete-server',
      apiScope: 'api://localhost/internationellt-arbete-server/access_as_user',
    });
  });

  it('should include the organisation with its administrations in /config.json', async () => {
    const body = (await (await fetch(new URL('config.json', server.url))).json()) as {
      organisation: { name: string; administrations: { id: string }[] };
    };
    expect(body.organisation.name).toBe('Växjö kommun');
    expect(body.organisation.administrations.map((a) => a.id)).toContain('utbildning');
  });

  it('should mount the share endpoint, accepting only the tab’s token for this API', async () => {
    const share = async (token: string) =>
      fetch(new URL('api/good-examples/share', server.url), {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ administrationId: 'utbildning', kind: 'project', itemId: '1' }),
      });
    const config = (await (await fetch(new URL('config.json', server.url))).json()) as {
      auth: { clientId: string; apiScope: string };
    };
    const tokenFor = async (request: Record<string, string>) =>
      (
        (await (
          await fetch(`${server.emulatorOrigin}/_emulator/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(request),
          })
        ).json()) as { access_token: string }
      ).access_token;
    const contact = 'kontakt.utbildning@vaxjo.example';
    const apiToken = await tokenFor({
      userPrincipalName: contact,
      scope: config.auth.apiScope,
      clientId: config.auth.clientId,
    });
    // Authenticated, then refused by the bot's coordinator rule: the token named the user.
    expect((await share(apiToken)).status).toBe(403);
    expect((await share(await tokenFor({ userPrincipalName: contact }))).status).toBe(401);
    const otherApp = await tokenFor({
      userPrincipalName: contact,
      scope: config.auth.apiScope,
      clientId: 'another-app',
    });
    expect((await share(otherApp)).status).toBe(401);
    expect((await share('not-a-token')).status).toBe(401);
  });

  // This machine's first non-loopback IPv4 address, if it has one.
  const lanAddress = Object.values(networkInterfaces())
    .flat()
    .find((a) => a?.family === 'IPv4' && !a.internal)?.address;

  it.skipIf(lanAddress === undefined)(
    'should listen on loopback only in local mode: refused on the machine’s network address',
    async () => {
      const port = new URL(server.url).port;
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      const outside = await fetch(`http://${lanAddress}:${port}/healthz`).then(
        (r) => `answered ${r.status}`,
        (e: Error & { cause?: { code?: string } }) => e.cause?.code ?? e.message,
      );
      expect(outside).toBe('ECONNREFUSED');
    },
  );

  it('should let Teams, Outlook, Microsoft 365 and SharePoint frame the tab', async () => {
    const csp = (await fetch(server.url)).headers.get('content-security-policy') ?? '';
    const frameAncestors = csp.split('; ').find((d) => d.startsWith('frame-ancestors')) ?? '';
    for (const host of [
      'https://teams.microsoft.com',
      'https://*.teams.microsoft.com',
      'https://*.office.com',
      'https://*.microsoft365.com',
      'https://*.cloud.microsoft',
      'https://outlook.office.com',
      'https://*.sharepoint.com',
    ]) {
      expect(frameAncestors.split(' ')).toContain(host);
    }
  });

  it('should let the tab connect to the Graph emulator', async () => {
    const csp = (await fetch(server.url)).headers.get('content-security-policy') ?? '';
    const connectSrc = csp.split('; ').find((d) => d.startsWith('connect-src')) ?? '';
    expect(connectSrc.split(' ')).toContain(server.emulatorOrigin);
  });

  it('should send nosniff and no X-Frame-Options (which would block Teams)', async () => {
    const response = await fetch(server.url);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBeNull();
  });

  it('should serve the tab build at /', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('IA tab');
  });

  it('should provision the administration and network groups on first start', () => {
    expect(server.provisioning.created.join('\n')).toContain('ia-natverket');
    expect(server.provisioning.created.join('\n')).toContain('ia-utbildning');
  });
});

describe('startServer with a bad environment', () => {
  it('should refuse to start and name the wrong setting', async () => {
    const start = startServer({ port: 0, dataDir: null, env: { PORT: 'abc' }, log: quiet });
    await expect(start).rejects.toBeInstanceOf(ConfigError);
    await expect(start).rejects.toThrow(/PORT/);
  });

  it('should name ORGANISATION_CONFIG when the file does not exist', async () => {
    const env = { ORGANISATION_CONFIG: path.join(tmpdir(), 'no-such-organisation.json') };
    await expect(startServer({ port: 0, dataDir: null, env, log: quiet })).rejects.toThrow(
      /ORGANISATION_CONFIG/,
    );
  });
});

describe('startServer with another organisation', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ia-org-'));
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("should give the emulator that organisation's list policies, not Växjö's", async () => {
    const vaxjo = JSON.parse(
      readFileSync('src/domain/organisations/vaxjo.json', 'utf8'),
    ) as OrganisationConfig;
    const other = {
      ...vaxjo,
      network: { name: 'Internationella nätverket', mailNickname: 'ia-annat-natverk' },
      administrations: vaxjo.administrations.slice(0, 2),
    };
    const file = path.join(dir, 'organisation.json');
    writeFileSync(file, JSON.stringify(other));
    server = await startServer({
      port: 0,
      dataDir: null,
      env: { ORGANISATION_CONFIG: file },
      log: quiet,
    });
    const policies = JSON.stringify(
      await (await fetch(`${server.emulatorOrigin}/_emulator/list-policies`)).json(),
    );
    expect(policies).toContain('ia-annat-natverk');
    expect(policies).not.toContain('ia-natverket');
  });
});
