import type { Context } from '@microsoft/microsoft-graph-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GraphError } from '../../../src/graph/errors.js';
import {
  backoffDelayMs,
  getRequestHeader,
  RequestState,
  setHeader,
  sleep,
  stage,
  withAuth,
  withFetch,
  withRequestState,
  withRetry,
  withTelemetry,
  withTimeout,
  type Stage,
} from '../../../src/graph/middleware.js';

/**
 * The client's stages one by one, each on a plain SDK context with a fake next stage, so every
 * rule of a stage has a test that fails when the rule changes.
 */

/** A context as the SDK hands it to the stages, carrying a `RequestState`. */
function contextWith(
  headers?: HeadersInit,
  signal?: AbortSignal,
): { context: Context; state: RequestState } {
  const state = new RequestState();
  const context = {
    request: 'https://graph.example/v1.0/me',
    options: { ...(headers ? { headers } : {}), ...(signal ? { signal } : {}) },
    middlewareControl: {
      getMiddlewareOptions: (kind: unknown) => (kind === RequestState ? state : undefined),
    },
  } as unknown as Context;
  return { context, state };
}

/** Chains `first` to a terminal stage that runs `last` on each call. */
function chain(first: Stage, last: (context: Context) => Promise<void> | void): Stage {
  first.setNext?.(stage('end', async (context) => last(context)));
  return first;
}

const networkError = () => new GraphError({ status: 0, code: 'networkError', message: 'offline' });

describe('stage', () => {
  it('should name a stage that calls next without a next stage', async () => {
    const lonely = stage('lonely', async (_context, next) => next());
    await expect(lonely.execute(contextWith().context)).rejects.toThrow(
      'Graph pipeline: stage "lonely" has no next stage',
    );
  });
});

describe('withRequestState', () => {
  it('should park the original error in the request state and rethrow it', async () => {
    const { context, state } = contextWith();
    const error = new GraphError({ status: 418, code: 'teapot', message: 'no' });
    const pipeline = chain(withRequestState(), () => {
      throw error;
    });
    await expect(pipeline.execute(context)).rejects.toBe(error);
    expect(state.error).toBe(error);
  });

  it('should leave the state empty on success', async () => {
    const { context, state } = contextWith();
    await chain(withRequestState(), () => undefined).execute(context);
    expect(state.error).toBeUndefined();
  });
});

describe('setHeader and getRequestHeader', () => {
  it.each([
    ['a Headers object', () => new Headers({ Accept: 'x' })],
    ['an array of pairs', () => [['Accept', 'x']] as [string, string][]],
    ['a plain object', () => ({ Accept: 'x' })],
    ['no headers', () => undefined],
  ])('should set and read a header on %s, keeping the others', (_label, make) => {
    const { context } = contextWith(make());
    setHeader(context, 'X-Test', 'yes');
    expect([getRequestHeader(context, 'x-test'), getRequestHeader(context, 'X-Missing')]).toEqual([
      'yes',
      undefined,
    ]);
    if (make()) expect(getRequestHeader(context, 'accept')).toBe('x');
  });

  it('should read nothing from a context without options', () => {
    expect(getRequestHeader({ request: 'x' } as unknown as Context, 'Accept')).toBeUndefined();
  });
});

describe('withTelemetry', () => {
  it('should send SdkVersion, a client-request-id and, in Node, the User-Agent', async () => {
    const { context } = contextWith();
    await chain(withTelemetry('app/1.0', true), () => undefined).execute(context);
    expect([
      getRequestHeader(context, 'SdkVersion'),
      getRequestHeader(context, 'User-Agent'),
      getRequestHeader(context, 'client-request-id'),
    ]).toEqual(['app/1.0', 'app/1.0', expect.stringMatching(/^[0-9a-f-]{36}$/)]);
  });

  it('should leave the User-Agent to a browser and keep a client-request-id the caller chose', async () => {
    const { context } = contextWith({ 'client-request-id': 'mine' });
    await chain(withTelemetry('app/1.0', false), () => undefined).execute(context);
    expect([
      getRequestHeader(context, 'User-Agent'),
      getRequestHeader(context, 'client-request-id'),
    ]).toEqual([undefined, 'mine']);
  });

  it('should tell Node from a browser by default', async () => {
    const { context } = contextWith();
    await chain(withTelemetry('app/1.0'), () => undefined).execute(context);
    expect(getRequestHeader(context, 'User-Agent')).toBe('app/1.0');
  });
});

