import { describe, expect, it, vi } from 'vitest';
import { createDevTokenProvider, listDevUsers } from '../../../src/auth/dev-token-provider';

function tokenFetch(expiresIn = 3600) {
  let n = 0;
  return vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => {
    n += 1;
    return new Response(
      JSON.stringify({ access_token: `t${n}`, token_type: 'Bearer', expires_in: expiresIn }),
    );
  });
}

describe('createDevTokenProvider', () => {
  it('should ask the emulator for a token for the given user', async () => {
    const fetchImpl = tokenFetch();
    await createDevTokenProvider('http://127.0.0.1:5100', 'samordnare@vaxjo.example', {
      fetchImpl,
    })();
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect([url, JSON.parse(String(init?.body))]).toEqual([
      'http://127.0.0.1:5100/_emulator/token',
      { userPrincipalName: 'samordnare@vaxjo.example' },
    ]);
  });

  it('should reuse the cached token until shortly before expiry', async () => {
    const fetchImpl = tokenFetch(3600);
    let now = 0;
    const provider = createDevTokenProvider('http://e', 'u@x', { fetchImpl, now: () => now });
    await provider();
    now = 3000 * 1000;
    expect(await provider()).toBe('t1');
  });

  it('should fetch a new token once the cached one is about to expire', async () => {
    const fetchImpl = tokenFetch(3600);
    let now = 0;
    const provider = createDevTokenProvider('http://e', 'u@x', { fetchImpl, now: () => now });
    await provider();
    now = 3590 * 1000;
    expect(await provider()).toBe('t2');
  });

  it('should share one request between concurrent callers', async () => {
    const fetchImpl = tokenFetch();
    const provider = createDevTokenProvider('http://e', 'u@x', { fetchImpl });
    await Promise.all([provider(), provider(), provider()]);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('should reject with the status when the emulator refuses', async () => {
    const fetchImpl = vi.fn(async () => new Response('no', { status: 400 }));
    await expect(createDevTokenProvider('http://e', 'nobody@x', { fetchImpl })()).rejects.toThrow(
      /400/,
    );
  });
});

describe('listDevUsers', () => {
  it('should accept the Graph collection envelope', async () => {
    const body = { value: [{ id: '1', userPrincipalName: 'a@x', displayName: 'A' }] };
    const users = await listDevUsers('http://e', async () => new Response(JSON.stringify(body)));
    expect(users.map((u) => u.userPrincipalName)).toEqual(['a@x']);
  });
});

describe('createDevTokenProvider for the server API', () => {
  it("should ask for the API's scope on behalf of the tab's client id", async () => {
    const fetchImpl = tokenFetch();
    const api = { scope: 'api://localhost/app/access_as_user', clientId: 'app' };
    await createDevTokenProvider('http://e', 'u@x', { fetchImpl, api })();
    expect(JSON.parse(String(fetchImpl.mock.calls[0]?.[1]?.body))).toEqual({
      userPrincipalName: 'u@x',
      ...api,
    });
  });
});
