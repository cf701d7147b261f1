import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWithSite, createList, type Answer, type Harness, type Json } from './harness.js';

const TOTAL = 1050;

describe('emulator paging and delta', () => {
  let h: Harness;
  let token: string;
  let list: string;
  beforeAll(async () => {
    let siteId: string;
    ({ h, token, siteId } = await startWithSite());
    list = (await createList(h, token, siteId, { displayName: 'Stor', columns: [{ name: 'n', number: {}, indexed: true }] })).replace(/\/items$/, '');
    for (let start = 0; start < TOTAL; start += 20) {
      const requests = Array.from({ length: Math.min(20, TOTAL - start) }, (_, k) => ({
        id: String(k),
        method: 'POST',
        url: `${list}/items`,
        headers: { 'Content-Type': 'application/json' },
        body: { fields: { Title: `rad ${start + k}`, n: (start + k) % 7 } },
      }));
      const res = await h.call(token, 'POST', '/$batch', { requests });
      if (res.body.responses.some((r: Json) => r.status !== 201)) throw new Error('seed failed');
    }
  });
  afterAll(() => h.emu.close());

  async function all(first: string, headers: Record<string, string> = {}): Promise<{ pages: number; items: Json[]; last: Json }> {
    let url: string | undefined = first;
    const items: Json[] = [];
    let pages = 0;
    let last: Json;
    while (url) {
      const res: Answer = await h.call(token, 'GET', url, undefined, headers);
      expect(res.status).toBe(200);
      items.push(...res.body.value);
      pages += 1;
      last = res.body;
      url = res.body['@odata.nextLink'];
    }
    return { pages, items, last };
  }

  it('should page with the default size of 200 and an @odata.nextLink', async () => {
    const first = await h.call(token, 'GET', `${list}/items`);
    expect(first.body.value).toHaveLength(200);
    expect(first.body['@odata.nextLink']).toContain('$skiptoken=');
    expect(first.body['@odata.nextLink'].startsWith(h.emu.baseUrl)).toBe(true);
  });

  it('should return every item exactly once across pages of 999', async () => {
    const { pages, items } = await all(`${list}/items?$top=999&$expand=fields`);
    expect(pages).toBe(2);
    expect(items).toHaveLength(TOTAL);
    expect(new Set(items.map((i) => i.id)).size).toBe(TOTAL);
  });

  it('should keep filter and order across pages', async () => {
    const { items } = await all(`${list}/items?$top=50&$expand=fields&$filter=${encodeURIComponent('fields/n eq 3')}&$orderby=${encodeURIComponent('fields/n desc')}`);
    expect(items).toHaveLength(150);
    expect(items.every((i) => i.fields.n === 3)).toBe(true);
    const ids = items.map((i) => Number(i.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('should order across pages by a field, descending', async () => {
    const { items } = await all(`${list}/items?$top=300&$expand=fields($select=n)&$orderby=${encodeURIComponent('fields/n desc')}`);
    const ns = items.map((i) => i.fields.n as number);
    expect(ns).toEqual([...ns].sort((a, b) => b - a));
    expect(items).toHaveLength(TOTAL);
  });

  it('should refuse $top above 999 and a tampered $skiptoken', async () => {
    expect((await h.call(token, 'GET', `${list}/items?$top=5000`)).status).toBe(400);
    expect((await h.call(token, 'GET', `${list}/items?$skiptoken=garbage`)).status).toBe(400);
  });

  describe('delta', () => {
    let deltaLink: string;

    it('should enumerate all items on the first call, ending in a deltaLink', async () => {
      const { items, last, pages } = await all(`${list}/items/delta?$expand=fields`);
      expect(items).toHaveLength(TOTAL);
      expect(pages).toBe(6);
      expect(last['@odata.deltaLink']).toContain('token=');
      deltaLink = last['@odata.deltaLink'];
    });

    it('should return nothing when nothing changed', async () => {
      const res = await h.call(token, 'GET', deltaLink);
      expect(res.body.value).toEqual([]);
      expect(res.body['@odata.deltaLink']).toBeDefined();
    });

    it('should return created, updated and deleted items since the deltaLink', async () => {
      const created = await h.call(token, 'POST', `${list}/items`, { fields: { Title: 'ny', n: 1 } });
      await h.call(token, 'PATCH', `${list}/items/10/fields`, { Title: 'ändrad' });
      await h.call(token, 'PATCH', `${list}/items/10/fields`, { Title: 'ändrad igen' });
      await h.call(token, 'DELETE', `${list}/items/20`);
      const res = await h.call(token, 'GET', deltaLink);
      const byId = new Map(res.body.value.map((i: Json) => [i.id, i]));
      expect([...byId.keys()].sort()).toEqual(['10', '20', created.body.id].sort());
      expect((byId.get('10') as Json).fields.Title).toBe('ändrad igen');
      expect((byId.get('20') as Json).deleted).toEqual({ state: 'deleted' });
      expect(res.body.value).toHaveLength(3);
      deltaLink = res.body['@odata.deltaLink'];
    });

    it('should return an empty page and a fresh deltaLink for token=latest', async () => {
      const res = await h.call(token, 'GET', `${list}/items/delta?token=latest`);
      expect(res.body.value).toEqual([]);
      await h.call(token, 'PATCH', `${list}/items/11/fields`, { n: 6 });
      const next = await h.call(token, 'GET', res.body['@odata.deltaLink']);
      expect(next.body.value.map((i: Json) => i.id)).toEqual(['11']);
    });

    it('should answer 400 for a malformed delta token', async () => {
      expect((await h.call(token, 'GET', `${list}/items/delta?token=%%%`)).status).toBe(400);
    });
  });
});