describe('withAuth', () => {
  it('should add the bearer token', async () => {
    const { context } = contextWith();
    await chain(
      withAuth(async () => 'tok'),
      () => undefined,
    ).execute(context);
    expect(getRequestHeader(context, 'Authorization')).toBe('Bearer tok');
  });

  it('should keep an Authorization the caller set and not ask for a token', async () => {
    const { context } = contextWith({ Authorization: 'Bearer own' });
    const getToken = vi.fn(async () => 'tok');
    await chain(withAuth(getToken), () => undefined).execute(context);
    expect([getRequestHeader(context, 'Authorization'), getToken.mock.calls.length]).toEqual([
      'Bearer own',
      0,
    ]);
  });
});

describe('backoffDelayMs', () => {
  it('should cap the delay at 30 s by default, with half of it as the floor', () => {
    expect([
      backoffDelayMs(20, { random: () => 1 }),
      backoffDelayMs(20, { random: () => 0 }),
    ]).toEqual([30_000, 15_000]);
  });

  it('should double from 500 ms by default', () => {
    expect([0, 1, 2].map((a) => backoffDelayMs(a, { random: () => 1 }))).toEqual([500, 1000, 2000]);
  });
});

describe('with fake timers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  describe('sleep', () => {
    it('should reject at once, as aborted, when the signal has already fired', async () => {
      const controller = new AbortController();
      controller.abort('gone');
      await expect(sleep(1000, controller.signal)).rejects.toMatchObject({
        code: 'aborted',
        cause: 'gone',
      });
    });

    it('should reject as aborted when the signal fires while waiting, and not resolve later', async () => {
      const controller = new AbortController();
      const waiting = sleep(1000, controller.signal);
      controller.abort('stop');
      await expect(waiting).rejects.toMatchObject({
        code: 'aborted',
        message: 'The request was aborted',
        cause: 'stop',
      });
      expect(vi.getTimerCount()).toBe(0);
    });

    it('should resolve after the delay and stop listening to the signal', async () => {
      const controller = new AbortController();
      const remove = vi.spyOn(controller.signal, 'removeEventListener');
      const add = vi.spyOn(controller.signal, 'addEventListener');
      const waiting = sleep(1000, controller.signal);
      await vi.advanceTimersByTimeAsync(1000);
      await expect(waiting).resolves.toBeUndefined();
      expect([add.mock.calls[0]?.[0], add.mock.calls[0]?.[2], remove.mock.calls[0]?.[0]]).toEqual([
        'abort',
        { once: true },
        'abort',
      ]);
    });
  });

  describe('withRetry', () => {
    it('should retry a network error maxRetries times, counting the attempts, then throw it', async () => {
      const { context, state } = contextWith();
      let calls = 0;
      const pipeline = chain(withRetry({ maxRetries: 2, baseDelayMs: 10, random: () => 1 }), () => {
        calls += 1;
        throw networkError();
      });
      const running = expect(pipeline.execute(context)).rejects.toMatchObject({
        code: 'networkError',
      });
      await vi.runAllTimersAsync();
      await running;
      expect([calls, state.attempts]).toEqual([3, 3]);
    });

    it('should not retry any other error', async () => {
      const { context } = contextWith();
      let calls = 0;
      const pipeline = chain(withRetry({ maxRetries: 2 }), () => {
        calls += 1;
        throw new GraphError({ status: 0, code: 'timeout', message: 'slow' });
      });
      await expect(pipeline.execute(context)).rejects.toMatchObject({ code: 'timeout' });
      expect(calls).toBe(1);
    });

    it('should stop waiting for a retry when the caller aborts', async () => {
      const controller = new AbortController();
      const { context } = contextWith(undefined, controller.signal);
      const pipeline = chain(withRetry({ maxRetries: 2, baseDelayMs: 1000 }), () => {
        throw networkError();
      });
      const running = expect(pipeline.execute(context)).rejects.toMatchObject({ code: 'aborted' });
      await vi.advanceTimersByTimeAsync(10);
      controller.abort();
      await running;
    });
  });

  describe('withTimeout', () => {
    it('should fail with a timeout GraphError naming the deadline', async () => {
      const { context } = contextWith();
      const pipeline = chain(
        withTimeout(50),
        (c) =>
          new Promise<void>((_resolve, reject) =>
            c.options?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
          ),
      );
      const running = expect(pipeline.execute(context)).rejects.toMatchObject({
        code: 'timeout',
        message: 'Graph did not answer within 50 ms',
      });
      await vi.advanceTimersByTimeAsync(50);
      await running;
    });

    it('should refuse at once a request whose caller already gave up', async () => {
      const controller = new AbortController();
      controller.abort('late');
      const { context } = contextWith(undefined, controller.signal);
      const next = vi.fn();
      await expect(chain(withTimeout(50), next).execute(context)).rejects.toMatchObject({
        code: 'aborted',
        cause: 'late',
      });
      expect(next).not.toHaveBeenCalled();
    });

    it("should pass the caller's abort on to the request and answer aborted", async () => {
      const controller = new AbortController();
      const { context } = contextWith(undefined, controller.signal);
      let seen: unknown;
      const pipeline = chain(
        withTimeout(5000),
        (c) =>
          new Promise<void>((_resolve, reject) =>
            c.options?.signal?.addEventListener('abort', () => {
              seen = c.options?.signal?.reason;
              reject(new Error('aborted'));
            }),
          ),
      );
      const running = expect(pipeline.execute(context)).rejects.toMatchObject({
        code: 'aborted',
        cause: 'user',
      });
      controller.abort('user');
      await running;
      expect([seen, context.options?.signal, vi.getTimerCount()]).toEqual([
        'user',
        controller.signal,
        0,
      ]);
    });

    it('should rethrow another failure unchanged and restore the signal', async () => {
      const { context } = contextWith();
      const failure = new Error('boom');
      await expect(
        chain(withTimeout(5000), () => {
          throw failure;
        }).execute(context),
      ).rejects.toBe(failure);
      expect([context.options?.signal, vi.getTimerCount()]).toEqual([undefined, 0]);
    });
  });
});

