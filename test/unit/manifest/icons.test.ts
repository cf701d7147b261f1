import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  drawColorIcon,
  drawOutlineIcon,
  ICON_DRAWINGS,
  VAXJO_GREEN,
} from '../../../manifest/draw-icons';
import { decodePng } from '../../../manifest/png';
import { checkOutlineIcon } from '../../../manifest/validate';

const template = JSON.parse(
  await readFile(new URL('../../../manifest/manifest.template.json', import.meta.url), 'utf8'),
) as { accentColor: string };

describe('draw-icons', () => {
  it('should draw a white-on-transparent outline icon that passes the outline check', () => {
    expect(checkOutlineIcon('outline.png', drawOutlineIcon())).toEqual([]);
  });

  it('should draw the outline with some visible pixels, not an empty image', () => {
    const { rgba } = drawOutlineIcon();
    const visible = rgba.filter((_, i) => i % 4 === 3 && rgba[i] === 255).length;
    expect(visible).toBeGreaterThan(50);
  });

  it('should paint the colour icon background in the manifest accent colour', () => {
    const { rgba } = drawColorIcon();
    const corner = `#${[...rgba.subarray(0, 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    expect(corner.toUpperCase()).toBe(template.accentColor);
    expect(VAXJO_GREEN).toBe(template.accentColor);
  });

  it.each(Object.entries(ICON_DRAWINGS))(
    'should have committed %s as the script draws it',
    async (file, draw) => {
      const committed = decodePng(
        await readFile(new URL(`../../../manifest/${file}`, import.meta.url)),
      );
      expect(Buffer.from(committed.rgba).equals(Buffer.from(draw().rgba))).toBe(true);
    },
    // Drawing the 1024x768 preview takes seconds on a busy machine.
    30_000,
  );
});
