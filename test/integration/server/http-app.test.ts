import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/index.js';
import { IdentityUnavailableError } from '../../../src/auth/api-token-validator.js';
import { GraphError } from '../../../src/graph/errors.js';
import { createHttpApp, type HttpAppOptions } from '../../../src/server/http-app.js';

const clientConfig: HttpAppOptions['clientConfig'] = {
  graphBaseUrl: 'http://127.0.0.1:5999/v1.0',
  auth: {
    mode: 'dev',
    emulatorOrigin: 'http://127.0.0.1:5999',
    clientId: 'internationellt-arbete-server',
    apiScope: 'api://localhost/internationellt-arbete-server/access_as_user',
  },
  organisation: defaultOrganisation,
};

/** Serves an app on a free port for the duration of a describe block. */
async function serve(options: HttpAppOptions): Promise<{ url: string; server: Server }> {
  const app = createHttpApp(options);
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('createHttpApp without a tab build', () => {
  let url = '';
  let server: Server | undefined;
  const tabDir = path.join(tmpdir(), 'ia-no-such-tab-build');

  beforeAll(async () => {
    ({ url, server } = await serve({ tabDir, clientConfig }));
  });
  afterAll(() => server?.close());

  it('should explain how to build the tab when index.html is missing', async () => {
    const response = await fetch(`${url}/`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('tabNotBuilt');
    expect(body.error.message).toContain('npm run build');
    expect(body.error.message).not.toContain(tabDir);
  });

  it('should answer the bot endpoint with 501 JSON when no bot handler is given', async () => {
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hej' }),
    });
    expect(response.status).toBe(501);
    expect(await response.json()).toMatchObject({ error: { code: 'notImplemented' } });
  });

  it('should refuse a JSON body above the limit with 413', async () => {
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'x'.repeat(300 * 1024) }),
    });
    expect(response.status).toBe(413);
  });

  it('should answer the share endpoint with 501 JSON when no share handler is given', async () => {
    const response = await fetch(`${url}/api/good-examples/share`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ administrationId: 'utbildning', kind: 'project', itemId: '1' }),
    });
    expect(response.status).toBe(501);
    expect(await response.json()).toMatchObject({ error: { code: 'notImplemented' } });
  });

  it('should refuse a share body above the limit with 413 before the handler runs', async () => {
    const response = await fetch(`${url}/api/good-examples/share`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ itemId: 'x'.repeat(300 * 1024) }),
    });
    expect(response.status).toBe(413);
  });

  it('should answer an unknown API path with 404 JSON, not the tab', async () => {
    const response = await fetch(`${url}/api/nothing`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
  });
});

