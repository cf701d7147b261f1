import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalMessage } from './activities';
import { startConnector, type CapturingConnector } from './connector';
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
});
