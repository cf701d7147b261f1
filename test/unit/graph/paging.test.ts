import { describe, expect, it } from 'vitest';
import { createGraphClient } from '../../../src/graph/client.js';
import { getAllPages, getCollection } from '../../../src/graph/paging.js';
import { fakeFetch, json } from './fake-transport.js';

const BASE = 'https://graph.microsoft.com/v1.0';

describe('getAllPages', () => {
  const pages = () =>
    fakeFetch(
      json(200, { value: [1, 2], '@odata.nextLink': `${BASE}/x?$skiptoken=2` }),
      json(200, { value: [3, 4], '@odata.nextLink': `${BASE}/x?$skiptoken=4` }),
      json(200, { value: [5], '@odata.deltaLink': `${BASE}/x?token=d` }),
    );
  const client = (f: typeof fetch) =>
    createGraphClient({ baseUrl: BASE, getToken: async () => 't', fetchImpl: f });

  it('should follow nextLinks to the end', async () => {
    const t = pages();
    expect(await getAllPages(client(t.fetch), '/x')).toEqual([1, 2, 3, 4, 5]);
    expect(t.calls.map((c) => c.url)).toEqual([
      `${BASE}/x`,
      `${BASE}/x?$skiptoken=2`,
      `${BASE}/x?$skiptoken=4`,
    ]);
  });

  it('should return the deltaLink of the last page', async () => {
    expect((await getCollection(client(pages().fetch), '/x')).deltaLink).toBe(`${BASE}/x?token=d`);
  });

  it('should stop requesting pages once maxItems are in', async () => {
    const t = pages();
    await getAllPages(client(t.fetch), '/x', {}, 2);
    expect(t.calls).toHaveLength(1);
  });
});
