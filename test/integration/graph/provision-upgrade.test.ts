import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import { projectsList } from '../../../src/graph/lists/definitions.js';
import { provision } from '../../../src/graph/provisioning/provision.js';
import { COORDINATOR, startHarness, type Harness } from './harness.js';

/** A list made by an older version: only two columns, `status` not indexed. */
async function createOldProjectsList(h: Harness): Promise<void> {
  const client = h.clientFor(COORDINATOR);
  const group = await client.post<{ id: string }>('/groups', {
    displayName: 'Internationellt arbete – Utbildningsförvaltningen',
    mailNickname: 'ia-utbildning',
    mailEnabled: true,
    securityEnabled: false,
    groupTypes: ['Unified'],
    visibility: 'Public',
  });
  const site = await client.get<{ id: string }>(`/groups/${group.id}/sites/root`);
  await client.post(`/sites/${site.id}/lists`, {
    displayName: projectsList.displayName,
    list: { template: 'genericList' },
    columns: [
      { name: 'administrationId', text: {}, indexed: true },
      { name: 'status', choice: { choices: ['planned'] }, indexed: false },
    ],
  });
}

describe('provision over an older list', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await createOldProjectsList(h);
  });
  afterAll(async () => {
    await h.close();
  });

  it('should add the missing columns and indexes without recreating the list', async () => {
    const result = await provision(h.clientFor(COORDINATOR), defaultOrganisation, {
      sitePollMs: 10,
    });
    expect(result.found).toContain('list Internationella projekt on Utbildningsförvaltningen');
    expect(result.created).toEqual(
      expect.arrayContaining([
        'column kind on list Internationella projekt on Utbildningsförvaltningen',
        'index on status of list Internationella projekt on Utbildningsförvaltningen',
      ]),
    );
    expect(result.created).not.toContain(
      'column administrationId on list Internationella projekt on Utbildningsförvaltningen',
    );
  });

  it('should find everything on the next run', async () => {
    const again = await provision(h.clientFor(COORDINATOR), defaultOrganisation);
    expect(again.created).toEqual([]);
  });
});
