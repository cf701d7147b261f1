import { writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { encodePng, type RgbaImage } from './png';

/**
 * Draws the app's icons programmatically (no image libraries in this project): a globe with a
 * network of nodes on its rim, for a network working across borders. Shapes are signed distance
 * functions in pixels; coverage `clamp(0.5 - d)` gives one pixel of anti-aliasing for free.
 *
 * Run `npx tsx manifest/draw-icons.ts` to redraw `color.png`, `outline.png` and
 * `sharepoint-preview.png` beside this file; the PNGs are committed so packaging needs no drawing.
 */

/** Växjö green, the app's accent colour (also `accentColor` in the manifest). */
export const VAXJO_GREEN = '#1F7A3F';
const LEAF_GREEN = '#8CC63F';

type Rgba = readonly [number, number, number, number];
/** Signed distance in pixels from a point to a shape: negative inside, positive outside. */
type Sdf = (x: number, y: number) => number;

function hex(colour: string, alpha = 255): Rgba {
  const n = Number.parseInt(colour.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff, alpha];
}

const WHITE = hex('#FFFFFF');

const ring =
  (cx: number, cy: number, r: number, width: number): Sdf =>
  (x, y) =>
    Math.abs(Math.hypot(x - cx, y - cy) - r) - width / 2;

const disc =
  (cx: number, cy: number, r: number): Sdf =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r;

/** Outline of an axis-aligned ellipse; first-order distance `f / |∇f|`, fine for thin strokes. */
const ellipseOutline =
  (cx: number, cy: number, rx: number, ry: number, width: number): Sdf =>
  (x, y) => {
    const dx = x - cx;
    const dy = y - cy;
    const f = (dx * dx) / (rx * rx) + (dy * dy) / (ry * ry) - 1;
    const gradient = Math.hypot((2 * dx) / (rx * rx), (2 * dy) / (ry * ry));
    // At the centre the gradient vanishes; the nearest point of the outline is a semi-axis away.
    if (gradient === 0) return Math.min(rx, ry) - width / 2;
    return Math.abs(f / gradient) - width / 2;
  };

const segment =
  (ax: number, ay: number, bx: number, by: number, width: number): Sdf =>
  (x, y) => {
    const vx = bx - ax;
    const vy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
    return Math.hypot(x - ax - t * vx, y - ay - t * vy) - width / 2;
  };

const union =
  (...shapes: Sdf[]): Sdf =>
  (x, y) => {
    let d = Infinity;
    for (const shape of shapes) d = Math.min(d, shape(x, y));
    return d;
  };

const intersect =
  (a: Sdf, b: Sdf): Sdf =>
  (x, y) =>
    Math.max(a(x, y), b(x, y));

/** A raster to paint shapes on, with straight-alpha "over" blending. */
class Canvas {
  readonly rgba: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgba = [0, 0, 0, 0],
  ) {
    this.rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++) this.rgba.set(background, i * 4);
  }

  /** The area later fills paint in; all of the drawing sits near the globe. */
  private clip = { x0: 0, y0: 0, x1: Infinity, y1: Infinity };

  /** Limits later fills to the square of half-size `half` around (cx, cy), to save time. */
  within(cx: number, cy: number, half: number): this {
    this.clip = { x0: cx - half, y0: cy - half, x1: cx + half, y1: cy + half };
    return this;
  }

  fill(shape: Sdf, colour: Rgba): this {
    const x0 = Math.max(0, Math.floor(this.clip.x0));
    const y0 = Math.max(0, Math.floor(this.clip.y0));
    const x1 = Math.min(this.width, Math.ceil(this.clip.x1));
    const y1 = Math.min(this.height, Math.ceil(this.clip.y1));
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const coverage = Math.max(0, Math.min(1, 0.5 - shape(x + 0.5, y + 0.5)));
        if (coverage > 0) this.blend(x, y, colour, coverage);
      }
    }
    return this;
  }

  private blend(x: number, y: number, colour: Rgba, coverage: number): void {
    const o = (y * this.width + x) * 4;
    const srcA = (colour[3] / 255) * coverage;
    const dstA = (this.rgba[o + 3] ?? 0) / 255;
    const outA = srcA + dstA * (1 - srcA);
    for (let c = 0; c < 3; c++) {
      const dst = this.rgba[o + c] ?? 0;
      // Straight alpha: a white stroke over transparency stays exactly white (outline icon rule).
      this.rgba[o + c] = Math.round((colour[c]! * srcA + dst * dstA * (1 - srcA)) / outA);
    }
    this.rgba[o + 3] = Math.round(outA * 255);
  }

  toImage(): RgbaImage {
    return { width: this.width, height: this.height, rgba: this.rgba };
  }
}

