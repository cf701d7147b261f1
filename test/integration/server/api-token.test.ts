import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { exportJWK, SignJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiTokenError,
  IdentityUnavailableError,
  createApiTokenValidator,
  type ApiTokenValidator,
} from '../../../src/auth/api-token-validator.js';

const TENANT = '11111111-2222-3333-4444-555555555555';
const OTHER_TENANT = '99999999-8888-7777-6666-555555555555';
const CLIENT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const APP_ID_URI = `api://intl.vaxjo.example/${CLIENT_ID}`;
const USER = '0a0a0a0a-0000-4000-8000-000000000001';

/**
 * A local stand-in for login.microsoftonline.com: OpenID discovery per tenant and one JWKS, so
 * the validator runs exactly as against Entra ID, only the authority's origin differs.
 */
async function startSigningKeyServer(publicJwk: Record<string, unknown>) {
  let origin = '';
  const server: Server = createServer((req, res) => {
    const discovery = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(req.url ?? '');
    res.setHeader('content-type', 'application/json');
    if (discovery) {
      res.end(
        JSON.stringify({
          issuer: `${origin}/${discovery[1]}/v2.0`,
          jwks_uri: `${origin}/common/discovery/v2.0/keys`,
        }),
      );
    } else if (req.url === '/common/discovery/v2.0/keys') {
      res.end(JSON.stringify({ keys: [publicJwk] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('the API token validator (tokens for the server’s own API only)', () => {
  let keys: { privateKey: KeyObject; publicKey: KeyObject };
  let otherKey: KeyObject;
  let idp: Awaited<ReturnType<typeof startSigningKeyServer>>;
  let validate: ApiTokenValidator;
  const now = () => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
    otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'key-1', use: 'sig', alg: 'RS256' };
    idp = await startSigningKeyServer(jwk);
    validate = createApiTokenValidator({
      authority: `${idp.origin}/${TENANT}/v2.0`,
      clientId: CLIENT_ID,
      appIdUri: APP_ID_URI,
    });
  });
  afterAll(() => idp?.close());

  /** A v2.0 token as Entra ID issues it for the tab's `access_as_user` request. */
  const claims = (overrides: JWTPayload = {}): JWTPayload => ({
    iss: `${idp.origin}/${TENANT}/v2.0`,
    aud: CLIENT_ID,
    tid: TENANT,
    oid: USER,
    sub: 'pairwise-subject',
    scp: 'access_as_user',
    azp: CLIENT_ID,
    preferred_username: 'samordnare@vaxjo.example',
    ver: '2.0',
    iat: now() - 10,
    nbf: now() - 10,
    exp: now() + 3600,
    ...overrides,
  });
  const sign = (payload: JWTPayload, key: KeyObject = keys.privateKey, kid = 'key-1') =>
    new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid }).sign(key);
  const refusal = (token: string) =>
    validate(token).then(
      () => 'accepted',
      (error: unknown) => (error instanceof ApiTokenError ? error.reason : String(error)),
    );

  it('should accept a token Entra ID issued for this API, naming the user', async () => {
    await expect(validate(await sign(claims()))).resolves.toEqual({
      userId: USER,
      tenantId: TENANT,
      userPrincipalName: 'samordnare@vaxjo.example',
    });
  });

  it('should accept a v1.0 token (sts.windows.net issuer, App ID URI audience, appid)', async () => {
    const { azp: _azp, preferred_username: _p, ...v2 } = claims();
    const v1 = {
      ...v2,
      iss: `https://sts.windows.net/${TENANT}/`,
      aud: APP_ID_URI,
      appid: CLIENT_ID,
      upn: 'kontakt.utbildning@vaxjo.example',
      ver: '1.0',
    };
    await expect(validate(await sign(v1))).resolves.toMatchObject({
      userId: USER,
      userPrincipalName: 'kontakt.utbildning@vaxjo.example',
    });
  });

  it('should refuse a Graph token of the same user and tenant', async () => {
    const graph = claims({
      aud: 'https://graph.microsoft.com',
      scp: 'User.Read Sites.ReadWrite.All',
    });
    expect(await refusal(await sign(graph))).toBe('ERR_JWT_CLAIM_VALIDATION_FAILED');
  });

  it("should refuse another tenant's token (its issuer and tid)", async () => {
    const other = claims({ iss: `${idp.origin}/${OTHER_TENANT}/v2.0`, tid: OTHER_TENANT });
    expect(await refusal(await sign(other))).toBe('ERR_JWT_CLAIM_VALIDATION_FAILED');
  });

  it('should refuse a token whose tid names another tenant under our issuer', async () => {
    expect(await refusal(await sign(claims({ tid: OTHER_TENANT })))).toBe('tid');
  });

  it('should refuse an expired token', async () => {
    const expired = claims({ iat: now() - 7200, nbf: now() - 7200, exp: now() - 3600 });
    expect(await refusal(await sign(expired))).toBe('ERR_JWT_EXPIRED');
  });

  it('should refuse a token for another audience', async () => {
    const wrong = claims({ aud: 'api://intl.vaxjo.example/bbbbbbbb-0000-0000-0000-000000000000' });
    expect(await refusal(await sign(wrong))).toBe('ERR_JWT_CLAIM_VALIDATION_FAILED');
  });

  it('should refuse an unsigned token (alg: none)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify(claims())).toString('base64url');
    expect(await refusal(`${header}.${body}.`)).toBe('ERR_JOSE_ALG_NOT_ALLOWED');
  });

  it('should refuse HS256 "signed" with the public key as the HMAC secret', async () => {
    const pem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    for (const secret of [
      Buffer.from(pem),
      createPublicKey(pem).export({ format: 'der', type: 'spki' }),
    ]) {
      const forged = await new SignJWT(claims())
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: 'key-1' })
        .sign(new Uint8Array(secret));
      expect(await refusal(forged)).toBe('ERR_JOSE_ALG_NOT_ALLOWED');
    }
  });

  it('should refuse a token signed by a key the authority does not publish', async () => {
    expect(await refusal(await sign(claims(), otherKey))).toBe(
      'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    );
    expect(await refusal(await sign(claims(), otherKey, 'key-2'))).toBe('ERR_JWKS_NO_MATCHING_KEY');
  });

  it('should refuse a token without the access_as_user scope (an app-only token)', async () => {
    const { scp: _scp, ...appOnly } = claims({ roles: ['Sites.Selected'] });
    expect(await refusal(await sign(appOnly))).toBe('scp');
  });

  it('should refuse a token another app requested for this API (azp)', async () => {
    const other = claims({ azp: 'cccccccc-0000-0000-0000-000000000000' });
    expect(await refusal(await sign(other))).toBe('azp');
  });

  it('should report the identity provider unreachable (503), not the token as bad', async () => {
    const offline = createApiTokenValidator({
      authority: `http://127.0.0.1:9/${TENANT}/v2.0`,
      clientId: CLIENT_ID,
      appIdUri: APP_ID_URI,
    });
    await expect(offline(await sign(claims()))).rejects.toBeInstanceOf(IdentityUnavailableError);
  });

  it('should refuse what is not a JWT at all', async () => {
    expect(await refusal('emu.eyJzdWIiOiJ4In0.sig')).toBe('ERR_JWS_INVALID');
  });
});
