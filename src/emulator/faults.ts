import { GraphHttpError } from './errors.js';

/** Fault injection settings (also from GRAPH_EMULATOR_* env). */
export interface FaultOptions {
  latencyMs?: number;
  throttleRate?: number;
  errorRate?: number;
  /** Retry-After seconds on 429/503 (default 1; 0 keeps tests fast). */
  retryAfterSeconds?: number;
  /** Seed for a deterministic PRNG; without one, Math.random. */
  seed?: number;
}

/** mulberry32: a small deterministic PRNG for reproducible fault runs. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rate = (v: unknown, name: string): number => {
  if (v === undefined) return 0;
  if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new GraphHttpError(400, 'invalidRequest', `${name} must be a number from 0 to 1.`);
  return v;
};
const nonNegative = (v: unknown, name: string, fallback: number): number => {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !(v >= 0)) throw new GraphHttpError(400, 'invalidRequest', `${name} must be a number >= 0.`);
  return v;
};

/** Decides, before a request runs, whether it is delayed, throttled or failed. */
export class FaultInjector {
  private settings: Required<Omit<FaultOptions, 'seed'>> = { latencyMs: 0, throttleRate: 0, errorRate: 0, retryAfterSeconds: 1 };
  private random: () => number = Math.random;

  constructor(options: FaultOptions = {}) {
    this.configure(options);
  }

  /** Replaces the settings (unspecified ones go back to their defaults). */
  configure(options: FaultOptions): void {
    this.settings = {
      latencyMs: nonNegative(options.latencyMs, 'latencyMs', 0),
      throttleRate: rate(options.throttleRate, 'throttleRate'),
      errorRate: rate(options.errorRate, 'errorRate'),
      retryAfterSeconds: nonNegative(options.retryAfterSeconds, 'retryAfterSeconds', 1),
    };
    this.random = options.seed === undefined ? Math.random : mulberry32(options.seed);
  }

  current(): Required<Omit<FaultOptions, 'seed'>> {
    return { ...this.settings };
  }

  async delay(): Promise<void> {
    if (this.settings.latencyMs > 0) await new Promise((r) => setTimeout(r, this.settings.latencyMs));
  }

  /** Throws the injected 429 or 503 (before any side effect), or returns. */
  check(): void {
    const { throttleRate, errorRate, retryAfterSeconds } = this.settings;
    const headers = { 'Retry-After': String(retryAfterSeconds) };
    if (throttleRate > 0 && this.random() < throttleRate) {
      throw new GraphHttpError(429, 'TooManyRequests', 'Too many requests. Please retry after the time in the Retry-After header.', headers);
    }
    if (errorRate > 0 && this.random() < errorRate) {
      throw new GraphHttpError(503, 'serviceNotAvailable', 'The service is temporarily unavailable. Please retry after the time in the Retry-After header.', headers);
    }
  }
}

/** Fault options from GRAPH_EMULATOR_LATENCY_MS, _THROTTLE_RATE, _ERROR_RATE, _RETRY_AFTER, _SEED. */
export function faultsFromEnv(env: NodeJS.ProcessEnv): FaultOptions {
  const num = (name: string) => (env[name] === undefined || env[name] === '' ? undefined : Number(env[name]));
  return {
    latencyMs: num('GRAPH_EMULATOR_LATENCY_MS'),
    throttleRate: num('GRAPH_EMULATOR_THROTTLE_RATE'),
    errorRate: num('GRAPH_EMULATOR_ERROR_RATE'),
    retryAfterSeconds: num('GRAPH_EMULATOR_RETRY_AFTER'),
    seed: num('GRAPH_EMULATOR_SEED'),
  };
}
