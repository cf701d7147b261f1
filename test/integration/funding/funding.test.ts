import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import {
  isClosingSoon,
  openCalls,
  type FundingCall,
  type FundingCallInput,
} from '../../../src/domain/funding.js';
import { buildReportModel } from '../../../src/domain/report-model';
import { answerCall, loadDevelopmentInitiatives } from '../../../src/graph/funding.js';
import { InvalidRecordError } from '../../../src/graph/repositories.js';
import {
  createCallResponseRepository,
  createDevelopmentInitiativeRepository,
  createFundingCallRepository,
  createProjectRepository,
} from '../../../src/graph/repositories.js';
import { seedSampleData } from '../../../src/graph/provisioning/seed.js';
import type { OrganisationSites } from '../../../src/graph/sites.js';
import { COORDINATOR, startProvisioned, type Harness } from '../graph/harness.js';

const CONTACT = 'kontakt.utbildning@vaxjo.example';

const callInput = (over: Partial<FundingCallInput> = {}): FundingCallInput => ({
  title: 'Erasmus+ KA220 Samarbetspartnerskap inom skola',
  programme: 'erasmus-plus',
  programmeDetail: 'Erasmus+ KA2',
  url: 'https://www.utbyten.se/program/erasmus-plus',
  opens: '2026-01-15',
  closes: '2026-03-20',
  themes: ['skola', 'inkludering'],
  administrationIds: ['utbildning'],
  coFinancingRate: 100,
  ...over,
});

describe('funding calls against the emulator', () => {
  let h: Harness;
  let sites: OrganisationSites;
  let call: FundingCall & { id: string };
  const networkSite = () => sites.network.siteId;
  const utbildningSite = () => sites.administrations.utbildning?.siteId ?? '';

  beforeAll(async () => {
    ({ h, sites } = await startProvisioned());
    const created = await createFundingCallRepository(
      h.clientFor(COORDINATOR),
      networkSite(),
    ).create(callInput());
    call = { ...created, id: created.id ?? '' };
  });
  afterAll(async () => {
    await h.close();
  });

  it('should read a created call back with its themes and administrations', async () => {
    const stored = await createFundingCallRepository(h.clientFor(CONTACT), networkSite()).get(
      call.id,
    );
    expect(stored).toMatchObject({
      themes: ['skola', 'inkludering'],
      administrationIds: ['utbildning'],
      closes: '2026-03-20',
    });
  });

  it('should refuse a call whose closing date is before its opening date, naming the field', async () => {
    const write = createFundingCallRepository(h.clientFor(COORDINATOR), networkSite()).create(
      callInput({ opens: '2026-05-01', closes: '2026-04-01' }),
    );
    await expect(write).rejects.toThrow(InvalidRecordError);
    await expect(write).rejects.toThrow(/closes/);
  });

  it('should store an administration answering "we are looking at it"', async () => {
    const { response, project } = await answerCall(h.clientFor(CONTACT), sites, {
      call,
      administrationId: 'omsorg',
      status: 'looking',
    });
    expect(response).toMatchObject({
      callId: call.id,
      administrationId: 'omsorg',
      status: 'looking',
    });
    expect(project).toBeUndefined();
  });

  it('should create a planned project linked to the call when the administration applies', async () => {
    const { response, project } = await answerCall(h.clientFor(CONTACT), sites, {
      call,
      administrationId: 'utbildning',
      status: 'applying',
      respondedBy: CONTACT,
    });
    const stored = await createProjectRepository(h.clientFor(CONTACT), utbildningSite()).get(
      project?.id ?? '',
    );
    expect(stored).toMatchObject({ status: 'planned', callId: call.id, programme: 'erasmus-plus' });
    expect(response.projectId).toBe(project?.id);
  });

  it('should update the earlier response instead of adding a second one', async () => {
    await answerCall(h.clientFor(CONTACT), sites, {
      call,
      administrationId: 'kultur-fritid',
      status: 'looking',
    });
    await answerCall(h.clientFor(CONTACT), sites, {
      call,
      administrationId: 'kultur-fritid',
      status: 'not-relevant',
      reason: 'Vi har inga skolor.',
    });
    const all = await createCallResponseRepository(h.clientFor(CONTACT), networkSite()).list();
    const ours = all.filter((r) => r.administrationId === 'kultur-fritid');
    expect(ours.map((r) => [r.status, r.reason])).toEqual([
      ['not-relevant', 'Vi har inga skolor.'],
    ]);
  });

  it('should refuse "not relevant" without a reason, naming the field', async () => {
    const answer = answerCall(h.clientFor(CONTACT), sites, {
      call,
      administrationId: 'miljo-halsa',
      status: 'not-relevant',
    });
    await expect(answer).rejects.toThrow(/reason/);
  });

  it('should flag a stored call closing within 30 days as closing soon', async () => {
    const stored = await createFundingCallRepository(h.clientFor(CONTACT), networkSite()).list();
    expect(stored.filter((c) => isClosingSoon(c, '2026-03-01')).map((c) => c.id)).toEqual([
      call.id,
    ]);
  });

  it('should refuse a reader outside the network reading the calls', async () => {
    const read = createFundingCallRepository(
      h.clientFor('extern.gast@vaxjo.example'),
      networkSite(),
    ).list();
    await expect(read).rejects.toMatchObject({ status: 403 });
  });

  it('should give the considered share from initiatives stored on the sites', async () => {
    const client = h.clientFor(COORDINATOR);
    await createDevelopmentInitiativeRepository(client, utbildningSite()).createMany([
      {
        administrationId: 'utbildning',
        title: 'Digitala läromedel',
        year: 2025,
        fundingConsidered: true,
        fundingOutcome: 'applied',
      },
      { administrationId: 'utbildning', title: 'Vägledning', year: 2025, fundingConsidered: false },
    ]);
    const { initiatives } = await loadDevelopmentInitiatives(client, sites, { year: 2025 });
    const model = buildReportModel({
      organisation: defaultOrganisation,
      year: 2025,
      projects: [],
      activities: [],
      submissions: [],
      initiatives,
      generatedAt: '2026-01-15T08:00:00Z',
    });
    expect(model.keyFigures.fundingConsidered).toMatchObject({
      initiatives: 2,
      considered: 1,
      share: 0.5,
    });
  });
});