/**
 * The globe's lines: rim, two meridians, the equator and (when there is room for them) two
 * parallels, all clipped to the rim.
 */
function globe(cx: number, cy: number, r: number, stroke: number, parallels = true): Sdf {
  const inside = disc(cx, cy, r);
  const parallel = (dy: number): Sdf => {
    const half = Math.sqrt(r * r - dy * dy);
    return segment(cx - half, cy + dy, cx + half, cy + dy, stroke * 0.8);
  };
  return union(
    ring(cx, cy, r, stroke),
    intersect(
      union(
        ellipseOutline(cx, cy, r * 0.45, r, stroke * 0.8),
        segment(cx, cy - r, cx, cy + r, stroke * 0.8),
        parallel(0),
        ...(parallels ? [parallel(-r * 0.5), parallel(r * 0.5)] : []),
      ),
      inside,
    ),
  );
}

/** Points on the globe's rim at the given angles (degrees, clockwise from east). */
function rimNodes(cx: number, cy: number, r: number, angles: readonly number[]) {
  return angles.map((deg) => {
    const rad = (deg * Math.PI) / 180;
    return { x: cx + r * Math.cos(rad), y: cy + r * Math.sin(rad) };
  });
}

/** Network nodes on the rim, joined by links: white-ringed leaf-green dots. */
function paintNetwork(canvas: Canvas, cx: number, cy: number, r: number, scale: number): void {
  const nodes = rimNodes(cx, cy, r, [-50, 160, 70]);
  const links = nodes.map((a, i) => {
    const b = nodes[(i + 1) % nodes.length] ?? a;
    return segment(a.x, a.y, b.x, b.y, 2.5 * scale);
  });
  canvas.fill(union(...links), hex(LEAF_GREEN, 230));
  for (const node of nodes) {
    canvas.fill(disc(node.x, node.y, 13 * scale), WHITE);
    canvas.fill(disc(node.x, node.y, 8.5 * scale), hex(LEAF_GREEN));
  }
}

/** The full-colour icon, 192x192: white globe and network on Växjö green. */
export function drawColorIcon(): RgbaImage {
  const canvas = new Canvas(192, 192, hex(VAXJO_GREEN)).within(96, 96, 60 + 14); // rim + node
  canvas.fill(globe(96, 96, 60, 7), WHITE);
  paintNetwork(canvas, 96, 96, 60, 1);
  return canvas.toImage();
}

/** The outline icon, 32x32: a white globe on a transparent background, nothing else. */
export function drawOutlineIcon(): RgbaImage {
  // At 32 px the parallels blur into grey, so the outline keeps only the bolder lines.
  return new Canvas(32, 32).fill(globe(16, 16, 13, 2, false), WHITE).toImage();
}

/** The SharePoint preview image (1024x768) shown when the tab is added to a SharePoint page. */
export function drawSharePointPreview(): RgbaImage {
  // The square spans the rim's stroke and the rim nodes (13 * 3.6 px), with a pixel to spare.
  const canvas = new Canvas(1024, 768, hex(VAXJO_GREEN)).within(512, 384, 250 + 48);
  canvas.fill(globe(512, 384, 250, 24), WHITE);
  paintNetwork(canvas, 512, 384, 250, 3.6);
  return canvas.toImage();
}

/** The image files of the package: file name → drawing. */
export const ICON_DRAWINGS: Readonly<Record<string, () => RgbaImage>> = {
  'color.png': drawColorIcon,
  'outline.png': drawOutlineIcon,
  'sharepoint-preview.png': drawSharePointPreview,
};

async function main(): Promise<void> {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  for (const [file, draw] of Object.entries(ICON_DRAWINGS)) {
    await writeFile(`${dir}${file}`, encodePng(draw()));
    console.log(`wrote manifest/${file}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
