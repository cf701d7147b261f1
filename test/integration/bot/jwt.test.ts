import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { corpus } from '../reliability/corpus';
import { TENANT_ID, personalMessage } from './activities';
import { startConnector, type CapturingConnector } from './connector';
import { offlineDeps, startBotServer, type BotServer } from './harness';

const APP_ID = '5d3c0f4e-6a1b-4c2d-8e9f-0a1b2c3d4e5f';
const ISSUER = 'https://api.botframework.com';
const KID = 'test-signing-key';

/** A stand-in for login.botframework.com: OpenID metadata and the signing keys (JWKS). */
async function startOpenIdServer(publicJwk: Record<string, unknown>) {
  const app = express();
  let origin = '';
  app.get('/v1/.well-known/openidconfiguration', (_req, res) => {
    res.json({ issuer: ISSUER, jwks_uri: `${origin}/v1/.well-known/keys` });
  });
  app.get('/v1/.well-known/keys', (_req, res) => {
    res.json({ keys: [{ ...publicJwk, kid: KID, use: 'sig', alg: 'RS256' }] });
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metadataUrl: `${origin}/v1/.well-known/openidconfiguration`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('bot JWT validation with credentials', () => {
  let signingKey: CryptoKey;
  let forgerKey: CryptoKey;
  let openId: Awaited<ReturnType<typeof startOpenIdServer>>;
  let connector: CapturingConnector;
  let server: BotServer;

  const token = (key: CryptoKey, claims: { aud?: string; serviceurl?: string } = {}) =>
    new SignJWT({ serviceurl: claims.serviceurl ?? connector.url })
      .setProtectedHeader({ alg: 'RS256', kid: KID })
      .setIssuer(ISSUER)
      .setAudience(claims.aud ?? APP_ID)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(key);
  // An activity the bot answers with nothing, so a valid request needs no outgoing bot token.
  const silentActivity = () => ({
    ...personalMessage(connector.url, { aadObjectId: 'someone', name: 'Someone' }, ''),
    type: 'messageReaction',
  });

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    signingKey = pair.privateKey;
    forgerKey = (await generateKeyPair('RS256')).privateKey;
    openId = await startOpenIdServer(await exportJWK(pair.publicKey));
    connector = await startConnector();
    server = await startBotServer(
      offlineDeps({
        credentials: {
          appId: APP_ID,
          appPassword: 'not-a-real-secret',
          tenantId: TENANT_ID,
          openIdMetadataUrl: openId.metadataUrl,
        },
      }),
    );
  });
  afterAll(async () => {
    await server?.close();
    await connector?.close();
    await openId?.close();
  });
  beforeEach(() => {
    connector.calls.length = 0;
  });

  it('should reject a request without an Authorization header with 401', async () => {
    const status = await server.post(
      personalMessage(connector.url, { aadObjectId: 'x', name: 'X' }, 'hjälp'),
    );
    expect(status).toBe(401);
    await server.bot.idle();
    expect(connector.calls).toEqual([]);
  });

  it('should reject a token signed with a key the metadata does not publish', async () => {
    const status = await server.post(
      personalMessage(connector.url, { aadObjectId: 'x', name: 'X' }, 'hjälp'),
      {
        authorization: `Bearer ${await token(forgerKey)}`,
      },
    );
    expect(status).toBe(401);
    await server.bot.idle();
    expect(connector.calls).toEqual([]);
  });

  it('should reject a token issued for another bot', async () => {
    const status = await server.post(silentActivity(), {
      authorization: `Bearer ${await token(signingKey, { aud: 'another-bot' })}`,
    });
    expect(status).toBe(401);
  });

  it('should reject a token whose serviceurl claim differs from the activity', async () => {
    const status = await server.post(silentActivity(), {
      authorization: `Bearer ${await token(signingKey, { serviceurl: 'https://evil.example/' })}`,
    });
    expect(status).toBe(401);
  });

  it('should reject garbage in the Authorization header', async () => {
    const status = await server.post(silentActivity(), { authorization: 'Bearer not.a.jwt' });
    expect(status).toBe(401);
  });

  it.each(
    corpus<{ otherTenants: Array<{ conversation: string | null; channelData: string | null }> }>(
      'forged-activities',
    ).otherTenants,
  )(
    'should refuse at the door, even with a valid token, an activity naming tenants %o',
    async (forged) => {
      const tenant = (value: string | null) => (value === '$ours' ? TENANT_ID : value);
      const activity = silentActivity();
      const conversationTenant = tenant(forged.conversation);
      const channelTenant = tenant(forged.channelData);
      const status = await server.post(
        {
          ...activity,
          conversation: {
            id: activity.conversation.id,
            ...(conversationTenant === null ? {} : { tenantId: conversationTenant }),
          },
          channelData: channelTenant === null ? {} : { tenant: { id: channelTenant } },
        },
        { authorization: `Bearer ${await token(signingKey)}` },
      );
      expect(status).toBe(403);
    },
  );

  it('should accept a token signed with the published key for this bot', async () => {
    const status = await server.post(silentActivity(), {
      authorization: `Bearer ${await token(signingKey)}`,
    });
    expect(status).toBe(200);
  });
});
