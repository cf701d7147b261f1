import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_DEFAULTS } from '../../../manifest/config';
import { DEFAULT_DIRECTORY_SEED } from '../../../src/emulator/directory-seed';

interface PlaygroundUser {
  id: string;
  name: string;
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}
interface PlaygroundConfig {
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  personalChat: { id: string };
  groupChat: { id: string };
  team: { id: string; name: string; channels: Array<{ id: string; name: string }> };
}

/**
 * The playground's own config schema. It is not shipped as a file, only inlined in the CLI
 * bundle as `JSON.parse('…')`; reading it from there checks our file against exactly what the
 * installed playground enforces at start-up.
 */
async function playgroundSchema(): Promise<object> {
  const require = createRequire(import.meta.url);
  const bundle = await readFile(
    require.resolve('@microsoft/m365agentsplayground/dist/index.js'),
    'utf8',
  );
  const start = bundle.indexOf(`JSON.parse('{"$id":"https://aka.ms/teams-app-test-tool-config/`);
  if (start < 0) throw new Error('config schema not found in the playground bundle');
  const literalStart = start + 'JSON.parse('.length;
  const literal = bundle.slice(literalStart, bundle.indexOf(`')`, literalStart) + 1);
  // The literal is a single-quoted JS string with escapes; evaluating only that string is safe.
  return JSON.parse(runInNewContext(literal) as string) as object;
}

describe('.m365agentsplayground.yml', () => {
  let config: PlaygroundConfig;

  beforeAll(async () => {
    config = load(
      await readFile(new URL('../../../.m365agentsplayground.yml', import.meta.url), 'utf8'),
    ) as PlaygroundConfig;
  });

  it('should satisfy the config schema of the installed playground', async () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(await playgroundSchema());
    validate(config);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('should use unique user and conversation ids, as the playground requires', () => {
    const userIds = [config.currentUser.id, ...config.users.map((u) => u.id)];
    const conversationIds = [
      config.personalChat.id,
      config.groupChat.id,
      config.team.id,
      ...config.team.channels.map((c) => c.id),
    ];
    expect(new Set(userIds).size).toBe(userIds.length);
    expect(new Set(conversationIds).size).toBe(conversationIds.length);
  });

  it('should sign in as the coordinator Sara Lind', () => {
    expect(config.currentUser).toMatchObject({
      name: 'Sara Lind',
      userPrincipleName: 'samordnare@vaxjo.example',
    });
  });

  it('should only name people of the emulator directory, with their names and UPN as object id', () => {
    const seed = new Map(DEFAULT_DIRECTORY_SEED.users.map((u) => [u.userPrincipalName, u]));
    for (const user of [config.currentUser, ...config.users]) {
      const person = seed.get(user.userPrincipleName);
      expect(person, user.userPrincipleName).toBeDefined();
      expect(user).toMatchObject({
        name: person?.displayName,
        givenName: person?.givenName,
        surname: person?.surname,
        aadObjectId: user.userPrincipleName,
        email: user.userPrincipleName,
      });
    }
    expect(config.users.every((u) => u.userPrincipleName.startsWith('kontakt.'))).toBe(true);
  });

  it('should put the bot of the local app package in the network team', () => {
    expect(config.bot.id).toBe(LOCAL_DEFAULTS.BOT_ID);
    expect(config.team.name).toBe('Nätverket för internationella frågor');
    expect(config.team.channels).toHaveLength(1);
  });
});