describe('withFetch', () => {
  const failWith = (thrown: unknown) =>
    withFetch((async () => Promise.reject(thrown)) as typeof fetch);

  it('should turn a network failure into a networkError GraphError with its message', async () => {
    await expect(
      failWith(new TypeError('fetch failed')).execute(contextWith().context),
    ).rejects.toMatchObject({
      code: 'networkError',
      message: 'fetch failed',
    });
  });

  it('should say "Network error" for a failure that is not an Error', async () => {
    await expect(failWith('down').execute(contextWith().context)).rejects.toMatchObject({
      code: 'networkError',
      message: 'Network error',
    });
  });

  it('should let an AbortError through unchanged', async () => {
    const abort = new DOMException('stop', 'AbortError');
    await expect(failWith(abort).execute(contextWith().context)).rejects.toBe(abort);
  });

  it('should let any failure of an aborted request through unchanged', async () => {
    const controller = new AbortController();
    controller.abort();
    const failure = new Error('socket closed');
    await expect(
      failWith(failure).execute(contextWith(undefined, controller.signal).context),
    ).rejects.toBe(failure);
  });

  it('should hand the request and options to fetch and keep the response', async () => {
    const response = new Response('{}');
    const fetchImpl = vi.fn(async () => response);
    const { context } = contextWith({ Accept: 'x' });
    await withFetch(fetchImpl as unknown as typeof fetch).execute(context);
    expect([fetchImpl.mock.calls[0], context.response]).toEqual([
      [context.request, context.options],
      response,
    ]);
  });
});
