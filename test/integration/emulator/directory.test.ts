import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COORDINATOR, startHarness, type Harness } from './harness.js';

describe('emulator directory and auth', () => {
  let h: Harness;
  let token: string;
  beforeAll(async () => {
    h = await startHarness();
    token = await h.userToken(COORDINATOR);
  });
  afterAll(() => h.emu.close());

  it('should answer 401 InvalidAuthenticationToken without a bearer token', async () => {
    const res = await h.call(undefined, 'GET', '/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('InvalidAuthenticationToken');
    expect(res.headers.get('request-id')).toBeTruthy();
    expect(res.body.error.innerError['request-id']).toBe(res.headers.get('request-id'));
  });

  it('should answer 401 for a forged token', async () => {
    const res = await h.call(`${token.slice(0, -3)}abc`, 'GET', '/me');
    expect(res.status).toBe(401);
  });

  it('should answer 401 for an expired token', async () => {
    const expired = ((await h.dev('POST', '/token', { userPrincipalName: COORDINATOR, expiresIn: 0 })) as { access_token: string }).access_token;
    expect((await h.call(expired, 'GET', '/me')).status).toBe(401);
  });

  it('should return the signed-in user on /me with Graph default properties', async () => {
    const res = await h.call(token, 'GET', '/me');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ displayName: 'Sara Lind', jobTitle: 'Internationell samordnare', preferredLanguage: 'sv-SE' });
    expect(res.body.department).toBeUndefined();
  });

  it('should return selected properties only with $select', async () => {
    const res = await h.call(token, 'GET', '/me?$select=displayName,department');
    expect(res.body).toEqual({ displayName: 'Sara Lind', department: 'Kommunledningsförvaltningen' });
  });

  it('should answer 400 for an unknown $select property', async () => {
    expect((await h.call(token, 'GET', '/me?$select=shoeSize')).status).toBe(400);
  });

  it('should seed the directory with 33 users', async () => {
    const users = (await h.dev('GET', '/users')) as unknown[];
    expect(users).toHaveLength(33);
    const res = await h.call(token, 'GET', '/users');
    expect(res.body.value).toHaveLength(33);
  });

  it('should find a user by userPrincipalName', async () => {
    const res = await h.call(token, 'GET', '/users/kontakt.omsorg@vaxjo.example?$select=department,userPrincipalName');
    expect(res.body).toEqual({ department: 'Omsorgsförvaltningen', userPrincipalName: 'kontakt.omsorg@vaxjo.example' });
  });

  it('should answer 404 Request_ResourceNotFound for an unknown user', async () => {
    const res = await h.call(token, 'GET', '/users/nobody@vaxjo.example');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('Request_ResourceNotFound');
  });

  it('should refuse /me with an app-only token as Graph does', async () => {
    const res = await h.call(await h.appToken(), 'GET', '/me');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('/me request is only valid with delegated authentication flow');
  });

  it('should answer 403 to an app token without a directory role', async () => {
    const res = await h.call(await h.appToken(['Sites.Read.All']), 'GET', '/users');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('Authorization_RequestDenied');
  });

  it('should answer 501 notImplemented with the envelope for an unknown route', async () => {
    const res = await h.call(token, 'GET', '/me/calendar/events');
    expect(res.status).toBe(501);
    expect(res.body.error.code).toBe('notImplemented');
  });

  it('should answer 405 for a wrong method on a known route', async () => {
    expect((await h.call(token, 'DELETE', '/me')).status).toBe(405);
  });

  it('should answer 400 BadRequest for malformed JSON', async () => {
    const res = await h.call(token, 'POST', '/groups', '{"displayName":', { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('BadRequest');
  });

  it('should echo client-request-id in the error envelope', async () => {
    const res = await h.call(undefined, 'GET', '/me', undefined, { 'client-request-id': 'abc-123' });
    expect(res.body.error.innerError['client-request-id']).toBe('abc-123');
  });
});

describe('emulator request limits', () => {
  it('should answer 413 for a JSON body above 4 MB', async () => {
    const h = await startHarness();
    const token = await h.userToken(COORDINATOR);
    const res = await h.call(token, 'POST', '/groups', { displayName: 'x'.repeat(4 * 1024 * 1024 + 10) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('requestTooLarge');
    await h.emu.close();
  });
});
