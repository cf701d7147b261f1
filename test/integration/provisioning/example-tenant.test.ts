import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { mailNicknameOf, parseOrganisationConfig } from '../../../src/domain/index.js';

const examplePath = 'src/domain/organisations/example-tenant.json';

describe('example tenant mapping (src/domain/organisations/example-tenant.json)', () => {
  it('should parse to the tenant, network and administrations a new municipality starts from', async () => {
    const organisation = parseOrganisationConfig(await readFile(examplePath, 'utf8'));
    expect({
      id: organisation.id,
      tenantHost: organisation.tenantHost,
      network: organisation.network,
      administrations: organisation.administrations.map((a) => [a.id, a.kind, mailNicknameOf(a)]),
      mandatePeriods: organisation.mandatePeriods.map((p) => `${p.start}-${p.end}`),
    }).toEqual({
      id: 'example-tenant',
      tenantHost: 'exempelkommun.sharepoint.com',
      network: {
        name: 'Nätverket för internationella frågor',
        mailNickname: 'ia-natverket',
        groupId: '2b7f0c1e-4d5a-4e8b-9c3f-6a1d2e3f4b50',
      },
      administrations: [
        ['kommunledning', 'forvaltning', 'ia-kommunledning'],
        ['utbildning', 'forvaltning', 'ia-utbildning'],
        ['omsorg', 'forvaltning', 'ia-omsorg'],
        ['arbete-valfard', 'forvaltning', 'ia-arbete-valfard'],
        ['kultur-fritid', 'forvaltning', 'ia-kultur-fritid'],
        ['samhallsbyggnad', 'forvaltning', 'ia-samhallsbyggnad'],
        ['miljo-halsa', 'forvaltning', 'ia-miljo-halsa'],
        ['vaxjo-energi', 'bolag', 'energibolaget-internationellt'],
        ['vidingehem', 'bolag', 'ia-vidingehem'],
        ['vaxjo-kommunforetag', 'bolag', 'ia-vaxjo-kommunforetag'],
      ],
      mandatePeriods: ['2015-2018', '2019-2022', '2023-2026', '2027-2030'],
    });
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
