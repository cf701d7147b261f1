import { describe, expect, it } from 'vitest';
import { graphPath } from '../../../src/graph/path.js';

describe('graphPath', () => {
  it('should encode every interpolated value as one segment and keep the literal parts', () => {
    const siteId = 'vaxjo.sharepoint.com,1a2b,3c4d';
    expect(graphPath`/sites/${siteId}/lists/${'a/b?c#d'}/items/${7}?$select=id`).toBe(
      '/sites/vaxjo.sharepoint.com%2C1a2b%2C3c4d/lists/a%2Fb%3Fc%23d/items/7?$select=id',
    );
  });

  it('should keep a path without values as written', () => {
    expect(graphPath`/me/memberOf`).toBe('/me/memberOf');
  });

  it('should not let a value climb out of its segment', () => {
    expect(graphPath`/teams/${'../groups/x'}/channels`).toBe('/teams/..%2Fgroups%2Fx/channels');
  });
});
