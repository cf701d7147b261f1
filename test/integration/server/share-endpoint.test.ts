import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiTokenError } from '../../../src/auth/api-token-validator.js';
import { defaultOrganisation } from '../../../src/domain/index.js';
import { createShareGoodExampleHandler } from '../../../src/server/good-examples.js';
import { createHttpApp } from '../../../src/server/http-app.js';

describe('POST /api/good-examples/share: per-user rate limit', () => {
  let url = '';
  let server: Server | undefined;
  const shared: string[] = [];

  beforeAll(async () => {
    const app = createHttpApp({
      tabDir: '/nonexistent',
      clientConfig: {
        graphBaseUrl: 'http://127.0.0.1:9/v1.0',
        auth: { mode: 'msal', clientId: 'c', tenantId: 't', apiScope: 'api://h/c/access_as_user' },
        organisation: defaultOrganisation,
      },
      shareGoodExample: createShareGoodExampleHandler({
        // The token validator has its own tests (api-token.test.ts): here a token names its user.
        authenticate: async (token) => {
          if (!token.startsWith('user-')) throw new ApiTokenError('test');
          return { userId: token, tenantId: 't' };
        },
        administrationIds: ['utbildning'],
        defaultLocale: 'sv',
        rateLimit: { limit: 2, windowMs: 60_000 },
        share: async (request) => {
          shared.push(request.userId);
          return { ok: true, messageId: `m${shared.length}` };
        },
      }),
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/good-examples/share`;
  });
  afterAll(() => server?.close());

  const share = (token: string, language = 'sv') =>
    fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'accept-language': language,
      },
      body: JSON.stringify({ administrationId: 'utbildning', kind: 'project', itemId: '1' }),
    });

  it('should answer 429 with Retry-After and a polite message once a user used up the window', async () => {
    expect((await share('user-a')).status).toBe(200);
    expect((await share('user-a')).status).toBe(200);
    const third = await share('user-a');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await third.json()).toEqual({
      error: {
        code: 'tooManyRequests',
        message: 'Du har gjort många förfrågningar på kort tid. Vänta en stund och försök igen.',
      },
    });
    const english = (await (await share('user-a', 'en')).json()) as { error: { message: string } };
    expect(english.error.message).toMatch(/^You have made many requests/);
    expect(shared.filter((u) => u === 'user-a')).toHaveLength(2);
  });

  it('should count each user on their own', async () => {
    expect((await share('user-b')).status).toBe(200);
  });

  it('should refuse a bad token before counting it against anyone', async () => {
    expect((await share('forged')).status).toBe(401);
  });
});
