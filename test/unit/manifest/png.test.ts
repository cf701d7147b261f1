import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePng, encodePng, readPngHeader } from '../../../manifest/png';

/** A PNG written by hand: 2x1 palette image (red opaque, blue half transparent), filter 1. */
function palettePng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    // The decoder ignores CRCs, so zeros keep this fixture short.
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8;
  ihdr[9] = 3;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', Buffer.from([255, 0, 0, 0, 0, 255])),
    chunk('tRNS', Buffer.from([255, 128])),
    // filter 1 (Sub): second index is stored as the difference to the first
    chunk('IDAT', deflateSync(Buffer.from([1, 0, 1]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('png', () => {
  it('should decode what it encodes, pixel for pixel', () => {
    const rgba = Uint8Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) % 256);
    const decoded = decodePng(encodePng({ width: 3, height: 2, rgba }));
    expect(decoded).toEqual({ width: 3, height: 2, rgba });
  });

  it('should read width and height from the IHDR chunk', () => {
    const png = encodePng({ width: 5, height: 7, rgba: new Uint8Array(5 * 7 * 4) });
    expect(readPngHeader(png)).toMatchObject({ width: 5, height: 7, bitDepth: 8, colourType: 6 });
  });

  it('should refuse bytes that are not a PNG', () => {
    expect(() => readPngHeader(Buffer.from('GIF89a and more bytes than a header needs'))).toThrow(
      'not a PNG file',
    );
  });

  it('should decode a palette image with transparency and row filters', () => {
    expect(Array.from(decodePng(palettePng()).rgba)).toEqual([255, 0, 0, 255, 0, 0, 255, 128]);
  });

  it('should refuse to encode when the pixel buffer does not match the size', () => {
    expect(() => encodePng({ width: 2, height: 2, rgba: new Uint8Array(4) })).toThrow(
      'expected 16 bytes, got 4',
    );
  });
});
