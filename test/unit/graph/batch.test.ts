import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  batchRequests,
  mapWithConcurrency,
  unwrapBatchResponse,
} from '../../../src/graph/batch.js';
import { createGraphClient } from '../../../src/graph/client.js';
import { getAllPagesBatched } from '../../../src/graph/paging.js';
import { fakeFetch, json } from './fake-transport.js';

const BASE = 'http://127.0.0.1:5100/v1.0';

interface WireRequest {
  id: string;
  method: string;
  url: string;
}

/** A fake $batch endpoint: answers each inner request with `answer(request, call)`. */
function batchServer(
  answer: (
    request: WireRequest,
    call: number,
  ) => { status: number; headers?: Record<string, string>; body?: unknown },
) {
  const seen: WireRequest[][] = [];
  const t = fakeFetch((_url, init) => {
    const { requests } = JSON.parse(String(init.body)) as { requests: WireRequest[] };
    seen.push(requests);
    return json(200, { responses: requests.map((r) => ({ id: r.id, ...answer(r, seen.length) })) });
  });
  const client = createGraphClient({
    baseUrl: BASE,
    getToken: async () => 't',
    fetchImpl: t.fetch,
  });
  return { client, seen };
}

describe('batchRequests', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should split 45 requests into batches of 20, 20 and 5', async () => {
    const { client, seen } = batchServer((r) => ({ status: 200, body: { url: r.url } }));
    const requests = Array.from({ length: 45 }, (_, i) => ({
      method: 'GET' as const,
      url: `/items/${i}`,
    }));
    await batchRequests(client, requests);
    expect(seen.map((b) => b.length).sort((a, b) => a - b)).toEqual([5, 20, 20]);
  });

  it('should return the answers in request order', async () => {
    const { client } = batchServer((r) => ({ status: 200, body: { url: r.url } }));
    const requests = Array.from({ length: 45 }, (_, i) => ({
      method: 'GET' as const,
      url: `/items/${i}`,
    }));
    const answers = await batchRequests<{ url: string }>(client, requests);
    expect(answers.map((a) => a.body.url)).toEqual(requests.map((r) => r.url));
  });

  it('should re-send only the inner requests answered 429, after their Retry-After', async () => {
    const { client, seen } = batchServer((r, call) =>
      call === 1 && r.url === '/items/1'
        ? { status: 429, headers: { 'Retry-After': '3' } }
        : { status: 200, body: { url: r.url } },
    );
    const pending = batchRequests<{ url: string }>(client, [
      { method: 'GET', url: '/items/0' },
      { method: 'GET', url: '/items/1' },
    ]);
    await vi.advanceTimersByTimeAsync(2999);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    const answers = await pending;
    expect(seen[1]?.map((r) => r.url)).toEqual(['/items/1']);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
  });

  it.each([0, 1, 3])(
    'should send a still-throttled inner request once plus maxRetries=%i times, then return its 429',
    async (maxRetries) => {
      const { client, seen } = batchServer(() => ({
        status: 429,
        headers: { 'Retry-After': '1' },
      }));
      const pending = batchRequests(client, [{ method: 'GET', url: '/items/0' }], { maxRetries });
      await vi.runAllTimersAsync();
      const answers = await pending;
      expect([seen.length, answers[0]?.status]).toEqual([1 + maxRetries, 429]);
    },
  );

  it('should wait the longest Retry-After of the chunk before re-sending', async () => {
    const { client, seen } = batchServer((r, call) =>
      call === 1
        ? { status: 429, headers: { 'Retry-After': r.url === '/items/0' ? '1' : '4' } }
        : { status: 200, body: {} },
    );
    const pending = batchRequests(client, [
      { method: 'GET', url: '/items/0' },
      { method: 'GET', url: '/items/1' },
    ]);
    await vi.advanceTimersByTimeAsync(3999);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(seen[1]?.map((r) => r.url)).toEqual(['/items/0', '/items/1']);
  });

  it('should retry an inner 503 and 504 like a 429', async () => {
    const { client, seen } = batchServer((r, call) =>
      call === 1 ? { status: r.url === '/a' ? 503 : 504 } : { status: 200, body: {} },
    );
    const pending = batchRequests(client, [
      { method: 'GET', url: '/a' },
      { method: 'GET', url: '/b' },
    ]);
    await vi.runAllTimersAsync();
    expect((await pending).map((a) => a.status)).toEqual([200, 200]);
    expect(seen).toHaveLength(2);
  });

  it('should treat a request the batch did not answer as a retryable outage', async () => {
    const t = fakeFetch((_url, init) => {
      const { requests } = JSON.parse(String(init.body)) as { requests: WireRequest[] };
      return json(200, {
        responses: requests.slice(1).map((r) => ({ id: r.id, status: 200, body: {} })),
      });
    });
    const client = createGraphClient({
      baseUrl: BASE,
      getToken: async () => 't',
      fetchImpl: t.fetch,
    });
    const pending = batchRequests(client, [{ method: 'GET', url: '/a' }], { maxRetries: 1 });
    await vi.runAllTimersAsync();
    const [answer] = await pending;
    expect([answer?.status, (answer?.body as { error: { code: string } }).error.code]).toEqual([
      503,
      'missingBatchResponse',
    ]);
  });

  it('should not retry an inner 404', async () => {
    const { client, seen } = batchServer(() => ({
      status: 404,
      body: { error: { code: 'itemNotFound', message: 'x' } },
    }));
    const answers = await batchRequests(client, [{ method: 'GET', url: '/items/9' }]);
    expect(answers[0]?.status).toBe(404);
    expect(seen).toHaveLength(1);
  });

  it('should send absolute nextLinks as relative URLs', async () => {
    const { client, seen } = batchServer(() => ({ status: 200, body: {} }));
    await batchRequests(client, [
      { method: 'GET', url: `${BASE}/sites/s/lists/l/items?$skiptoken=2` },
    ]);
    expect(seen[0]?.[0]?.url).toBe('/sites/s/lists/l/items?$skiptoken=2');
  });
});

