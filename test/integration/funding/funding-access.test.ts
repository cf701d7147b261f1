import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import { seedSampleData } from '../../../src/graph/provisioning/seed.js';
import { createGraphFundingAccess } from '../../../src/tab/data/funding-access.js';
import { COORDINATOR, startProvisioned, type Harness } from '../graph/harness.js';

/** The tab's funding access on the real graph layer, against the emulator's sample data. */
describe('tab funding access against the emulator', () => {
  let h: Harness;
  const accessFor = (user: string) =>
    createGraphFundingAccess({
      graphBaseUrl: h.baseUrl,
      getToken: async () => {
        const response = await fetch(`${h.origin}/_emulator/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ userPrincipalName: user }),
        });
        return ((await response.json()) as { access_token: string }).access_token;
      },
      organisation: defaultOrganisation,
      user,
    });

  beforeAll(async () => {
    let sites;
    ({ h, sites } = await startProvisioned());
    await seedSampleData(h.clientFor(COORDINATOR), defaultOrganisation, sites, {
      years: [2025, 2026],
      today: '2026-03-01',
    });
  }, 120_000);
  afterAll(async () => {
    await h.close();
  });

  it('should let a contact person answer "we apply" and find the planned project on their site', async () => {
    const access = accessFor('kontakt.utbildning@vaxjo.example');
    const calls = await (await access.calls()).list();
    const erasmus = calls.find((c) => c.programme === 'erasmus-plus');
    const { project } = await access.answer({
      call: { ...erasmus!, id: erasmus?.id ?? '' },
      administrationId: 'utbildning',
      status: 'applying',
    });
    const responses = await access.responses();
    expect([project?.callId, responses.map((r) => [r.administrationId, r.status])]).toEqual([
      erasmus?.id,
      [['utbildning', 'applying']],
    ]);
  });

  it('should list the seeded good examples across the administrations', async () => {
    const examples = await accessFor(COORDINATOR).goodExamples();
    expect(examples.map((e) => e.title).sort()).toEqual(
      [
        'Gröna städer i Södra Östersjön',
        'LIFE Växjösjöarna – restaurering av övergödda sjöar',
        'Växjö som gott exempel på Europeiska regionernas och städernas vecka',
        'Växjö som gott exempel på Europeiska regionernas och städernas vecka',
      ].sort(),
    );
  });

  it('should read the development initiatives of the own administration', async () => {
    const initiatives = await (
      await accessFor('personal1.omsorg@vaxjo.example').initiatives('omsorg')
    ).list();
    expect(initiatives.map((d) => [d.year, d.fundingOutcome])).toEqual([
      [2025, 'no-call-found'],
      [2026, 'no-call-found'],
    ]);
  });

  it('should read the initiatives of one year across every administration the user can read', async () => {
    // A network member reads every administration's site through its read grant.
    const initiatives = await accessFor('kontakt.omsorg@vaxjo.example').readableInitiatives({
      year: 2025,
    });
    expect([...new Set(initiatives.map((d) => d.year))]).toEqual([2025]);
    expect(new Set(initiatives.map((d) => d.administrationId)).size).toBeGreaterThan(1);
  });

  it('should read the readable initiatives in two batched round trips once the sites are known', async () => {
    const access = accessFor('personal1.omsorg@vaxjo.example');
    await access.readableInitiatives();
    await fetch(`${h.origin}/_emulator/stats/reset`, { method: 'POST' });
    await access.readableInitiatives({ year: 2025 });
    const stats = (await (await fetch(`${h.origin}/_emulator/stats`)).json()) as {
      requests: number;
      batches: number;
    };
    expect([stats.requests, stats.batches]).toEqual([2, 2]);
  });

  it('should refuse the calls to a reader outside the network', async () => {
    await expect(accessFor('extern.gast@vaxjo.example').calls()).rejects.toMatchObject({
      status: 403,
    });
  });
});
