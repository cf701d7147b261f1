import { mkdtemp, readdir, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildPackage,
  fillTemplate,
  MANIFEST_DIR,
  PACKAGE_FILE,
} from '../../../manifest/build-package';
import { manifestConfigFromEnv } from '../../../manifest/config';

// AppManifestUtils compiles the whole v1.30 schema with Ajv on every call: about a second each.
describe('buildPackage', { timeout: 30_000 }, () => {
  let outDir: string;

  beforeEach(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'ia-package-'));
  });

  afterEach(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('should zip manifest.json, en.json and the images at the zip root', async () => {
    const result = await buildPackage({ config: manifestConfigFromEnv({}), outDir });
    expect(result.errors).toEqual([]);
    const zip = await JSZip.loadAsync(await readFile(join(outDir, PACKAGE_FILE)));
    expect(Object.keys(zip.files).sort()).toEqual(
      ['color.png', 'en.json', 'manifest.json', 'outline.png', 'sharepoint-preview.png'].sort(),
    );
  });

  it('should fill the host and ids from the settings', async () => {
    const config = manifestConfigFromEnv({
      PUBLIC_HOSTNAME: 'ia.vaxjo.se',
      BOT_ID: '66666666-7777-8888-9999-000000000000',
    });
    await buildPackage({ config, outDir });
    const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as {
      validDomains: string[];
      bots: Array<{ botId: string }>;
    };
    expect(manifest.validDomains).toEqual(['ia.vaxjo.se']);
    expect(manifest.bots[0]?.botId).toBe('66666666-7777-8888-9999-000000000000');
  });

  it('should write no zip and name the problem when the package is invalid', async () => {
    const sourceDir = join(outDir, 'source');
    await cp(MANIFEST_DIR, sourceDir, {
      recursive: true,
      filter: (src) => !src.includes('/build'),
    });
    const template = JSON.parse(
      await readFile(join(sourceDir, 'manifest.template.json'), 'utf8'),
    ) as {
      bots: Array<Record<string, unknown>>;
    };
    delete template.bots[0]?.botId;
    await writeFile(join(sourceDir, 'manifest.template.json'), JSON.stringify(template));
    const result = await buildPackage({ config: manifestConfigFromEnv({}), outDir, sourceDir });
    expect(result.errors).toEqual([expect.stringContaining("must have required property 'botId'")]);
    expect(await readdir(outDir)).not.toContain(PACKAGE_FILE);
  });
});

describe('fillTemplate', () => {
  it('should replace placeholders inside strings and keep quotes from breaking the JSON', () => {
    const filled = fillTemplate({ url: 'https://{{HOST}}/x', list: ['{{HOST}}'] }, { HOST: 'a"b' });
    expect(filled).toEqual({ manifest: { url: 'https://a"b/x', list: ['a"b'] }, errors: [] });
  });

  it('should name a placeholder that has no value', () => {
    expect(fillTemplate({ id: '{{TEAMS_APP_ID}}' }, {}).errors).toEqual([
      'manifest.template.json: no value for {{TEAMS_APP_ID}}',
    ]);
  });
});
