import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import { ensureNetworkTeam } from '../../../src/graph/network.js';
import { publishNetworkReport } from '../../../src/graph/report-files.js';
import type { OrganisationSites } from '../../../src/graph/sites.js';
import { getChannelFilesFolder } from '../../../src/graph/teams.js';
import { COORDINATOR, startProvisioned, type Harness } from './harness.js';

const bytes = new TextEncoder().encode('PK fake docx');

describe('publishNetworkReport', () => {
  let h: Harness;
  let sites: OrganisationSites;
  const client = () => h.clientFor(COORDINATOR);

  beforeAll(async () => {
    ({ h, sites } = await startProvisioned());
  });
  afterAll(async () => {
    await h.close();
  });

  it("should upload to the network site's drive while there is no Team", async () => {
    const published = await publishNetworkReport(client(), sites.network, {
      year: 2025,
      name: 'Årsrapport 2025.docx',
      bytes,
    });
    expect(published).toMatchObject({ place: 'site', path: 'Årsrapporter/2025/Årsrapport 2025.docx' });
  });

  it("should upload to the shared channel's files folder once the Team exists, replacing a same-named file", async () => {
    const team = await ensureNetworkTeam(client(), defaultOrganisation, sites, {
      pollIntervalMs: 1,
      maxPolls: 50,
    });
    const file = { year: 2025, name: 'Årsrapport 2025.docx', bytes };
    const first = await publishNetworkReport(client(), sites.network, file);
    const again = await publishNetworkReport(client(), sites.network, file);
    expect(first.place).toBe('channel');
    expect(again.path).toBe(first.path);
    const folder = await getChannelFilesFolder(client(), team.teamId, team.channel.id);
    const listing = await client().get<{ value: { name: string; size: number }[] }>(
      `/drives/${folder.driveId}/root:/${encodeURI(`${folder.name}/Årsrapporter/2025`)}:/children`,
    );
    expect(listing.value.map((f) => [f.name, f.size])).toEqual([['Årsrapport 2025.docx', bytes.length]]);
  });
});
