import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportingRound } from '../../../src/domain/records.js';
import { createReportingRoundRepository } from '../../../src/graph/repositories.js';
import type { OrganisationSites } from '../../../src/graph/sites.js';
import { COORDINATOR } from '../graph/harness.js';
import { provisionSample, startReliabilityHarness, type ReliabilityHarness } from './harness.js';

const CONTACT = 'kontakt.utbildning@vaxjo.example';
const eur = { currency: 'EUR', rate: 11.07, source: 'Riksbankens årsgenomsnitt 2025' } as const;

/**
 * The year's exchange rates live on the reporting round, an owners-only list (DESIGN.md §3a,
 * `reportingRoundsList.adminPolicy`): only the coordinator writes them. A contact person with
 * their own token is refused by the store; bad rates are refused at the boundary before any
 * request, naming the field.
 */
describe('exchange rates on the reporting round', () => {
  let h: ReliabilityHarness;
  let sites: OrganisationSites;
  let round: ReportingRound;
  const rounds = (upn: string) =>
    createReportingRoundRepository(h.clientFor(upn), sites.network.siteId);

  beforeAll(async () => {
    h = await startReliabilityHarness();
    sites = await provisionSample(h);
    round = await rounds(COORDINATOR).create({ year: 2025, deadline: '2026-02-15' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('should let the coordinator store the rates and read them back', async () => {
    const saved = await rounds(COORDINATOR).update(
      round.id ?? '',
      { ...round, exchangeRates: [eur] },
      round.etag ?? '',
    );
    round = saved;
    expect((await rounds(CONTACT).get(round.id ?? '')).exchangeRates).toEqual([eur]);
  });

  it('should answer 403 to a contact person writing rates through the repository', async () => {
    await expect(
      rounds(CONTACT).update(
        round.id ?? '',
        { ...round, exchangeRates: [{ ...eur, rate: 1 }] },
        round.etag ?? '',
      ),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('should answer 403 to a contact person patching the item straight with their own token', async () => {
    const token = await h.userToken(CONTACT);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const site = `${h.baseUrl}/sites/${sites.network.siteId}`;
    const lists = (await (
      await fetch(`${site}/lists?$select=id,displayName`, { headers })
    ).json()) as { value: { id: string; displayName: string }[] };
    const list = lists.value.find((l) => l.displayName === 'Rapporteringsomgångar');
    const response = await fetch(`${site}/lists/${list?.id}/items/${round.id}/fields`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ exchangeRates: JSON.stringify([{ ...eur, rate: 1 }]) }),
    });
    expect(response.status).toBe(403);
    expect((await rounds(COORDINATOR).get(round.id ?? '')).exchangeRates).toEqual([eur]);
  });

  it.each([
    ['a rate of 0', { ...eur, rate: 0 }, 'exchangeRates[0].rate'],
    ['a negative rate', { ...eur, rate: -11.07 }, 'exchangeRates[0].rate'],
    ['a rate for SEK', { currency: 'SEK', rate: 1, source: 'x' }, 'exchangeRates[0].currency'],
  ])('should refuse %s before writing, naming the field', async (_, rate, field) => {
    const before = await rounds(COORDINATOR).get(round.id ?? '');
    const error = await rounds(COORDINATOR)
      .update(round.id ?? '', { ...round, exchangeRates: [rate as never] }, round.etag ?? '')
      .then(
        () => undefined,
        (e: unknown) => e as Error,
      );
    expect(error?.message).toContain(field);
    expect(await rounds(COORDINATOR).get(round.id ?? '')).toEqual(before);
  });
});
