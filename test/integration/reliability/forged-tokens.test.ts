import { createPublicKey, createHmac, generateKeyPairSync } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../src/server/app.js';
import { corpus } from './corpus.js';
import { recordFigures } from './figures.js';

interface ForgedToken {
  name: string;
  forge:
    | 'alg-none'
    | 'hs256-public-key'
    | 'attacker-key'
    | 'tampered-payload'
    | 'graph-token'
    | 'other-app'
    | 'other-audience'
    | 'literal';
  claims?: Record<string, unknown>;
  header?: Record<string, unknown>;
  value?: string;
}

const STAFF = 'personal1.utbildning@vaxjo.example';
const COORDINATOR = 'samordnare@vaxjo.example';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('forged tokens against the server’s own API', () => {
  let server: RunningServer;
  let config: { clientId: string; apiScope: string };
  let staffToken = '';
  let coordinatorId = '';

  const devToken = async (body: Record<string, unknown>) =>
    (
      (await (
        await fetch(`${server.emulatorOrigin}/_emulator/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).json()) as { access_token: string }
    ).access_token;

  beforeAll(async () => {
    server = await startServer({ port: 0, dataDir: null, env: {}, log: () => {} });
    config = (
      (await (await fetch(new URL('config.json', server.url))).json()) as { auth: typeof config }
    ).auth;
    staffToken = await devToken({
      userPrincipalName: STAFF,
      scope: config.apiScope,
      clientId: config.clientId,
    });
    const users = (await (await fetch(`${server.emulatorOrigin}/_emulator/users`)).json()) as {
      id: string;
      userPrincipalName: string;
    }[];
    coordinatorId = users.find((u) => u.userPrincipalName === COORDINATOR)?.id ?? '';
  }, 120_000);
  afterAll(() => server?.close());

  /** Builds a token of the corpus from the staff member's real one. */
  async function build(t: ForgedToken): Promise<string> {
    const kid = decodeProtectedHeader(staffToken).kid;
    const resolve = (o: Record<string, unknown> = {}) =>
      Object.fromEntries(
        Object.entries(o).map(([k, v]) => [
          k,
          v === '$coordinator' ? coordinatorId : v === '$kid' ? kid : v,
        ]),
      );
    const claims = { ...decodeJwt(staffToken), ...resolve(t.claims) };
    const header = resolve(t.header);
    switch (t.forge) {
      case 'alg-none':
        return `${b64({ alg: 'none', typ: 'JWT', ...header })}.${b64(claims)}.`;
      case 'hs256-public-key': {
        const jwks = (await (
          await fetch(`${server.emulatorOrigin}/_emulator/discovery/v2.0/keys`)
        ).json()) as {
          keys: Record<string, unknown>[];
        };
        const pem = createPublicKey({ key: jwks.keys[0] as never, format: 'jwk' })
          .export({ type: 'spki', format: 'pem' })
          .toString();
        const signingInput = `${b64({ alg: 'HS256', typ: 'JWT', kid })}.${b64(claims)}`;
        return `${signingInput}.${createHmac('sha256', pem).update(signingInput).digest('base64url')}`;
      }
      case 'attacker-key': {
        const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
        return new SignJWT(claims)
          .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
          .sign(privateKey);
      }
      case 'tampered-payload': {
        const [head, , signature] = staffToken.split('.');
        return `${head}.${b64(claims)}.${signature}`;
      }
      case 'graph-token':
        return devToken({ userPrincipalName: COORDINATOR });
      case 'other-app':
        return devToken({
          userPrincipalName: COORDINATOR,
          scope: config.apiScope,
          clientId: 'another-app',
        });
      case 'other-audience':
        return devToken({
          userPrincipalName: COORDINATOR,
          scope: 'api://localhost/another-api/access_as_user',
          clientId: config.clientId,
        });
      case 'literal':
        return t.value ?? '';
    }
  }

  const share = (token: string) =>
    fetch(new URL('api/good-examples/share', server.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ administrationId: 'utbildning', kind: 'project', itemId: '1' }),
    });

  it('should accept the real token (the baseline the forgeries start from)', async () => {
    // Authenticated, then refused as not the coordinator: 403, not 401.
    expect((await share(staffToken)).status).toBe(403);
  });

  it('should answer 401 unauthenticated to every forged token of the corpus', async () => {
    const { tokens } = corpus<{ tokens: ForgedToken[] }>('forged-tokens');
    const answers: { name: string; status: number; code: string }[] = [];
    for (const t of tokens) {
      const response = await share(await build(t));
      const body = (await response.json()) as { error?: { code?: string } };
      answers.push({ name: t.name, status: response.status, code: body.error?.code ?? '' });
    }
    expect(answers).toEqual(
      tokens.map((t) => ({ name: t.name, status: 401, code: 'unauthenticated' })),
    );
    recordFigures('forged tokens refused', { tokens: tokens.length });
  });
});
