import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from '../../../src/server/app.js';
import { recordFigures } from './figures.js';
import { personalMessage } from '../bot/activities.js';
import { startConnector } from '../bot/connector.js';

const FAKE_SECRET = 'fake~Secret.Value_0123456789abcdefXYZ';
const FAKE_BOT_PASSWORD = 'fake-bot-password-9876543210';

/** Everything a run writes: the server's log lines and anything sent to the console or stdio. */
function captureOutput(): { lines: string[]; restore(): void } {
  const lines: string[] = [];
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(
        args
          .map((a) => (a instanceof Error ? `${a.message} ${a.stack ?? ''}` : String(a)))
          .join(' '),
      );
    }),
  );
  const writes = [process.stdout, process.stderr].map((stream) =>
    vi.spyOn(stream, 'write').mockImplementation((chunk: unknown) => {
      lines.push(String(chunk));
      return true;
    }),
  );
  return {
    lines,
    restore: () => [...spies, ...writes].forEach((s) => s.mockRestore()),
  };
}

/** What must never show in a log: tokens, the Authorization header, and the configured secrets. */
function leaks(lines: string[], secrets: string[]): string[] {
  const patterns = [/Bearer /i, /eyJ[A-Za-z0-9_-]{5,}/, /access_token/i, /emu\.[A-Za-z0-9_-]{10,}/];
  return lines.filter(
    (line) => patterns.some((p) => p.test(line)) || secrets.some((s) => line.includes(s)),
  );
}

describe('no secrets or tokens in the logs of a full local run', () => {
  let server: RunningServer;
  let output: ReturnType<typeof captureOutput>;
  const tokens: string[] = [];

  beforeAll(async () => {
    output = captureOutput();
    server = await startServer({
      port: 0,
      dataDir: null,
      env: {},
      log: (line) => output.lines.push(line),
    });
  }, 120_000);
  afterAll(async () => {
    await server.close();
    output.restore();
  });

  it('should log no token after dev tokens were issued and used against Graph, the tab config and the bot', async () => {
    const origin = server.emulatorOrigin ?? '';
    for (const body of [
      { userPrincipalName: 'samordnare@vaxjo.example' },
      { clientId: 'some-app' },
    ]) {
      const response = await fetch(`${origin}/_emulator/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      tokens.push(((await response.json()) as { access_token: string }).access_token);
    }
    for (const token of tokens) {
      const auth = { authorization: `Bearer ${token}` };
      expect((await fetch(`${server.graphBaseUrl}/me`, { headers: auth })).status).toBeLessThan(
        500,
      );
      await fetch(new URL('config.json', server.url), { headers: auth });
      // The bot refuses a token that is not a Bot Framework JWT; the refusal must not echo it.
      const bot = await fetch(new URL('api/messages', server.url), {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          text: 'status',
          serviceUrl: 'http://127.0.0.1:1/',
        }),
      });
      expect([400, 401]).toContain(bot.status);
    }
    // A forged JWT (alg none) and an oversized body get refused too.
    const forged = `eyJhbGciOiJub25lIn0.${Buffer.from('{"aud":"x"}').toString('base64url')}.`;
    const refused = await fetch(new URL('api/messages', server.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${forged}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(300_000) }),
    });
    expect([401, 413]).toContain(refused.status);

    expect(output.lines.length).toBeGreaterThan(3); // the run did log: the scan means something
    expect(leaks(output.lines, tokens)).toEqual([]);
    recordFigures('log scan (local)', { lines: output.lines.length, tokens: tokens.length + 1 });
  });
});

describe('the bot logs where the server logs', () => {
  it('should write the bot’s one line per message into the server’s log', async () => {
    const lines: string[] = [];
    const connector = await startConnector();
    const server = await startServer({
      port: 0,
      dataDir: null,
      env: {},
      seed: false,
      log: (line) => lines.push(line),
    });
    try {
      const activity = personalMessage(connector.url, { aadObjectId: 'x', name: 'X' }, 'hjälp');
      const answer = await fetch(new URL('api/messages', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      expect(answer.status).toBe(200);
      await expect
        .poll(() => lines.filter((l) => l.startsWith('bot info: bot: message')))
        .toHaveLength(1);
      const line = lines.find((l) => l.startsWith('bot info: bot: message')) ?? '';
      expect(JSON.parse(line.slice(line.indexOf('{')))).toMatchObject({
        command: 'help',
        outcome: 'answered',
      });
    } finally {
      await server.close();
      await connector.close();
    }
  });
});

describe('no secrets in the logs or errors of a tenant-mode start', () => {
  it('should not print the client secret or bot password while starting (and failing) against a tenant', async () => {
    const output = captureOutput();
    const env = {
      TENANT_ID: '00000000-0000-0000-0000-000000000001',
      CLIENT_ID: '00000000-0000-0000-0000-000000000002',
      CLIENT_SECRET: FAKE_SECRET,
      BOT_ID: '00000000-0000-0000-0000-000000000003',
      BOT_PASSWORD: FAKE_BOT_PASSWORD,
      PUBLIC_HOSTNAME: 'ia.example.org',
      ORGANISATION_CONFIG: 'src/domain/organisations/example-tenant.json',
      // Nothing listens here: the start fails at the first Graph call, after reading the secret.
      GRAPH_BASE_URL: 'http://127.0.0.1:9/v1.0',
    };
    let failure: unknown;
    try {
      const server = await Promise.race([
        startServer({ port: 0, env, log: (line) => output.lines.push(line) }),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('start did not end in 30 s')), 30_000),
        ),
      ]);
      await server.close();
    } catch (e) {
      failure = e;
    } finally {
      output.restore();
    }
    expect(failure).toBeInstanceOf(Error);
    // It got as far as asking Entra ID for a token, i.e. it had read the secret.
    expect((failure as Error).message).toMatch(/network|fetch/i);
    const error = failure as Error & { cause?: unknown };
    const texts = [...output.lines, error.message, error.stack ?? '', String(error.cause ?? '')];
    expect(leaks(texts, [FAKE_SECRET, FAKE_BOT_PASSWORD])).toEqual([]);
  }, 40_000);
});
