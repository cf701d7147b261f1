import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import { provision } from '../../../src/graph/provisioning/provision.js';
import { sampleMembership } from '../../../src/graph/provisioning/sample-directory.js';
import { createReportingRoundRepository } from '../../../src/graph/repositories.js';
import { getMyAdministrations, resolveSites } from '../../../src/graph/sites.js';
import { COORDINATOR, startHarness, type Harness } from './harness.js';

describe('provision', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('should plan everything and write nothing in a dry run', async () => {
    const client = h.clientFor(COORDINATOR);
    const plan = await provision(client, defaultOrganisation, { dryRun: true });
    expect(plan.created).toContain('list Internationella projekt on Utbildningsförvaltningen');
    const groups = await client.get<{ value: unknown[] }>('/groups');
    expect(groups.value).toHaveLength(0);
  });

  it('should create groups, sites and lists on the first run', async () => {
    const client = h.clientFor(COORDINATOR);
    const first = await provision(client, defaultOrganisation, {
      membership: sampleMembership(defaultOrganisation),
      sitePollMs: 10,
    });
    expect(first.created).toEqual(
      expect.arrayContaining([
        'group ia-utbildning (Internationellt arbete – Utbildningsförvaltningen)',
        'list Internationella projekt on Utbildningsförvaltningen',
        'list Årsrapporter on Utbildningsförvaltningen',
        'list Granskningsbeslut on Nätverket för internationella frågor',
      ]),
    );
  });

  it('should create nothing on a second run', async () => {
    const client = h.clientFor(COORDINATOR);
    const second = await provision(client, defaultOrganisation, {
      membership: sampleMembership(defaultOrganisation),
    });
    expect(second.created).toEqual([]);
    expect(second.found).toContain('list Övrigt internationellt arbete on Växjö Energi AB');
  });

  it('should resolve every administration site and the network site', async () => {
    const sites = await resolveSites(h.clientFor(COORDINATOR), defaultOrganisation);
    expect(Object.keys(sites.administrations)).toHaveLength(
      defaultOrganisation.administrations.length,
    );
    expect(sites.network.siteId).not.toBe('');
    expect(sites.missing).toEqual([]);
  });

  it("should find a staff member's administration from memberOf", async () => {
    const mine = await getMyAdministrations(
      h.clientFor('personal1.utbildning@vaxjo.example'),
      defaultOrganisation,
    );
    expect(mine).toEqual(['utbildning']);
  });

  it("should count the groups the coordinator owns as the coordinator's administrations", async () => {
    const mine = await getMyAdministrations(h.clientFor('samordnare@vaxjo.example'), defaultOrganisation);
    expect(mine.sort()).toEqual(defaultOrganisation.administrations.map((a) => a.id).sort());
  });

  it("should give the board's reader every administration site and the network's, and nobody else outside them", async () => {
    const reader = await resolveSites(h.clientFor('ks.ledamot@vaxjo.example'), defaultOrganisation);
    expect(reader.networkAccessible).toBe(true);
    expect(Object.keys(reader.administrations)).toHaveLength(
      defaultOrganisation.administrations.length,
    );
    const outsider = await resolveSites(
      h.clientFor('extern.gast@vaxjo.example'),
      defaultOrganisation,
    );
    expect(Object.keys(outsider.administrations)).toEqual([]);
    expect(outsider.inaccessible).toHaveLength(defaultOrganisation.administrations.length);
    expect(outsider.networkAccessible).toBe(false);
  });

  it("should let the board's reader read the network's lists and write none, and refuse an outsider", async () => {
    const reader = h.clientFor('ks.ledamot@vaxjo.example');
    const sites = await resolveSites(reader, defaultOrganisation);
    const rounds = createReportingRoundRepository(reader, sites.network.siteId);
    await expect(rounds.list()).resolves.toBeInstanceOf(Array);
    await expect(
      rounds.create({ year: 2031, deadline: '2032-02-15', open: true }),
    ).rejects.toMatchObject({ status: 403 });
    const outsider = h.clientFor('extern.gast@vaxjo.example');
    await expect(
      createReportingRoundRepository(outsider, sites.network.siteId).list(),
    ).rejects.toMatchObject({ status: 403 });
  });
});
