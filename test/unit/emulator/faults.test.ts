import { describe, expect, it } from 'vitest';
import { FaultInjector, faultsFromEnv } from '../../../src/emulator/faults.js';
import { TokenService } from '../../../src/emulator/store/tokens.js';

const outcomes = (f: FaultInjector, n: number) =>
  Array.from({ length: n }, () => {
    try {
      f.check();
      return 200;
    } catch (e) {
      return (e as { status: number }).status;
    }
  });

describe('FaultInjector', () => {
  it('should repeat the same decisions for the same seed', () => {
    expect(outcomes(new FaultInjector({ throttleRate: 0.3, errorRate: 0.3, seed: 7 }), 30)).toEqual(outcomes(new FaultInjector({ throttleRate: 0.3, errorRate: 0.3, seed: 7 }), 30));
  });

  it('should never fault with zero rates', () => {
    expect(new Set(outcomes(new FaultInjector(), 50))).toEqual(new Set([200]));
  });

  it('should read GRAPH_EMULATOR_* variables', () => {
    expect(faultsFromEnv({ GRAPH_EMULATOR_THROTTLE_RATE: '0.5', GRAPH_EMULATOR_LATENCY_MS: '20' })).toMatchObject({ throttleRate: 0.5, latencyMs: 20, errorRate: undefined });
  });
});

describe('TokenService', () => {
  it('should verify its own tokens and refuse another secret', () => {
    const a = new TokenService(Buffer.alloc(32, 1));
    const b = new TokenService(Buffer.alloc(32, 2));
    const token = a.issue({ kind: 'app', clientId: 'x', roles: ['Sites.Read.All'] });
    expect(a.verify(token)).toEqual({ kind: 'app', clientId: 'x', roles: ['Sites.Read.All'] });
    expect(b.verify(token)).toBeUndefined();
  });

  it('should refuse an expired token', () => {
    let now = 0;
    const s = new TokenService(Buffer.alloc(32, 1), () => now);
    const token = s.issue({ kind: 'user', userId: 'u' }, 60);
    now = 61_000;
    expect(s.verify(token)).toBeUndefined();
  });
});
