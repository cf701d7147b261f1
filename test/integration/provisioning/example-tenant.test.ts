import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseOrganisationConfig } from '../../../src/domain/index.js';

const examplePath = 'src/domain/organisations/example-tenant.json';

describe('example tenant mapping (src/domain/organisations/example-tenant.json)', () => {
  it('should be a valid organisation config', async () => {
    const text = await readFile(examplePath, 'utf8');
    expect(() => parseOrganisationConfig(text)).not.toThrow();
  });

  it('should show an administration mapped by groupId alone and one by groupId and siteId', async () => {
    const organisation = parseOrganisationConfig(await readFile(examplePath, 'utf8'));
    const mapped = organisation.administrations
      .filter((a) => a.groupId !== undefined)
      .map((a) => ({ id: a.id, withSite: a.siteId !== undefined }));
    expect(mapped).toEqual([
      { id: 'utbildning', withSite: false },
      { id: 'omsorg', withSite: true },
    ]);
  });
});
