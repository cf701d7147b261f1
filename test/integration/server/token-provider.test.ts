import { describe, expect, it, vi } from 'vitest';
import { createEmulatorAppTokenProvider } from '../../../src/auth/server-token-provider.js';

/** A fake token endpoint that hands out numbered tokens valid for `expiresIn` seconds. */
function fakeTokenEndpoint(expiresIn = 3600) {
  let issued = 0;
  const fetchImpl = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    issued += 1;
    const body = JSON.parse(String(init?.body)) as { clientId: string };
    return Response.json({
      access_token: `${body.clientId}-${issued}`,
      token_type: 'Bearer',
      expires_in: expiresIn,
    });
  });
  return fetchImpl;
}

describe('createEmulatorAppTokenProvider', () => {
  it('should ask the emulator for an app-only token for its client id', async () => {
    const fetchImpl = fakeTokenEndpoint();
    const getToken = createEmulatorAppTokenProvider({
      emulatorOrigin: 'http://127.0.0.1:5100',
      clientId: 'server',
      fetchImpl,
    });
    expect(await getToken()).toBe('server-1');
    expect(fetchImpl).toHaveBeenCalledWith(
      'http://127.0.0.1:5100/_emulator/token',
      expect.objectContaining({ method: 'POST', body: JSON.stringify({ clientId: 'server' }) }),
    );
  });

  it('should reuse the token while it is valid', async () => {
    const fetchImpl = fakeTokenEndpoint();
    const getToken = createEmulatorAppTokenProvider({
      emulatorOrigin: 'http://e',
      clientId: 'c',
      fetchImpl,
    });
    await getToken();
    expect(await getToken()).toBe('c-1');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('should renew the token a minute before it expires', async () => {
    let now = 0;
    const fetchImpl = fakeTokenEndpoint(3600);
    const getToken = createEmulatorAppTokenProvider({
      emulatorOrigin: 'http://e',
      clientId: 'c',
      fetchImpl,
      now: () => now,
    });
    await getToken();
    now = (3600 - 59) * 1000;
    expect(await getToken()).toBe('c-2');
  });

  it('should share one request between concurrent callers', async () => {
    const fetchImpl = fakeTokenEndpoint();
    const getToken = createEmulatorAppTokenProvider({
      emulatorOrigin: 'http://e',
      clientId: 'c',
      fetchImpl,
    });
    const tokens = await Promise.all([getToken(), getToken(), getToken()]);
    expect(tokens).toEqual(['c-1', 'c-1', 'c-1']);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('should fail with the status when the emulator refuses', async () => {
    const fetchImpl = vi.fn(async () => new Response('{}', { status: 400 }));
    const getToken = createEmulatorAppTokenProvider({
      emulatorOrigin: 'http://e',
      clientId: 'c',
      fetchImpl,
    });
    await expect(getToken()).rejects.toThrow(/400/);
  });
});
