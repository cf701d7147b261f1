import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../../src/bot/app';
import type { CardMessage } from '../../../src/bot/cards/cards';
import { defaultOrganisation } from '../../../src/domain/organisation';

/**
 * infra/azure.bicep gives the Web App a user-assigned managed identity, sets BOT_ID to its client
 * id and no BOT_PASSWORD. This checks that the bot then gets its Bot Framework token from that
 * identity, as it would on App Service: the App Service managed identity endpoint
 * (IDENTITY_ENDPOINT, IDENTITY_HEADER, which App Service sets) is a local server here, and so is
 * the Bot Framework connector the proactive message goes to.
 */

const BOT_ID = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';
const TENANT_ID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const IDENTITY_HEADER = 'identity-header-secret';

/** A JWT-shaped token (the SDK decodes it to read its expiry); nobody checks its signature here. */
const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const MANAGED_IDENTITY_TOKEN = [
  part({ alg: 'RS256', typ: 'JWT' }),
  part({
    aud: 'https://api.botframework.com',
    appid: BOT_ID,
    tid: TENANT_ID,
    exp: Math.floor(Date.now() / 1000) + 3600,
  }),
  'signature',
].join('.');

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

describe('the bot on App Service with a managed identity (BOT_ID, no BOT_PASSWORD)', () => {
  let server: Server;
  let base: string;
  const seen: Seen[] = [];
  const saved = {
    IDENTITY_ENDPOINT: process.env.IDENTITY_ENDPOINT,
    IDENTITY_HEADER: process.env.IDENTITY_HEADER,
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
      req.resume();
      res.setHeader('content-type', 'application/json');
      if (req.url?.startsWith('/msi/token')) {
        const expiresOn = Math.floor(Date.now() / 1000) + 3600;
        res.end(
          JSON.stringify({
            access_token: MANAGED_IDENTITY_TOKEN,
            expires_on: String(expiresOn),
            resource: 'https://api.botframework.com',
            token_type: 'Bearer',
            client_id: BOT_ID,
          }),
        );
      } else if (req.method === 'POST' && req.url === '/v3/conversations') {
        res.end(JSON.stringify({ id: 'conversation-1' }));
      } else if (
        req.method === 'POST' &&
        req.url === '/v3/conversations/conversation-1/activities'
      ) {
        res.end(JSON.stringify({ id: 'activity-1' }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.env.IDENTITY_ENDPOINT = `${base}/msi/token`;
    process.env.IDENTITY_HEADER = IDENTITY_HEADER;
  });

  afterAll(async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await new Promise((resolve) => server.close(resolve));
  });

  it('asks the managed identity endpoint for a Bot Framework token and sends with it', async () => {
    const silent = { info() {}, warn() {}, error() {} };
    const bot = createBot({
      graph: {} as never,
      organisation: defaultOrganisation,
      getSites: () => Promise.reject(new Error('not used')),
      tabUrl: 'https://ia.example.se/',
      credentials: { appId: BOT_ID, tenantId: TENANT_ID },
      log: silent,
    });
    const activity: CardMessage = { type: 'message', summary: 'Test', attachments: [] };
    const sent = await bot.sendProactive({
      serviceUrl: `${base}/`,
      tenantId: TENANT_ID,
      userAadObjectId: 'user-1',
      activity,
    });
    expect(sent).toEqual({ conversationId: 'conversation-1' });

    const tokenRequest = seen.find((s) => s.url.startsWith('/msi/token'));
    expect(tokenRequest?.method).toBe('GET');
    expect(tokenRequest?.headers['x-identity-header']).toBe(IDENTITY_HEADER);
    const query = new URL(tokenRequest?.url ?? '/', base).searchParams;
    expect(query.get('client_id')).toBe(BOT_ID);
    expect(query.get('resource')).toBe('https://api.botframework.com');

    const posts = seen.filter((s) => s.url.startsWith('/v3/'));
    expect(posts.map((s) => s.url)).toEqual([
      '/v3/conversations',
      '/v3/conversations/conversation-1/activities',
    ]);
    for (const post of posts) {
      expect(post.headers.authorization).toBe(`Bearer ${MANAGED_IDENTITY_TOKEN}`);
    }
  });
});
