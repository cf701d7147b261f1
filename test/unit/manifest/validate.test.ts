import { AppManifestUtils } from '@microsoft/app-manifest';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PNG } from 'pngjs';
import { bundledSchemaPath, validatePackage } from '../../../manifest/validate';
import { localPackage, readJson, replaced } from './fixtures';

/** A solid image of one colour. */
function solid(width: number, height: number, rgba: [number, number, number, number]): PNG {
  const image = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) image.data.set(rgba, i * 4);
  return image;
}

const encodePng = (image: PNG): Buffer => PNG.sync.write(image);

// AppManifestUtils compiles the whole v1.30 schema with Ajv on every call: about a second each.
describe('validatePackage', { timeout: 30_000 }, () => {
  let files: Map<string, Uint8Array>;

  beforeAll(async () => {
    files = await localPackage();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('should accept the package built from the template with the local defaults', async () => {
    expect(await validatePackage(files)).toEqual([]);
  });

  it('should validate against the bundled schema without ever fetching one', async () => {
    const fetchSchema = vi.spyOn(AppManifestUtils, 'fetchSchema');
    await validatePackage(files);
    expect(fetchSchema).not.toHaveBeenCalled();
  });

  it('should name bots[0].botId when the bot id is missing', async () => {
    const manifest = readJson(files, 'manifest.json');
    delete manifest.bots[0]?.botId;
    const errors = await validatePackage(replaced(files, 'manifest.json', manifest));
    expect(errors).toEqual([
      expect.stringMatching(
        /manifest\.json: schema: \/bots\/0 must have required property 'botId'/,
      ),
    ]);
  });

  it('should name the field and the expected size when an icon has the wrong size', async () => {
    const errors = await validatePackage(
      replaced(files, 'color.png', encodePng(solid(96, 96, [31, 122, 63, 255]))),
    );
    expect(errors).toEqual(['icons.color: color.png is 96x96, expected 192x192']);
  });

  it('should reject an outline icon with an opaque background', async () => {
    const errors = await validatePackage(
      replaced(files, 'outline.png', encodePng(solid(32, 32, [255, 255, 255, 255]))),
    );
    expect(errors).toEqual([
      'icons.outline: outline.png must have a transparent background (pixel 0,0 has alpha 255)',
    ]);
  });

  it('should reject an outline icon with visible pixels that are not white', async () => {
    const image = solid(32, 32, [0, 0, 0, 0]);
    image.data.set([31, 122, 63, 128], (5 * 32 + 7) * 4);
    const errors = await validatePackage(replaced(files, 'outline.png', encodePng(image)));
    expect(errors).toEqual([
      'icons.outline: outline.png must be white only; 1 visible pixels are not (7,5 is #1F7A3F)',
    ]);
  });

  it('should name an icon that is not a PNG', async () => {
    const errors = await validatePackage(
      replaced(files, 'color.png', Buffer.from('GIF89a, not a PNG')),
    );
    expect(errors).toEqual([
      expect.stringMatching(/^icons\.color: color\.png is not a readable PNG: /),
    ]);
  });

  it('should report a referenced image that is not in the package', async () => {
    const withoutPreview = new Map(files);
    withoutPreview.delete('sharepoint-preview.png');
    expect(await validatePackage(withoutPreview)).toEqual([
      'configurableTabs[0].sharePointPreviewImage: sharepoint-preview.png is missing from the package',
    ]);
  });

  it('should name a manifest string that has no English translation', async () => {
    const en = readJson<Record<string, string>>(files, 'en.json');
    delete en['bots[0].commandLists[2].commands[4].description'];
    expect(await validatePackage(replaced(files, 'en.json', en))).toEqual([
      'en.json: missing translation of bots[0].commandLists[2].commands[4].description',
    ]);
  });

  it('should name an English key that matches no string in the manifest', async () => {
    const en = {
      ...readJson<Record<string, string>>(files, 'en.json'),
      'staticTabs[3].name': 'Extra',
    };
    expect(await validatePackage(replaced(files, 'en.json', en))).toEqual([
      'en.json: staticTabs[3].name matches no string in manifest.json',
    ]);
  });

  it('should validate en.json against the bundled localization schema', async () => {
    const en = {
      ...readJson<Record<string, string>>(files, 'en.json'),
      'name.short': 'x'.repeat(31),
    };
    const errors = await validatePackage(replaced(files, 'en.json', en));
    expect(errors).toEqual([
      expect.stringMatching(
        /^en\.json: schema: \/name\.short must NOT have more than 30 characters/,
      ),
    ]);
  });

  it('should report a tab URL whose host is not in validDomains', async () => {
    const manifest = readJson(files, 'manifest.json');
    manifest.validDomains = ['example.org'];
    const errors = await validatePackage(replaced(files, 'manifest.json', manifest));
    expect(errors).toContain(
      'staticTabs[0].contentUrl: host localhost:3978 is not in validDomains',
    );
    expect(errors).toContain(
      'configurableTabs[0].configurationUrl: host localhost:3978 is not in validDomains',
    );
  });

  it('should report wrongly typed parts instead of crashing on them', async () => {
    const manifest = readJson(files, 'manifest.json');
    Object.assign(manifest, { bots: [null], configurableTabs: [null], icons: 'color.png' });
    const errors = await validatePackage(replaced(files, 'manifest.json', manifest));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^manifest\.json: schema: \/bots\/0 must be object/),
        expect.stringMatching(/^manifest\.json: schema: \/icons must be object/),
      ]),
    );
  });

  it('should refuse a $schema that is not bundled instead of downloading it', async () => {
    const manifest = readJson(files, 'manifest.json');
    manifest.$schema = 'https://example.org/schema.json';
    const errors = await validatePackage(replaced(files, 'manifest.json', manifest));
    expect(errors).toEqual([
      'manifest.json: $schema https://example.org/schema.json is not an official schema URL (https://developer.microsoft.com/json-schemas/teams/…)',
    ]);
  });
});

describe('bundledSchemaPath', () => {
  it('should map the official URL to the file inside @microsoft/app-manifest', () => {
    expect(
      bundledSchemaPath(
        'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json',
      ),
    ).toMatch(
      /node_modules\/@microsoft\/app-manifest\/build\/json-schemas\/teams\/v1\.30\/MicrosoftTeams\.schema\.json$/,
    );
  });

  it('should not map a URL outside the official schema host', () => {
    expect(
      bundledSchemaPath('https://evil.example/json-schemas/teams/v1.30/MicrosoftTeams.schema.json'),
    ).toBeUndefined();
  });
});
