import { vi } from 'vitest';

/** A scripted answer of the fake transport: a response or a thrown error. */
export type Scripted =
  Response | Error | ((url: string, init: RequestInit) => Response | Promise<Response>);

/** A fake fetch that plays answers in order (the last one repeats) and records every call. */
export function fakeFetch(...answers: Scripted[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const impl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const request = init ?? {};
    calls.push({ url, init: request });
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)];
    if (answer === undefined) throw new Error('fakeFetch: no answer scripted');
    if (answer instanceof Error) throw answer;
    if (typeof answer === 'function') return answer(url, request);
    return answer.clone();
  });
  return { fetch: impl as unknown as typeof fetch, calls };
}

/** A JSON response with optional headers. */
export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** Graph's error envelope. */
export function graphError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) {
  return json(
    status,
    {
      error: { code, message, innerError: { 'request-id': 'req-1', date: '2026-01-01T00:00:00Z' } },
    },
    headers,
  );
}

/** Reads a request header from the recorded init. */
export function headerOf(init: RequestInit, name: string): string | null {
  return new Headers(init.headers as HeadersInit).get(name);
}
