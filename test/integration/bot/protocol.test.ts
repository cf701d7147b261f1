import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalMessage } from './activities';
import { startConnector, type CapturingConnector } from './connector';
import { createCommandLimiter } from '../../../src/bot/app.guards';
import { corpus } from '../reliability/corpus';
import { offlineDeps, recordingLog, startBotServer, type BotServer } from './harness';

describe('bot endpoint with malformed requests', () => {
  let connector: CapturingConnector;
  let server: BotServer;
  const log = recordingLog();

  beforeAll(async () => {
    connector = await startConnector();
    server = await startBotServer(offlineDeps({ log }));
  });
  afterAll(async () => {
    await server?.close();
    await connector?.close();
  });

  const postRaw = async (body: string) => {
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return { status: response.status, body: (await response.json()) as { error: string } };
  };

  it('should answer 400 to a body that is not JSON', async () => {
    expect((await postRaw('{"type": "message"')).status).toBe(400);
  });

  it.each([
    ['null', 'activity'],
    ['{}', 'type'],
    ['{"type":"message"}', 'serviceUrl'],
  ])('should answer 400 to %s, naming the field %s', async (body, field) => {
    const answer = await postRaw(body);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(new RegExp(`^Not a Bot Framework activity: ${field}:`));
  });

  it('should refuse a serviceUrl that is not http(s)', async () => {
    const activity = personalMessage(
      'file:///etc/passwd',
      { aadObjectId: 'x', name: 'X' },
      'hjälp',
    );
    const answer = await postRaw(JSON.stringify(activity));
    expect(answer.status).toBe(400);
    expect(answer.body.error).toContain('serviceUrl');
  });

  it('should not reach the connector or log an error for malformed requests', async () => {
    await postRaw('{}');
    await server.bot.idle();
    expect(connector.calls).toEqual([]);
    expect(log.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it.each(corpus<{ nonLoopbackServiceUrls: string[] }>('forged-activities').nonLoopbackServiceUrls)(
    'should refuse in local mode an activity whose serviceUrl %s is not loopback',
    async (url) => {
      const activity = personalMessage(url, { aadObjectId: 'x', name: 'X' }, 'hjälp');
      const answer = await postRaw(JSON.stringify(activity));
      expect(answer.status).toBe(403);
      await server.bot.idle();
      expect(server.bot.serviceUrlFor()).toBeUndefined();
    },
  );

  it('should remember only a loopback serviceUrl from an accepted activity', async () => {
    const evil = personalMessage('https://evil.example/', { aadObjectId: 'x', name: 'X' }, '');
    expect(await server.post({ ...evil, type: 'messageReaction' })).toBe(403);
    const local = personalMessage(connector.url, { aadObjectId: 'x', name: 'X' }, 'hjälp');
    expect(await server.post(local)).toBe(200);
    await server.bot.idle();
    expect(server.bot.serviceUrlFor()).toBe(connector.url);
  });
});

describe('per-user limits of the report and reminder commands', () => {
  let connector: CapturingConnector;
  let server: BotServer;

  beforeAll(async () => {
    connector = await startConnector();
    server = await startBotServer(
      offlineDeps({ limiter: createCommandLimiter({ report: { points: 2, seconds: 600 } }) }),
    );
  });
  afterAll(async () => {
    await server?.close();
    await connector?.close();
  });

  const ask = async (who: string, text: string) => {
    connector.calls.length = 0;
    await server.post(personalMessage(connector.url, { aadObjectId: who, name: who }, text));
    await server.bot.idle();
    const last = connector.calls.at(-1)?.body.attachments as
      Array<{ content: { fallbackText: string } }> | undefined;
    return last?.[0]?.content.fallbackText ?? '';
  };

  it('should answer politely once a user has used up their reports, and not others', async () => {
    await ask('user-a', 'rapport 2025');
    await ask('user-a', 'rapport 2025');
    expect(await ask('user-a', 'rapport 2025')).toMatch(
      /Du har bett om det här många gånger på kort tid\. Vänta \d+ sekunder/,
    );
    expect(await ask('user-b', 'rapport 2025')).not.toMatch(/många gånger/);
    expect(await ask('user-a', 'report 2025')).toMatch(/Please wait \d+ seconds/);
  });
});
