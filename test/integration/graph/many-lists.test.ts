import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultOrganisation,
  parseOrganisationConfig,
  type OrganisationConfig,
} from '../../../src/domain/organisation.js';
import { loadOrganisationRecords } from '../../../src/graph/load.js';
import { provision } from '../../../src/graph/provisioning/provision.js';
import {
  createActivityRepository,
  createProjectRepository,
} from '../../../src/graph/repositories.js';
import { resolveSites, type OrganisationSites } from '../../../src/graph/sites.js';
import { COORDINATOR, startHarness, type Harness } from './harness.js';

/** An organisation of 30 administrations: 60 lists to read. */
const organisation: OrganisationConfig = parseOrganisationConfig({
  ...defaultOrganisation,
  administrations: Array.from({ length: 30 }, (_, i) => ({
    id: `forvaltning-${i + 1}`,
    name: `Förvaltning ${i + 1}`,
    kind: 'forvaltning',
    committee: `Nämnd ${i + 1}`,
  })),
});

describe('a 60-list batched read', () => {
  let h: Harness;
  let sites: OrganisationSites;
  beforeAll(async () => {
    h = await startHarness();
    const client = h.clientFor(COORDINATOR);
    await provision(client, organisation, { sitePollMs: 10 });
    sites = await resolveSites(client, organisation);
    for (const [id, site] of Object.entries(sites.administrations)) {
      await createProjectRepository(client, site.siteId).create({
        administrationId: id,
        title: `Projekt för ${id}`,
        kind: 'international',
        status: 'planned',
        programme: 'other',
        role: 'lead',
      });
      await createActivityRepository(client, site.siteId).create({
        administrationId: id,
        title: `Konferens för ${id}`,
        type: 'conference',
        startDate: '2025-04-01',
      });
    }
  });
  afterAll(async () => {
    await h.close();
  });

  it('should read all 60 lists in five $batch requests', async () => {
    await h.resetStats();
    const records = await loadOrganisationRecords(h.clientFor(COORDINATOR), sites);
    expect(records.projects).toHaveLength(30);
    expect(records.activities).toHaveLength(30);
    // 30 sites' list ids: 2 batches; 60 item reads: 3 batches.
    expect(await h.stats()).toMatchObject({ requests: 5, batches: 5, batchedRequests: 90 });
  });
});