describe('batch request bodies', () => {
  const sent = () => {
    const bodies: { requests: Record<string, unknown>[] }[] = [];
    const t = fakeFetch((_url, init) => {
      const body = JSON.parse(String(init.body)) as { requests: { id: string }[] };
      bodies.push(body as never);
      return json(200, {
        responses: body.requests.map((r) => ({ id: r.id, status: 200, body: {} })),
      });
    });
    const client = createGraphClient({
      baseUrl: BASE,
      getToken: async () => 't',
      fetchImpl: t.fetch,
    });
    return { client, bodies };
  };

  it('should send a body with a JSON Content-Type, keep a Content-Type the caller set, and send neither without a body', async () => {
    const { client, bodies } = sent();
    await batchRequests(client, [
      { method: 'POST', url: '/a', body: { x: 1 } },
      {
        method: 'POST',
        url: '/b',
        body: 'AAEC',
        headers: { 'content-type': 'application/octet-stream' },
      },
      { method: 'GET', url: '/c', headers: { ConsistencyLevel: 'eventual' } },
      { method: 'GET', url: '/d' },
    ]);
    expect(bodies[0]?.requests).toEqual([
      {
        id: '0',
        method: 'POST',
        url: '/a',
        headers: { 'Content-Type': 'application/json' },
        body: { x: 1 },
      },
      {
        id: '1',
        method: 'POST',
        url: '/b',
        headers: { 'content-type': 'application/octet-stream' },
        body: 'AAEC',
      },
      { id: '2', method: 'GET', url: '/c', headers: { ConsistencyLevel: 'eventual' } },
      { id: '3', method: 'GET', url: '/d' },
    ]);
  });

  it.each([
    [20, [20]],
    [40, [20, 20]],
    [21, [20, 1]],
    [0, []],
  ])('should send %i requests in batches of %j', async (count, sizes) => {
    const { client, bodies } = sent();
    await batchRequests(
      client,
      Array.from({ length: count }, (_, i) => ({ method: 'GET' as const, url: `/i/${i}` })),
    );
    expect(bodies.map((b) => b.requests.length).sort((a, b) => b - a)).toEqual(sizes);
  });
});

describe('unwrapBatchResponse', () => {
  it.each([200, 201, 204, 299])('should return the body of a %i answer', (status) => {
    expect(unwrapBatchResponse({ status, headers: {}, body: 'ok' })).toBe('ok');
  });

  it.each([199, 300, 404])('should throw the GraphError of a %i answer', (status) => {
    expect(() =>
      unwrapBatchResponse({ status, headers: {}, body: { error: { code: 'c', message: 'm' } } }),
    ).toThrow(expect.objectContaining({ status, code: 'c' }));
  });
});

describe('getAllPagesBatched', () => {
  it('should follow nextLinks returned inside batch answers', async () => {
    const { client, seen } = batchServer((r) => {
      if (r.url === '/a')
        return { status: 200, body: { value: [1, 2], '@odata.nextLink': `${BASE}/a?page=2` } };
      if (r.url === '/a?page=2') return { status: 200, body: { value: [3] } };
      return { status: 200, body: { value: [9], '@odata.deltaLink': `${BASE}/b?token=x` } };
    });
    const [a, b] = await getAllPagesBatched<number>(client, ['/a', '/b']);
    expect(a).toEqual({ items: [1, 2, 3], deltaLink: undefined });
    expect(b).toEqual({ items: [9], deltaLink: `${BASE}/b?token=x` });
    expect(seen).toHaveLength(2);
  });

  it('should throw the GraphError of a failed inner answer', async () => {
    const { client } = batchServer(() => ({
      status: 403,
      body: { error: { code: 'accessDenied', message: 'no' } },
    }));
    await expect(getAllPagesBatched(client, ['/x'])).rejects.toMatchObject({
      status: 403,
      code: 'accessDenied',
    });
  });
});

describe('mapWithConcurrency', () => {
  it('should keep at most the given number of calls in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    await mapWithConcurrency(
      Array.from({ length: 10 }, (_, i) => i),
      3,
      async () => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await Promise.resolve();
        await Promise.resolve();
        inFlight -= 1;
      },
    );
    expect(peak).toBe(3);
  });
});
