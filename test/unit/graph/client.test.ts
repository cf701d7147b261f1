import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGraphClient, type GraphClientOptions } from '../../../src/graph/client.js';
import { GraphError } from '../../../src/graph/errors.js';
import { fakeFetch, graphError, headerOf, json } from './fake-transport.js';

const BASE = 'http://127.0.0.1:5100/v1.0';

function client(fetchImpl: typeof fetch, overrides: Partial<GraphClientOptions> = {}) {
  return createGraphClient({
    baseUrl: BASE,
    getToken: async () => 'tok-1',
    fetchImpl,
    retry: { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 1000, random: () => 1 },
    timeoutMs: 5000,
    ...overrides,
  });
}

describe('createGraphClient', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should send the bearer token from the token provider', async () => {
    const t = fakeFetch(json(200, { id: 'me' }));
    await client(t.fetch).get('/me');
    expect(headerOf(t.calls[0]!.init, 'authorization')).toBe('Bearer tok-1');
  });

  it('should build the URL from the base URL and the path', async () => {
    const t = fakeFetch(json(200, {}));
    await client(t.fetch).get('/sites/s1/lists?$top=5');
    expect(t.calls[0]!.url).toBe(`${BASE}/sites/s1/lists?$top=5`);
  });

  it('should identify the app with User-Agent and SdkVersion in Node', async () => {
    const t = fakeFetch(json(200, {}));
    await client(t.fetch).get('/me');
    expect(headerOf(t.calls[0]!.init, 'user-agent')).toBe('InternationelltArbete/0.1.0');
    expect(headerOf(t.calls[0]!.init, 'sdkversion')).toBe('InternationelltArbete/0.1.0');
  });

  it('should follow an absolute nextLink under the base URL', async () => {
    const t = fakeFetch(json(200, {}));
    await client(t.fetch).get(`${BASE}/sites/s1/lists/l1/items?$skiptoken=abc`);
    expect(t.calls[0]!.url).toBe(`${BASE}/sites/s1/lists/l1/items?$skiptoken=abc`);
  });

  it('should reject an absolute URL outside the base URL', () => {
    const t = fakeFetch(json(200, {}));
    expect(() => client(t.fetch).relativePath('http://evil.example/v1.0/me')).toThrow(GraphError);
  });

  it('should retry a 429 after the Retry-After seconds', async () => {
    const t = fakeFetch(
      graphError(429, 'tooManyRequests', 'slow down', { 'retry-after': '2' }),
      json(200, { ok: 1 }),
    );
    const pending = client(t.fetch).get('/me');
    await vi.advanceTimersByTimeAsync(1999);
    expect(t.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toEqual({ ok: 1 });
    expect(t.calls).toHaveLength(2);
  });

  it('should honour Retry-After given as an HTTP date', async () => {
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const t = fakeFetch(
      graphError(503, 'serviceNotAvailable', 'busy', {
        'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT',
      }),
      json(200, {}),
    );
    const pending = client(t.fetch).get('/me');
    await vi.advanceTimersByTimeAsync(4999);
    expect(t.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(t.calls).toHaveLength(2);
  });

  it('should back off exponentially on a 504 without Retry-After', async () => {
    const t = fakeFetch(
      graphError(504, 'gatewayTimeout', 'x'),
      graphError(504, 'gatewayTimeout', 'x'),
      json(200, {}),
    );
    const pending = client(t.fetch).get('/me');
    await vi.advanceTimersByTimeAsync(100);
    expect(t.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(199);
    expect(t.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(t.calls).toHaveLength(3);
  });

  it('should give up after maxRetries with the last GraphError', async () => {
    const t = fakeFetch(graphError(429, 'tooManyRequests', 'slow down', { 'retry-after': '1' }));
    const pending = client(t.fetch).get('/me');
    const assertion = expect(pending).rejects.toMatchObject({ status: 429, retryAfterSeconds: 1 });
    await vi.advanceTimersByTimeAsync(5000);
    await assertion;
    expect(t.calls).toHaveLength(4);
  });

  it.each([400, 404, 412, 500])('should not retry a %i', async (status) => {
    const t = fakeFetch(graphError(status, 'someCode', 'no'), json(200, {}));
    await expect(client(t.fetch).get('/me')).rejects.toMatchObject({ status, code: 'someCode' });
    expect(t.calls).toHaveLength(1);
  });

  it('should retry a network error', async () => {
    const t = fakeFetch(new TypeError('fetch failed'), json(200, { ok: 2 }));
    const pending = client(t.fetch).get('/me');
    await vi.advanceTimersByTimeAsync(100);
    await expect(pending).resolves.toEqual({ ok: 2 });
  });

  it('should not retry a request the caller aborted', async () => {
    const controller = new AbortController();
    const t = fakeFetch(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const pending = client(t.fetch).get('/me', { signal: controller.signal });
    const assertion = expect(pending).rejects.toMatchObject({ code: 'aborted', status: 0 });
    await vi.advanceTimersByTimeAsync(0);
    expect(t.calls).toHaveLength(1);
    controller.abort();
    await assertion;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(t.calls).toHaveLength(1);
  });

  it('should not retry a request aborted while waiting for a retry', async () => {
    const controller = new AbortController();
    const t = fakeFetch(
      graphError(429, 'tooManyRequests', 'x', { 'retry-after': '10' }),
      json(200, {}),
    );
    const pending = client(t.fetch).get('/me', { signal: controller.signal });
    const assertion = expect(pending).rejects.toMatchObject({ code: 'aborted' });
    await vi.advanceTimersByTimeAsync(1000);
    controller.abort();
    await assertion;
    await vi.advanceTimersByTimeAsync(20_000);
    expect(t.calls).toHaveLength(1);
  });

  it('should fail with a timeout GraphError when Graph does not answer in time', async () => {
    const t = fakeFetch(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const pending = client(t.fetch, { timeoutMs: 1000 }).get('/me');
    const assertion = expect(pending).rejects.toMatchObject({ code: 'timeout', status: 0 });
    await vi.advanceTimersByTimeAsync(1000);
    await assertion;
    expect(t.calls).toHaveLength(1);
  });

  it('should turn the error envelope into a GraphError with code, message and request id', async () => {
    const t = fakeFetch(graphError(403, 'accessDenied', 'Access denied'));
    const error = await client(t.fetch)
      .get('/me')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({
      status: 403,
      code: 'accessDenied',
      message: 'Access denied',
      requestId: 'req-1',
    });
  });

  it('should send a JSON body with the caller headers', async () => {
    const t = fakeFetch(json(201, { id: '1' }));
    await client(t.fetch).post(
      '/groups',
      { displayName: 'x' },
      { headers: { 'If-Match': '"e1"' } },
    );
    expect(t.calls[0]!.init.method).toBe('POST');
    expect(JSON.parse(String(t.calls[0]!.init.body))).toEqual({ displayName: 'x' });
    expect(headerOf(t.calls[0]!.init, 'if-match')).toBe('"e1"');
  });
});
