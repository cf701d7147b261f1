import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDevTokenProvider } from '../../../src/auth/dev-token-provider.js';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import { ensureNetworkTeam } from '../../../src/graph/network.js';
import { seedSampleData } from '../../../src/graph/provisioning/seed.js';
import { createGraphNetworkAccess } from '../../../src/tab/data/network-access.js';
import { COORDINATOR, startProvisioned, type Harness } from '../graph/harness.js';

const org = defaultOrganisation;

/** The tab's network access against the emulator, as each kind of user. */
describe('createGraphNetworkAccess', () => {
  let h: Harness;
  // The tab's own client with the tab's dev token provider.
  const accessFor = (user: string) =>
    createGraphNetworkAccess({
      graphBaseUrl: h.baseUrl,
      getToken: createDevTokenProvider(h.origin, user),
      organisation: org,
      user,
    });
  beforeAll(async () => {
    let sites;
    ({ h, sites } = await startProvisioned());
    await seedSampleData(h.clientFor(COORDINATOR), org, sites);
    await ensureNetworkTeam(h.clientFor(COORDINATOR), org, sites, { pollIntervalMs: 1 });
  });
  afterAll(async () => {
    await h.close();
  });

  it('should know the coordinator as the owner of the network group', async () => {
    await expect(accessFor(COORDINATOR).isCoordinator()).resolves.toBe(true);
  });

  it('should not take a contact person for the coordinator', async () => {
    await expect(accessFor('kontakt.utbildning@vaxjo.example').isCoordinator()).resolves.toBe(
      false,
    );
  });

  it('should let a contact person read the registry of the network site', async () => {
    const registry = await (
      await accessFor('kontakt.utbildning@vaxjo.example').contactPersons()
    ).list();
    expect(registry.length).toBe(org.administrations.length - 1);
  });

  it('should answer 403 to someone outside the network', async () => {
    await expect(accessFor('extern.gast@vaxjo.example').contactPersons()).rejects.toMatchObject({
      status: 403,
    });
  });

  it("should plan the coordinator's sync of the sample contact persons and deputies", async () => {
    const plan = await accessFor(COORDINATOR).planSync();
    expect(plan.plan.toAdd.length).toBe(2 * (org.administrations.length - 1));
  });
});
