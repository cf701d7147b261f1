import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COORDINATOR, startHarness, type Harness } from './harness.js';

describe('emulator cross-origin access', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.emu.close());

  it('should answer a preflight with 204 and the asked headers, without a token', async () => {
    const res = await fetch(`${h.emu.baseUrl}/me`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:3978',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization,if-match,sdkversion',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization,if-match,sdkversion');
  });

  it('should expose eTag and Retry-After to a cross-origin caller', async () => {
    const token = await h.userToken(COORDINATOR);
    const res = await fetch(`${h.emu.baseUrl}/me`, {
      headers: { Origin: 'http://localhost:3978', Authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toMatch(/ETag.*Retry-After/);
  });

  it('should still refuse a cross-origin call without a token', async () => {
    const res = await fetch(`${h.emu.baseUrl}/me`, { headers: { Origin: 'http://evil.example' } });
    expect(res.status).toBe(401);
  });
});
