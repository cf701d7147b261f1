import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import { GraphError } from '../../../src/graph/errors.js';
import { ensureNetworkTeam } from '../../../src/graph/network.js';
import { listPublishedReports, publishNetworkReport } from '../../../src/graph/report-files.js';
import type { OrganisationSites } from '../../../src/graph/sites.js';
import { uploadFile } from '../../../src/graph/teams.js';
import { COORDINATOR, startProvisioned, type Harness } from './harness.js';

const bytes = new TextEncoder().encode('PK fake docx');
const READER = defaultOrganisation.readers[0] ?? 'ks.ledamot@vaxjo.example';
const OUTSIDER = 'extern.gast@vaxjo.example';
const CONTACT = 'kontakt.utbildning@vaxjo.example';

/** The Graph status an attempt ends with (200 when it succeeds). */
async function statusOf(attempt: () => Promise<unknown>): Promise<number> {
  try {
    await attempt();
    return 200;
  } catch (error) {
    if (error instanceof GraphError) return error.status;
    throw error;
  }
}

describe('the published yearly reports', () => {
  let h: Harness;
  let sites: OrganisationSites;
  const client = () => h.clientFor(COORDINATOR);

  beforeAll(async () => {
    ({ h, sites } = await startProvisioned());
  });
  afterAll(async () => {
    await h.close();
  });

  it("should publish in the network site's library, also once the Team and its channel exist", async () => {
    const file = { year: 2025, name: 'Årsrapport 2025.docx', bytes };
    const before = await publishNetworkReport(client(), sites.network, file);
    await ensureNetworkTeam(client(), defaultOrganisation, sites, {
      pollIntervalMs: 1,
      maxPolls: 50,
    });
    const again = await publishNetworkReport(client(), sites.network, file);
    expect(before.path).toBe('Årsrapporter/2025/Årsrapport 2025.docx');
    expect(again.path).toBe(before.path);
    const drive = await client().get<{ id: string }>(`/sites/${sites.network.siteId}/drive`);
    const listing = await client().get<{ value: { name: string; size: number }[] }>(
      `/drives/${drive.id}/root:/${encodeURI('Årsrapporter/2025')}:/children`,
    );
    expect(listing.value.map((f) => [f.name, f.size])).toEqual([
      ['Årsrapport 2025.docx', bytes.length],
    ]);
  });

  it('should list every year and language folder for the board reader, newest year first', async () => {
    await publishNetworkReport(client(), sites.network, {
      year: 2024,
      name: 'Årsrapport 2024.docx',
      bytes,
    });
    await publishNetworkReport(client(), sites.network, {
      year: 2025,
      name: 'Yearly report 2025.docx',
      bytes,
      subfolder: 'en',
    });
    const files = await listPublishedReports(h.clientFor(READER), sites.network);
    expect(files.map((f) => [f.year, f.name, f.language ?? 'org'])).toEqual([
      [2025, 'Årsrapport 2025.docx', 'org'],
      [2025, 'Yearly report 2025.docx', 'en'],
      [2024, 'Årsrapport 2024.docx', 'org'],
    ]);
    expect(files.every((f) => f.webUrl.includes('/Shared%20Documents/') && f.modified !== '')).toBe(
      true,
    );
    // The link opens the file for the reader (the emulator serves SharePoint's web path).
    const opened = await fetch(files[0]?.webUrl ?? '');
    expect(new Uint8Array(await opened.arrayBuffer())).toEqual(bytes);
  });

  it('should refuse the reader any write in the library: a new report, a replaced one, a deleted one', async () => {
    const reader = h.clientFor(READER);
    const drive = await reader.get<{ id: string }>(`/sites/${sites.network.siteId}/drive`);
    const [file] = await listPublishedReports(reader, sites.network);
    expect(
      await statusOf(() =>
        publishNetworkReport(reader, sites.network, { year: 2025, name: 'Falsk.docx', bytes }),
      ),
    ).toBe(403);
    expect(
      await statusOf(() => uploadFile(reader, drive.id, `Årsrapporter/2025/${file?.name}`, bytes)),
    ).toBe(403);
    expect(await statusOf(() => reader.delete(`/drives/${drive.id}/items/${file?.id}`))).toBe(403);
    expect((await listPublishedReports(client(), sites.network)).map((f) => f.id)).toContain(
      file?.id,
    );
  });

  it("should refuse an outsider the list, the drive and a file's content with 403", async () => {
    const outsider = h.clientFor(OUTSIDER);
    const [file] = await listPublishedReports(client(), sites.network);
    const drive = await client().get<{ id: string }>(`/sites/${sites.network.siteId}/drive`);
    expect(await statusOf(() => listPublishedReports(outsider, sites.network))).toBe(403);
    expect(
      await statusOf(() => outsider.get(`/drives/${drive.id}/items/${file?.id}/content`)),
    ).toBe(403);
  });

  it("should let the network's members read them too", async () => {
    const files = await listPublishedReports(h.clientFor(CONTACT), sites.network);
    expect(files.length).toBe(3);
  });
});
