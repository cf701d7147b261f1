import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COORDINATOR, startHarness, type Harness } from './harness.js';

describe('emulator fault injection and stats', () => {
  let h: Harness;
  let token: string;
  beforeAll(async () => {
    h = await startHarness();
    token = await h.userToken(COORDINATOR);
  });
  beforeEach(() => h.dev('POST', '/faults', {}));
  afterAll(() => h.emu.close());

  const createGroup = (nick: string) =>
    h.call(token, 'POST', '/groups', { displayName: nick, mailNickname: nick, mailEnabled: true, securityEnabled: false, groupTypes: ['Unified'] });

  it('should answer 429 TooManyRequests with Retry-After and write nothing', async () => {
    await h.dev('POST', '/faults', { throttleRate: 1 });
    const res = await createGroup('throttled');
    await h.dev('POST', '/faults', {});
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(res.body.error.code).toBe('TooManyRequests');
    expect((await h.call(token, 'GET', "/groups?$filter=mailNickname eq 'throttled'")).body.value).toEqual([]);
  });

  it('should answer 503 serviceNotAvailable with Retry-After and write nothing', async () => {
    await h.dev('POST', '/faults', { errorRate: 1, retryAfterSeconds: 0 });
    const res = await createGroup('failed');
    await h.dev('POST', '/faults', {});
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('0');
    expect(res.body.error.code).toBe('serviceNotAvailable');
    expect((await h.call(token, 'GET', "/groups?$filter=mailNickname eq 'failed'")).body.value).toEqual([]);
  });

  it('should delay requests by latencyMs', async () => {
    await h.dev('POST', '/faults', { latencyMs: 120 });
    const start = Date.now();
    await h.call(token, 'GET', '/me');
    expect(Date.now() - start).toBeGreaterThanOrEqual(110);
  });

  it('should refuse invalid fault settings (400)', async () => {
    const res = (await h.dev('POST', '/faults', { throttleRate: 2 })) as { error?: { code: string } };
    expect(res.error?.code).toBe('invalidRequest');
  });

  it('should start with faults from the options', async () => {
    const other = await startHarness({ faults: { errorRate: 1, retryAfterSeconds: 0 } });
    const tok = await other.userToken(COORDINATOR);
    expect((await other.call(tok, 'GET', '/me')).status).toBe(503);
    await other.emu.close();
  });

  it('should count requests to /v1.0 only and reset them', async () => {
    await h.dev('POST', '/stats/reset');
    await h.call(token, 'GET', '/me');
    await h.call(undefined, 'GET', '/me');
    await h.dev('GET', '/users');
    expect(await h.dev('GET', '/stats')).toEqual({ requests: 2, batches: 0, batchedRequests: 0 });
    expect(await h.dev('POST', '/stats/reset')).toEqual({ requests: 0, batches: 0, batchedRequests: 0 });
  });
});
