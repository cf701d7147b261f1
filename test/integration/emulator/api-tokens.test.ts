import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACT, startHarness, type Harness } from './harness.js';

const SCOPE = 'api://localhost/some-app/access_as_user';

describe('emulator: users’ tokens for an app’s own API (Entra ID’s part)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h?.emu.close());

  const apiToken = async (body: Record<string, unknown>) =>
    (await h.dev('POST', '/token', body)) as { access_token?: string; error?: { code: string } };

  it('should sign an RS256 token verifiable with the keys its discovery document names', async () => {
    const { access_token: token } = await apiToken({
      userPrincipalName: CONTACT,
      scope: SCOPE,
      clientId: 'some-app',
    });
    const discovery = (await h.dev(
      'GET',
      `/${h.emu.tenantId}/v2.0/.well-known/openid-configuration`,
    )) as { issuer: string; jwks_uri: string };
    expect(discovery.issuer).toBe(`${h.emu.origin}/_emulator/${h.emu.tenantId}/v2.0`);
    expect(decodeProtectedHeader(token ?? '').alg).toBe('RS256');
    const { payload } = await jwtVerify(
      token ?? '',
      createRemoteJWKSet(new URL(discovery.jwks_uri)),
      {
        issuer: discovery.issuer,
        audience: 'api://localhost/some-app',
      },
    );
    const users = (await h.dev('GET', '/users')) as { id: string; userPrincipalName: string }[];
    expect(payload).toMatchObject({
      tid: h.emu.tenantId,
      oid: users.find((u) => u.userPrincipalName === CONTACT)?.id,
      scp: 'access_as_user',
      azp: 'some-app',
      preferred_username: CONTACT,
    });
  });

  it('should not let Graph accept a token issued for another API', async () => {
    const { access_token: token } = await apiToken({
      userPrincipalName: CONTACT,
      scope: SCOPE,
      clientId: 'some-app',
    });
    expect((await h.call(token, 'GET', '/me')).status).toBe(401);
  });

  it('should refuse a scope that is not <App ID URI>/<name>, or no requesting app', async () => {
    expect(
      (await apiToken({ userPrincipalName: CONTACT, scope: 'User.Read', clientId: 'a' })).error
        ?.code,
    ).toBe('invalidRequest');
    expect((await apiToken({ userPrincipalName: CONTACT, scope: SCOPE })).error?.code).toBe(
      'invalidRequest',
    );
  });
});
