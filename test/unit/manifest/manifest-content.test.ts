import { beforeAll, describe, expect, it } from 'vitest';
import { defaultGraphScopes } from '../../../src/auth/msal-browser-provider';
import { parseCommand } from '../../../src/bot/commands/parse';
import { localPackage, readJson, type ManifestJson } from './fixtures';

const SWEDISH_COMMANDS = ['rapport', 'status', 'påminn', 'utlysningar', 'hjälp'];
const ENGLISH_COMMANDS = ['report', 'status', 'remind', 'calls', 'help'];

describe('manifest content', () => {
  let manifest: ManifestJson;
  let en: Record<string, string>;

  beforeAll(async () => {
    const files = await localPackage();
    manifest = readJson(files, 'manifest.json');
    en = readJson<Record<string, string>>(files, 'en.json');
  });

  it('should declare shared and private channel support at the manifest root', () => {
    expect(manifest.supportedChannelTypes).toEqual(['sharedChannels', 'privateChannels']);
    expect(manifest.configurableTabs).toEqual([
      expect.not.objectContaining({ supportedChannelTypes: expect.anything() }),
    ]);
  });

  it('should have one Swedish command list per bot scope', () => {
    const lists = manifest.bots[0]?.commandLists ?? [];
    expect(lists.map((l) => l.scopes)).toEqual([['personal'], ['team'], ['groupChat']]);
    for (const list of lists) expect(list.commands.map((c) => c.title)).toEqual(SWEDISH_COMMANDS);
  });

  it('should translate every command title to English under the matching localization key', () => {
    manifest.bots[0]?.commandLists.forEach((list, l) => {
      const titles = list.commands.map(
        (_, c) => en[`bots[0].commandLists[${l}].commands[${c}].title`],
      );
      expect(titles).toEqual(ENGLISH_COMMANDS);
    });
  });

  it('should only offer command titles the bot understands, in both languages', () => {
    const ctx = { administrations: [], now: new Date('2026-06-01T00:00:00Z') };
    const kinds = (titles: string[]) => titles.map((title) => parseCommand(title, ctx).kind);
    expect(kinds(SWEDISH_COMMANDS)).toEqual(['report', 'status', 'remind', 'calls', 'help']);
    expect(kinds(ENGLISH_COMMANDS)).toEqual(['report', 'status', 'remind', 'calls', 'help']);
  });

  it('should default to Swedish with English as an additional language', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'sv-SE',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
    expect(manifest.name).toMatchObject({ short: 'Internationellt arbete' });
  });

  it('should prefetch the nested app auth token for the scopes the tab asks for, in the same order', () => {
    expect(manifest.webApplicationInfo).toMatchObject({
      resource: `api://localhost:3978/${String((manifest.webApplicationInfo as { id: string }).id)}`,
      nestedAppAuthInfo: [
        { redirectUri: 'brk-multihub://localhost:3978', scopes: defaultGraphScopes },
      ],
    });
  });

  it('should point the tabs at the host with the contexts the tab understands', () => {
    expect(manifest.staticTabs).toEqual([
      expect.objectContaining({
        contentUrl: 'https://localhost:3978/?context=personal',
        scopes: ['personal'],
      }),
    ]);
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({
        configurationUrl: 'https://localhost:3978/config',
        scopes: ['team', 'groupChat'],
        supportedSharePointHosts: ['sharePointFullPage', 'sharePointWebPart'],
      }),
    ]);
  });
});
