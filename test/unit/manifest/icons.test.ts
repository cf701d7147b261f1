import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { checkOutlineIcon } from '../../../manifest/validate';

/**
 * The app's icons are committed image files (manifest/color.png, outline.png and
 * sharepoint-preview.png), read here with pngjs: the sizes Teams and SharePoint ask for, the
 * outline white on transparent, the colour icon on the manifest's accent colour.
 */

const template = JSON.parse(
  await readFile(new URL('../../../manifest/manifest.template.json', import.meta.url), 'utf8'),
) as { accentColor: string };

const icon = async (file: string) =>
  PNG.sync.read(await readFile(new URL(`../../../manifest/${file}`, import.meta.url)));

const hexAt = (image: PNG, x: number, y: number) =>
  `#${[...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)]
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`.toUpperCase();

describe('manifest icons', () => {
  it.each([
    ['color.png', 192, 192],
    ['outline.png', 32, 32],
    ['sharepoint-preview.png', 1024, 768],
  ])('should commit %s at %ix%i', async (file, width, height) => {
    const image = await icon(file);
    expect([image.width, image.height]).toEqual([width, height]);
  });

  it('should have a white-on-transparent outline icon that passes the outline check', async () => {
    expect(checkOutlineIcon('outline.png', await icon('outline.png'))).toEqual([]);
  });

  it('should draw something in the outline icon, not an empty image', async () => {
    const { data } = await icon('outline.png');
    const visible = data.filter((_, i) => i % 4 === 3 && data[i] === 255).length;
    expect(visible).toBeGreaterThan(50);
  });

  it.each(['color.png', 'sharepoint-preview.png'])(
    'should paint the background of %s in the manifest accent colour',
    async (file) => {
      const image = await icon(file);
      expect([hexAt(image, 0, 0), hexAt(image, image.width - 1, image.height - 1)]).toEqual([
        template.accentColor.toUpperCase(),
        template.accentColor.toUpperCase(),
      ]);
    },
  );

  it('should put a white mark on the colour icon, not a plain square', async () => {
    const image = await icon('color.png');
    const colours = new Set(Array.from({ length: 192 }, (_, x) => hexAt(image, x, 96)));
    expect(colours.has('#FFFFFF')).toBe(true);
  });
});
