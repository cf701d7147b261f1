import { describe, expect, it } from 'vitest';
import { createGraphClient } from '../../../src/graph/client.js';
import { syncChannelMembers, uploadFile, waitForOperation } from '../../../src/graph/teams.js';
import { fakeFetch, json } from './fake-transport.js';

const BASE = 'https://graph.microsoft.com/v1.0';

/** A fake Graph that answers by "METHOD path" (path relative to the base, without query). */
function routes(table: Record<string, (body: unknown) => Response>) {
  const t = fakeFetch((url, init) => {
    const path = url.slice(BASE.length).split('?')[0] ?? '';
    const handler = table[`${init.method ?? 'GET'} ${decodeURIComponent(path)}`];
    if (!handler)
      return json(501, { error: { code: 'notImplemented', message: `${init.method} ${path}` } });
    return handler(typeof init.body === 'string' ? JSON.parse(init.body) : init.body);
  });
  return {
    client: createGraphClient({ baseUrl: BASE, getToken: async () => 't', fetchImpl: t.fetch }),
    calls: t.calls,
  };
}

const users = (...pairs: [string, string][]) =>
  json(200, {
    responses: pairs.map(([, id], i) => ({ id: String(i), status: 200, body: { id } })),
  });

describe('syncChannelMembers', () => {
  it('should report per-member errors of a 207 by UPN', async () => {
    const { client } = routes({
      'POST /$batch': () => users(['a@x.se', 'id-a'], ['b@x.se', 'id-b']),
      'GET /teams/t/channels/c/members': () => json(200, { value: [] }),
      'POST /teams/t/channels/c/members/add': () =>
        json(207, {
          value: [
            { userId: 'id-a', error: null },
            {
              userId: 'id-b',
              error: { code: 'Forbidden', message: 'Guest users are not allowed' },
            },
          ],
        }),
    });
    const result = await syncChannelMembers(client, 't', 'c', ['a@x.se', 'b@x.se']);
    expect(result).toEqual({
      added: ['a@x.se'],
      alreadyMembers: [],
      failed: [{ upn: 'b@x.se', code: 'Forbidden', message: 'Guest users are not allowed' }],
    });
  });

  it('should not add someone who is already a member', async () => {
    const { client, calls } = routes({
      'POST /$batch': () => users(['a@x.se', 'id-a']),
      'GET /teams/t/channels/c/members': () =>
        json(200, { value: [{ userId: 'id-a', roles: [] }] }),
    });
    const result = await syncChannelMembers(client, 't', 'c', ['A@x.se']);
    expect(result.alreadyMembers).toEqual(['a@x.se']);
    expect(calls.some((c) => c.url.endsWith('/members/add'))).toBe(false);
  });
});

describe('waitForOperation', () => {
  it('should throw the error of a failed operation', async () => {
    const { client } = routes({
      "GET /teams('t')/operations('o')": () =>
        json(200, {
          id: 'o',
          status: 'failed',
          error: { code: 'Conflict', message: 'Team exists' },
        }),
    });
    await expect(
      waitForOperation(client, "/teams('t')/operations('o')", { intervalMs: 1 }),
    ).rejects.toMatchObject({ code: 'Conflict' });
  });
});

describe('uploadFile', () => {
  it('should use one simple PUT up to 4 MB', async () => {
    const { client, calls } = routes({
      'PUT /drives/d/root:/Kanal/a.txt:/content': () => json(201, { id: 'f1', name: 'a.txt' }),
    });
    await expect(uploadFile(client, 'd', 'Kanal/a.txt', new Uint8Array(10))).resolves.toMatchObject(
      { id: 'f1' },
    );
    expect(calls).toHaveLength(1);
  });

  it('should send a large file in 320 KiB-aligned ranges to the upload URL without our token', async () => {
    const uploads: { range: string | null; auth: string | null }[] = [];
    const { client } = routes({
      'POST /drives/d/root:/big.bin:/createUploadSession': () =>
        json(200, { uploadUrl: 'https://upload.example/s1' }),
    });
    const size = 5 * 1024 * 1024;
    const fetchImpl = (async (_url: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      uploads.push({ range: headers.get('content-range'), auth: headers.get('authorization') });
      const last = headers.get('content-range')?.endsWith(`${size - 1}/${size}`);
      return last
        ? json(201, { id: 'big', name: 'big.bin', size })
        : json(202, { nextExpectedRanges: [] });
    }) as typeof fetch;
    const file = await uploadFile(client, 'd', 'big.bin', new Uint8Array(size), { fetchImpl });
    expect(file).toMatchObject({ id: 'big' });
    expect(uploads.map((u) => u.range)).toEqual([
      `bytes 0-3276799/${size}`,
      `bytes 3276800-${size - 1}/${size}`,
    ]);
    expect(uploads.every((u) => u.auth === null)).toBe(true);
  });
});
