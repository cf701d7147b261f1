import { describe, expect, it } from 'vitest';
import type { GoodExample } from '../../../../src/domain/funding';
import { ShareError, shareGoodExample } from '../../../../src/tab/data/funding-access';

const EXAMPLE: GoodExample = {
  kind: 'project',
  id: '17',
  administrationId: 'utbildning',
  title: 'Skolutbyte Kaunas',
  summary: 'Elever och lärare lär av varandra.',
  category: 'erasmus-plus',
};

/** A fake fetch answering once with `status` and `body`, recording the request. */
function fakeFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const impl = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { calls, fetch: impl as typeof fetch };
}

const options = (fetchImpl: typeof fetch) => ({
  serverOrigin: 'https://app.example',
  getToken: async () => 'user-token',
  fetch: fetchImpl,
});

describe('shareGoodExample', () => {
  it('should POST to the share endpoint of the server origin', async () => {
    const fake = fakeFetch(200, { messageId: 'm1' });
    await shareGoodExample(options(fake.fetch), EXAMPLE, 'en');
    expect([fake.calls[0]?.url, fake.calls[0]?.init?.method]).toEqual([
      'https://app.example/api/good-examples/share',
      'POST',
    ]);
  });

  it("should send the user's token and a JSON content type", async () => {
    const fake = fakeFetch(200, { messageId: 'm1' });
    await shareGoodExample(options(fake.fetch), EXAMPLE);
    expect(fake.calls[0]?.init?.headers).toEqual({
      Authorization: 'Bearer user-token',
      'Content-Type': 'application/json',
    });
  });

  it('should send the administration, kind, item id and locale', async () => {
    const fake = fakeFetch(200, { messageId: 'm1' });
    await shareGoodExample(options(fake.fetch), EXAMPLE, 'en');
    expect(JSON.parse(String(fake.calls[0]?.init?.body))).toEqual({
      administrationId: 'utbildning',
      kind: 'project',
      itemId: '17',
      locale: 'en',
    });
  });

  it('should resolve with the message id of the channel message', async () => {
    const fake = fakeFetch(200, { messageId: 'm42' });
    await expect(shareGoodExample(options(fake.fetch), EXAMPLE)).resolves.toEqual({
      messageId: 'm42',
    });
  });

  it("should reject with the server's status, code and message", async () => {
    const fake = fakeFetch(503, {
      error: { code: 'botUnavailable', message: 'The bot has not been added to the channel' },
    });
    const error = await shareGoodExample(options(fake.fetch), EXAMPLE).catch((e: unknown) => e);
    expect(error instanceof ShareError ? [error.status, error.code, error.message] : error).toEqual(
      [503, 'botUnavailable', 'The bot has not been added to the channel'],
    );
  });

  it('should name the HTTP status when the answer is not an error envelope', async () => {
    const fake = fakeFetch(502, '<html>Bad gateway</html>');
    await expect(shareGoodExample(options(fake.fetch), EXAMPLE)).rejects.toMatchObject({
      status: 502,
      message: 'HTTP 502',
    });
  });

  it('should refuse a 200 answer without a message id', async () => {
    const fake = fakeFetch(200, {});
    await expect(shareGoodExample(options(fake.fetch), EXAMPLE)).rejects.toMatchObject({
      code: 'invalidResponse',
    });
  });

  it('should report an unreachable server as a network error', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(shareGoodExample(options(failing), EXAMPLE)).rejects.toMatchObject({
      status: 0,
      code: 'networkError',
    });
  });

  it('should not call the server for an example without an id', async () => {
    const fake = fakeFetch(200, { messageId: 'm1' });
    const { id: _id, ...withoutId } = EXAMPLE;
    await shareGoodExample(options(fake.fetch), withoutId).catch(() => undefined);
    expect(fake.calls).toEqual([]);
  });
});
