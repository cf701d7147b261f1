import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import type { OrganisationSites } from '../../../src/graph/sites.js';
import {
  createNetworkTeam,
  ensureSharedChannel,
  getChannelFilesFolder,
  syncChannelMembers,
  uploadFile,
} from '../../../src/graph/teams.js';
import { COORDINATOR, startProvisioned, type Harness } from './harness.js';

const POLL = { intervalMs: 1, maxPolls: 50 };
const CHANNEL = {
  displayName: 'Internationella kontaktpersoner',
  owners: [COORDINATOR, 'kontakt.kommunledning@vaxjo.example'],
  ...POLL,
};

describe('network team and shared channel', () => {
  let h: Harness;
  let sites: OrganisationSites;
  beforeAll(async () => {
    ({ h, sites } = await startProvisioned());
  });
  afterAll(async () => {
    await h.close();
  });

  it('should create the team of the network group and find it the second time', async () => {
    const client = h.clientFor(COORDINATOR);
    const first = await createNetworkTeam(client, sites.network.groupId, POLL);
    const second = await createNetworkTeam(client, sites.network.groupId, POLL);
    expect([first.created, second.created]).toEqual([true, false]);
  });

  it('should create the shared channel with its owners, then find it', async () => {
    const client = h.clientFor(COORDINATOR);
    const first = await ensureSharedChannel(client, sites.network.groupId, CHANNEL);
    const second = await ensureSharedChannel(client, sites.network.groupId, CHANNEL);
    expect(second).toEqual({ channel: first.channel, created: false });
    const members = await client.get<{ value: { email?: string; roles: string[] }[] }>(
      `/teams/${sites.network.groupId}/channels/${first.channel.id}/members`,
    );
    expect(members.value.filter((m) => m.roles.includes('owner'))).toHaveLength(2);
  });

  it('should add the contact persons to the channel once', async () => {
    const client = h.clientFor(COORDINATOR);
    const { channel } = await ensureSharedChannel(client, sites.network.groupId, CHANNEL);
    const contacts = defaultOrganisation.administrations.map(
      (a) => `kontakt.${a.id}@vaxjo.example`,
    );
    const first = await syncChannelMembers(client, sites.network.groupId, channel.id, contacts);
    const second = await syncChannelMembers(client, sites.network.groupId, channel.id, contacts);
    expect(first.failed).toEqual([]);
    expect(first.added).toHaveLength(contacts.length - 1);
    expect(second.added).toEqual([]);
  });

  it("should upload a report into the channel's files folder", async () => {
    const client = h.clientFor(COORDINATOR);
    const { channel } = await ensureSharedChannel(client, sites.network.groupId, CHANNEL);
    const folder = await getChannelFilesFolder(client, sites.network.groupId, channel.id);
    const bytes = new TextEncoder().encode('Årsrapport 2025');
    const file = await uploadFile(
      client,
      folder.driveId,
      `${folder.name}/Årsrapport 2025.txt`,
      bytes,
    );
    expect(file.name).toBe('Årsrapport 2025.txt');
    const content = await client.get<ArrayBuffer>(
      `/drives/${folder.driveId}/items/${file.id}/content`,
      { responseType: 'arrayBuffer' },
    );
    expect(new TextDecoder().decode(content)).toBe('Årsrapport 2025');
  });
});
