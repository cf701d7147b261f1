import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createList, startWithSite, type Harness, type Json } from './harness.js';

describe('emulator $batch', () => {
  let h: Harness;
  let token: string;
  let items: string;
  beforeAll(async () => {
    let siteId: string;
    ({ h, token, siteId } = await startWithSite());
    items = await createList(h, token, siteId, { displayName: 'Lista' });
  });
  beforeEach(() => h.dev('POST', '/faults', {}));
  afterAll(() => h.emu.close());

  const batch = (requests: unknown[]) => h.call(token, 'POST', '/$batch', { requests });
  const byId = (res: { body: Json }) => Object.fromEntries(res.body.responses.map((r: Json) => [r.id, r]));

  it('should run the documented example of relative GETs and return per-request results', async () => {
    const res = await batch([
      { id: '1', method: 'GET', url: '/me' },
      { id: '2', method: 'GET', url: 'users/samordnare@vaxjo.example?$select=displayName' },
      { id: '3', method: 'GET', url: '/me/calendar' },
    ]);
    expect(res.status).toBe(200);
    const r = byId(res);
    expect(r['1'].status).toBe(200);
    expect(r['1'].body.displayName).toBe('Sara Lind');
    expect(r['2'].body).toEqual({ displayName: 'Sara Lind' });
    expect(r['3'].status).toBe(501);
    expect(r['3'].body.error.code).toBe('notImplemented');
    expect(r['1'].headers['request-id']).toBeTruthy();
  });

  it('should refuse more than 20 requests (400)', async () => {
    const res = await batch(Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' })));
    expect(res.status).toBe(400);
  });

  it('should refuse duplicate ids (400)', async () => {
    expect((await batch([{ id: '1', method: 'GET', url: '/me' }, { id: '1', method: 'GET', url: '/me' }])).status).toBe(400);
  });

  it('should fail the whole batch (400) when two ids differ only in case, running none of it', async () => {
    const post = (id: string) => ({ id, method: 'POST', url: items, headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: `dup-${id}` } } });
    const res = await batch([post('a'), post('A')]);
    const written = await h.call(token, 'GET', `${items}?$top=999&$filter=${encodeURIComponent("startswith(fields/Title,'dup-')")}`, undefined, {
      Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly',
    });
    expect([res.status, res.body.error?.code, written.body.value]).toEqual([400, 'BadRequest', []]);
  });

  it('should match dependsOn to ids without regard to case, and answer with each id as sent', async () => {
    const res = await batch([
      { id: 'First', method: 'GET', url: '/me' },
      { id: 'second', method: 'GET', url: '/me', dependsOn: ['FIRST'] },
    ]);
    expect(res.body.responses.map((r: Json) => [r.id, r.status])).toEqual([
      ['First', 200],
      ['second', 200],
    ]);
  });

  it('should answer 424 to a request whose dependency, named in another case, failed', async () => {
    const res = await batch([
      { id: 'Write', method: 'POST', url: items, headers: { 'Content-Type': 'application/json' }, body: { fields: { nope: 1 } } },
      { id: 'read', method: 'GET', url: '/me', dependsOn: ['wRITE'] },
    ]);
    expect(res.body.responses.map((r: Json) => [r.id, r.status])).toEqual([
      ['Write', 400],
      ['read', 424],
    ]);
  });

  it.each([
    ['id', { method: 'GET', url: '/me' }],
    ['method', { id: '1', url: '/me' }],
    ['url', { id: '1', method: 'GET' }],
  ])('should refuse a request without %s (400)', async (_label, request) => {
    expect((await batch([request])).status).toBe(400);
  });

  it('should refuse a body without Content-Type (400)', async () => {
    expect((await batch([{ id: '1', method: 'POST', url: items, body: { fields: { Title: 'x' } } }])).status).toBe(400);
  });

  it('should refuse dependsOn on an unknown id (400)', async () => {
    expect((await batch([{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }])).status).toBe(400);
  });

  it('should write through batched POSTs', async () => {
    const res = await batch([
      { id: 'a', method: 'POST', url: items, headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: 'ett' } } },
      { id: 'b', method: 'POST', url: items, headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: 'två' } } },
    ]);
    expect(res.body.responses.map((r: Json) => r.status)).toEqual([201, 201]);
  });

  it('should answer 424 for a request whose dependency failed, and run it after a success', async () => {
    const res = await batch([
      { id: '1', method: 'POST', url: items, headers: { 'Content-Type': 'application/json' }, body: { fields: { nope: 1 } } },
      { id: '2', method: 'GET', url: '/me', dependsOn: ['1'] },
      { id: '3', method: 'GET', url: `${items}?$top=1`, dependsOn: ['4'] },
      { id: '4', method: 'GET', url: '/me' },
    ]);
    const r = byId(res);
    expect(r['1'].status).toBe(400);
    expect(r['2'].status).toBe(424);
    expect(r['3'].status).toBe(200);
    expect(r['4'].status).toBe(200);
  });

  it('should throttle inner requests one by one (429 with Retry-After) while the batch itself is 200', async () => {
    await h.dev('POST', '/faults', { throttleRate: 1, retryAfterSeconds: 0 });
    const res = await batch([
      { id: '1', method: 'POST', url: items, headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: 'throttled' } } },
    ]);
    await h.dev('POST', '/faults', {});
    expect(res.status).toBe(200);
    const r = byId(res);
    expect(r['1'].status).toBe(429);
    expect(r['1'].headers['Retry-After']).toBe('0');
    expect(r['1'].body.error.code).toBe('TooManyRequests');
    const after = await h.call(token, 'GET', `${items}?$top=999&$filter=${encodeURIComponent("fields/Title eq 'throttled'")}`, undefined, {
      Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly',
    });
    expect(after.body.value).toEqual([]);
  });

  it('should decide faults per inner request with a seeded PRNG', async () => {
    await h.dev('POST', '/faults', { throttleRate: 0.5, retryAfterSeconds: 0, seed: 42 });
    const res = await batch(Array.from({ length: 20 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' })));
    const statuses = res.body.responses.map((r: Json) => r.status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(429);
    await h.dev('POST', '/faults', { throttleRate: 0.5, retryAfterSeconds: 0, seed: 42 });
    const again = await batch(Array.from({ length: 20 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' })));
    expect(again.body.responses.map((r: Json) => r.status)).toEqual(statuses);
  });

  it('should count the batch POST as a request and the inner ones as batchedRequests', async () => {
    await h.dev('POST', '/stats/reset');
    await batch([
      { id: '1', method: 'GET', url: '/me' },
      { id: '2', method: 'GET', url: '/me' },
      { id: '3', method: 'GET', url: '/me' },
    ]);
    await h.call(token, 'GET', '/me');
    expect(await h.dev('GET', '/stats')).toEqual({ requests: 2, batches: 1, batchedRequests: 3 });
  });
});