describe('createHttpApp with a tab build', () => {
  let url = '';
  let server: Server | undefined;
  const tabDir = mkdtempSync(path.join(tmpdir(), 'ia-tab-'));

  beforeAll(async () => {
    mkdirSync(path.join(tabDir, 'assets'));
    writeFileSync(path.join(tabDir, 'index.html'), '<!doctype html><title>IA test tab</title>');
    writeFileSync(path.join(tabDir, 'assets', 'index-abc123.js'), 'console.log(1);');
    ({ url, server } = await serve({ tabDir, clientConfig }));
  });
  afterAll(() => {
    server?.close();
    rmSync(tabDir, { recursive: true, force: true });
  });

  it('should serve index.html at / without long caching', async () => {
    const response = await fetch(`${url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('IA test tab');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('should serve index.html for a client-side route', async () => {
    const response = await fetch(`${url}/projects/12`);
    expect(await response.text()).toContain('IA test tab');
  });

  it('should cache hashed assets for a year', async () => {
    const response = await fetch(`${url}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('should answer a missing file with 404 instead of the app', async () => {
    const response = await fetch(`${url}/assets/missing-000.js`);
    expect(response.status).toBe(404);
  });
});

describe('createHttpApp security headers', () => {
  it('should send HSTS only when asked to (public HTTPS host)', async () => {
    const tabDir = path.join(tmpdir(), 'ia-no-such-tab-build');
    const plain = await serve({ tabDir, clientConfig });
    const https = await serve({ tabDir, clientConfig, hsts: true });
    try {
      const [a, b] = await Promise.all([
        fetch(`${plain.url}/healthz`),
        fetch(`${https.url}/healthz`),
      ]);
      expect(a.headers.get('strict-transport-security')).toBeNull();
      expect(b.headers.get('strict-transport-security')).toContain('max-age=');
    } finally {
      plain.server.close();
      https.server.close();
    }
  });

  it("should let teams-js fetch its valid domains from Microsoft's CDN", async () => {
    const { url, server } = await serve({ tabDir: tmpdir(), clientConfig });
    try {
      const csp = (await fetch(`${url}/healthz`)).headers.get('content-security-policy') ?? '';
      const connectSrc = csp.split('; ').find((d) => d.startsWith('connect-src')) ?? '';
      expect(connectSrc.split(' ')).toContain('https://res.cdn.office.net');
    } finally {
      server.close();
    }
  });
});

describe('createHttpApp error answers', () => {
  let url = '';
  let server: Server | undefined;
  let thrown: unknown;
  const logged: string[] = [];

  beforeAll(async () => {
    ({ url, server } = await serve({
      tabDir: path.join(tmpdir(), 'ia-no-such-tab-build'),
      clientConfig,
      botHandler: (_req, _res, next) => next(thrown),
      log: (line) => logged.push(line),
    }));
  });
  afterAll(() => server?.close());

  const post = (headers: Record<string, string> = {}, body = '{"type":"message"}') =>
    fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  type Envelope = { error: { code: string; message: string } };

  it('should answer a Graph network failure (status 0) with 503 JSON instead of crashing', async () => {
    thrown = new GraphError({ status: 0, code: 'networkError', message: 'fetch failed' });
    const response = await post();
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as Envelope;
    expect(body.error.code).toBe('graphUnavailable');
    expect(body.error.message).not.toContain('fetch failed');
  });

  it('should answer 503 when the identity provider cannot be reached', async () => {
    thrown = new IdentityUnavailableError(
      new Error('getaddrinfo ENOTFOUND login.microsoftonline.com'),
    );
    const response = await post();
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'identityUnavailable' } });
    expect(text).not.toContain('ENOTFOUND');
  });

  it("should pass Graph's Retry-After on when Graph throttled", async () => {
    thrown = new GraphError({
      status: 429,
      code: 'TooManyRequests',
      message: 'x',
      retryAfterSeconds: 7,
    });
    const response = await post();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('7');
  });

  it("should answer an unknown Graph failure with 502 and keep Graph's text out of the answer", async () => {
    thrown = new GraphError({
      status: 500,
      code: 'generalException',
      message: 'Internal SharePoint detail at /sites/abc',
      requestId: 'req-1',
    });
    const response = await post();
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'graphFailed' } });
    expect(text).not.toContain('SharePoint detail');
    expect(text).not.toContain('req-1');
    expect(logged.some((line) => line.includes('req-1'))).toBe(true);
  });

  it('should answer our own bug with 500 JSON and no stack or path', async () => {
    thrown = new TypeError(`Cannot read properties of undefined at ${process.cwd()}/src/x.ts:1`);
    const response = await post();
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'internalError' } });
    expect(text).not.toContain(process.cwd());
    expect(text).not.toMatch(/at .*:\d+/);
  });

  it('should answer malformed JSON with 400 invalidJson', async () => {
    const response = await post({}, '{"type": ');
    expect(response.status).toBe(400);
    expect(((await response.json()) as Envelope).error.code).toBe('invalidJson');
  });

  it('should answer in Swedish by default and in English when the caller prefers it', async () => {
    const sv = (await (await fetch(`${url}/api/nothing`)).json()) as Envelope;
    const en = (await (
      await fetch(`${url}/api/nothing`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } })
    ).json()) as Envelope;
    expect(sv.error).toEqual({ code: 'notFound', message: 'Det finns inget sådant API.' });
    expect(en.error).toEqual({ code: 'notFound', message: 'No such API endpoint.' });
  });
});