describe('funding sample data against the emulator', () => {
  let h: Harness;
  let sites: OrganisationSites;
  beforeAll(async () => {
    ({ h, sites } = await startProvisioned());
    await seedSampleData(h.clientFor(COORDINATOR), defaultOrganisation, sites, {
      years: [2025, 2026],
      today: '2026-03-01',
    });
  });
  afterAll(async () => {
    await h.close();
  });

  it('should seed open calls of which some close within 30 days', async () => {
    const calls = await createFundingCallRepository(
      h.clientFor(COORDINATOR),
      sites.network.siteId,
    ).list();
    const open = openCalls(calls, '2026-03-01');
    expect(open).toHaveLength(5);
    expect(open.filter((c) => isClosingSoon(c, '2026-03-01')).map((c) => c.programme)).toEqual([
      'interreg',
      'esf-plus',
    ]);
  });

  it('should seed a project marked as a good example', async () => {
    const projects = await createProjectRepository(
      h.clientFor(COORDINATOR),
      sites.administrations.kommunledning?.siteId ?? '',
    ).list();
    expect(projects.filter((p) => p.goodExample).map((p) => p.title)).toEqual([
      'Gröna städer i Södra Östersjön',
    ]);
  });

  it('should skip a site the reader may not read and one that does not exist', async () => {
    // The private network site stands in for an unreadable administration site.
    const withExtra = {
      administrations: {
        ...sites.administrations,
        hidden: sites.network,
        gone: { groupId: 'gone', siteId: 'no-such-site' },
      },
    };
    // The board's reader: every administration site by its read grant, not the network's.
    const outsider = await loadDevelopmentInitiatives(
      h.clientFor('ks.ledamot@vaxjo.example'),
      withExtra,
      { year: 2025 },
    );
    const coordinator = await loadDevelopmentInitiatives(h.clientFor(COORDINATOR), sites, {
      year: 2025,
    });
    expect(outsider.initiatives.length).toBeGreaterThan(0);
    expect(outsider.initiatives).toEqual(coordinator.initiatives);
  });
});
