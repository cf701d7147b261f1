import { describe, expect, it } from 'vitest';
import { Router, tokenizePath } from '../../../src/emulator/http/router.js';
import { GraphHttpError } from '../../../src/emulator/errors.js';

describe('tokenizePath', () => {
  it('should split a plain path into segments', () => {
    expect(tokenizePath('/sites/root/lists')).toEqual(['sites', 'root', 'lists']);
  });

  it('should keep a site path address together with its host', () => {
    expect(tokenizePath('/sites/vaxjo.sharepoint.com:/sites/natverk:/lists')).toEqual(['sites', 'vaxjo.sharepoint.com:/sites/natverk', 'lists']);
  });

  it('should accept a site path address without the closing colon', () => {
    expect(tokenizePath('/sites/vaxjo.sharepoint.com:/sites/natverk')).toEqual(['sites', 'vaxjo.sharepoint.com:/sites/natverk']);
  });

  it('should keep a drive path address with its base item', () => {
    expect(tokenizePath('/drives/b!x/root:/a/b c.txt:/content')).toEqual(['drives', 'b!x', 'root:/a/b c.txt', 'content']);
  });

  it('should decode percent-encoded segments', () => {
    expect(tokenizePath('/drives/d/root:/%C3%A5r.txt:/content')).toEqual(['drives', 'd', 'root:/år.txt', 'content']);
  });

  it("should turn key syntax teams('id') into two segments", () => {
    expect(tokenizePath("/teams('abc')/operations('op')")).toEqual(['teams', 'abc', 'operations', 'op']);
  });
});

describe('Router', () => {
  const handler = () => ({ status: 200 });
  const router = new Router().add('GET', '/items/delta', handler).add('GET', '/items/:id', handler);

  it('should bind parameters', () => {
    expect(router.resolve('GET', ['items', '7']).params).toEqual({ id: '7' });
  });

  it('should prefer a literal route added first', () => {
    expect(router.resolve('GET', ['items', 'delta']).params).toEqual({});
  });

  it('should answer 405 for a known path with another method', () => {
    expect(() => router.resolve('POST', ['items', '7'])).toThrow(expect.objectContaining({ status: 405 }) as GraphHttpError);
  });

  it('should answer 501 for an unknown path', () => {
    expect(() => router.resolve('GET', ['nothing'])).toThrow(expect.objectContaining({ status: 501, code: 'notImplemented' }) as GraphHttpError);
  });
});
