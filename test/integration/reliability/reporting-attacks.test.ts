import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphBotData } from '../../../src/bot/graph-data.js';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import { buildReportModel } from '../../../src/domain/report-model';
import { completenessOf } from '../../../src/domain/reporting-status.js';
import type { GraphClient } from '../../../src/graph/client.js';
import { loadOrganisationRecords } from '../../../src/graph/load.js';
import {
  createContactPersonRepository,
  createFundingCallRepository,
  createProjectRepository,
  createReportingRoundRepository,
  createReviewDecisionRepository,
  createSubmissionRepository,
} from '../../../src/graph/repositories.js';
import type { OrganisationSites } from '../../../src/graph/sites.js';
import { createGraphReportingAccess } from '../../../src/tab/data/reporting-access.js';
import { completenessRows } from '../../../src/tab/features/reporting/submission-flow.js';
import {
  adminSiteId,
  COORDINATOR,
  expectForbidden,
  provisionSample,
  startReliabilityHarness,
  type ReliabilityHarness,
} from './harness.js';

/**
 * The reporting workflow attacked as a contact person would, with their own Graph token straight
 * to the store (DESIGN.md §3: the store is the guard). Every attack must be answered 403 by the
 * emulator exactly as SharePoint/Entra would, and afterwards the Word report's model, the bot's
 * `status` rows and the tab's completeness table must be what they were before.
 */
const YEAR = 2025;
const UTB = 'utbildning';
const KUL = 'kultur-fritid';
const ATTACKER = 'kontakt.utbildning@vaxjo.example';


describe('reporting workflow attacks, answered by the store', () => {
  let h: ReliabilityHarness;
  let sites: OrganisationSites;
  let attacker: GraphClient;
  let app: GraphClient;

  /** The three surfaces' view of the round, each through its own data path. */
  const views = async () => {
    const tab = createGraphReportingAccess({
      graphBaseUrl: h.baseUrl,
      getToken: () => h.userToken(COORDINATOR),
      organisation: defaultOrganisation,
      user: COORDINATOR,
    });
    const tabRows = completenessRows(defaultOrganisation, await tab.reporting(), YEAR).map(
      (r) => [r.administrationId, r.status, r.submission?.resultsNarrative ?? null],
    );
    const bot = createGraphBotData(app, async () => sites);
    const botReporting = await bot.reporting(YEAR);
    const botRows = completenessOf(
      defaultOrganisation.administrations,
      YEAR,
      botReporting.submissions,
      botReporting.decisions,
    ).lines.map((l) => [l.administrationId, l.status]);
    const records = await loadOrganisationRecords(app, sites, { year: YEAR });
    const model = buildReportModel({
      organisation: defaultOrganisation,
      year: YEAR,
      ...records,
      ...botReporting,
      generatedAt: '2026-03-01T00:00:00Z',
    });
    return { tabRows, botRows, model };
  };

  let before: Awaited<ReturnType<typeof views>>;
  let utbSubmission: { id: string; etag: string };
  let kulSubmission: { id: string; etag: string };

  beforeAll(async () => {
    h = await startReliabilityHarness();
    sites = await provisionSample(h);
    attacker = h.clientFor(ATTACKER);
    app = h.appClient('reporting-attacks-app');
    const submit = async (upn: string, administrationId: string, text: string) => {
      const repo = createSubmissionRepository(h.clientFor(upn), adminSiteId(sites, administrationId));
      const created = await repo.create({
        administrationId,
        year: YEAR,
        status: 'submitted',
        resultsNarrative: text,
        submittedBy: upn,
        submittedAt: '2026-02-01T09:00:00Z',
      });
      return { id: created.id ?? '', etag: created.etag ?? '', version: created.version ?? '' };
    };
    utbSubmission = await submit(ATTACKER, UTB, 'Utbildningens resultat.');
    const kul = await submit('kontakt.kultur-fritid@vaxjo.example', KUL, 'Kulturens resultat.');
    kulSubmission = kul;
    // The coordinator returns Kultur- och fritid's report: a decision naming the version judged.
    await createReviewDecisionRepository(h.clientFor(COORDINATOR), sites.network.siteId).create({
      administrationId: KUL,
      year: YEAR,
      decision: 'returned',
      comment: 'Komplettera.',
      submissionId: kul.id,
      submissionVersion: kul.version,
      decidedBy: 'Sara Lind',
      decidedAt: '2026-02-05T10:00:00Z',
    });
    before = await views();
    expect(before.botRows).toContainEqual([UTB, 'submitted']);
    expect(before.botRows).toContainEqual([KUL, 'returned']);
  }, 90_000);

  afterAll(async () => {
    await h?.close();
  });

  const decisionBy = (client: GraphClient) =>
    createReviewDecisionRepository(client, sites.network.siteId);

  it("should refuse a contact person creating a submission on another administration's site", async () => {
    await expectForbidden(
      createSubmissionRepository(attacker, adminSiteId(sites, KUL)).create({
        administrationId: KUL,
        year: YEAR,
        status: 'submitted',
        resultsNarrative: 'Skrivet av Utbildning',
      }),
    );
  });

  it("should refuse a contact person editing another administration's submission", async () => {
    const repo = createSubmissionRepository(attacker, adminSiteId(sites, KUL));
    await expectForbidden(
      repo.update(
        kulSubmission.id,
        { administrationId: KUL, year: YEAR, status: 'submitted', resultsNarrative: 'Ändrat' },
        kulSubmission.etag,
      ),
    );
  });

  it('should refuse a contact person approving their own submission with a review decision', async () => {
    await expectForbidden(
      decisionBy(attacker).create({
        administrationId: UTB,
        year: YEAR,
        decision: 'approved',
        submissionId: utbSubmission.id,
        submissionVersion: '1.0',
        decidedAt: '2026-02-02T09:00:00Z',
      }),
    );
  });

  it("should refuse a contact person returning or approving another administration's submission", async () => {
    for (const decision of ['approved', 'returned'] as const) {
      await expectForbidden(
        decisionBy(attacker).create({
          administrationId: KUL,
          year: YEAR,
          decision,
          submissionId: kulSubmission.id,
          submissionVersion: '1.0',
          decidedAt: '2026-02-06T09:00:00Z',
        }),
      );
    }
  });

  it("should refuse a contact person changing the coordinator's decision", async () => {
    const [existing] = await decisionBy(attacker).list();
    expect(existing).toBeDefined();
    if (!existing) return;
    await expectForbidden(
      decisionBy(attacker).update(
        existing.id ?? '',
        { ...existing, decision: 'approved' },
        existing.etag ?? '',
      ),
    );
  });

  it('should refuse a contact person editing the registry, a round or a call', async () => {
    const coordinator = h.clientFor(COORDINATOR);
    const network = sites.network.siteId;
    const round = await createReportingRoundRepository(coordinator, network).create({
      year: YEAR,
      deadline: '2026-02-15',
    });
    const contact = await createContactPersonRepository(coordinator, network).create({
      administrationId: UTB,
      contactUpn: ATTACKER,
    });
    const call = await createFundingCallRepository(coordinator, network).create({
      title: 'Erasmus+ KA2',
      programme: 'erasmus-plus',
      closes: '2026-03-05',
    });
    await expectForbidden(
      createReportingRoundRepository(attacker, network).update(
        round.id ?? '',
        { ...round, deadline: '2027-01-01' },
        round.etag ?? '',
      ),
    );
    await expectForbidden(
      createReportingRoundRepository(attacker, network).create({ year: 2031, deadline: '2032-02-15' }),
    );
    await expectForbidden(
      createContactPersonRepository(attacker, network).update(
        contact.id ?? '',
        { ...contact, contactUpn: 'extern.gast@vaxjo.example' },
        contact.etag ?? '',
      ),
    );
    await expectForbidden(
      createFundingCallRepository(attacker, network).update(
        call.id ?? '',
        { ...call, closes: '2030-01-01' },
        call.etag ?? '',
      ),
    );
  });

  it("should refuse a member of one administration writing another administration's projects", async () => {
    const omsorgStaff = h.clientFor('personal1.omsorg@vaxjo.example');
    const project = await createProjectRepository(attacker, adminSiteId(sites, UTB)).create({
      administrationId: UTB,
      title: 'Skolutbyte',
      kind: 'eu',
      status: 'planned',
      programme: 'erasmus-plus',
      role: 'partner',
    });
    const theirs = createProjectRepository(omsorgStaff, adminSiteId(sites, UTB));
    await expectForbidden(theirs.create({ ...project, id: undefined, etag: undefined }));
    await expectForbidden(
      theirs.update(project.id ?? '', { ...project, title: 'Kapad' }, project.etag ?? ''),
    );
  });

  it('should refuse a non-member joining a private administration group', async () => {
    const outsider = h.clientFor('extern.gast@vaxjo.example');
    const me = await outsider.get<{ id: string }>('/me');
    const groupId = sites.administrations[UTB]?.groupId ?? '';
    const group = await h.appClient('reader', ['Group.Read.All']).get<{ visibility: string }>(
      `/groups/${groupId}`,
    );
    expect(group.visibility).toBe('Private');
    await expectForbidden(
      outsider.post(`/groups/${groupId}/members/$ref`, {
        '@odata.id': `${h.baseUrl}/directoryObjects/${me.id}`,
      }),
    );
    // A contact person (a member of another administration) cannot join either.
    const mine = await attacker.get<{ id: string }>('/me');
    await expectForbidden(
      attacker.post(`/groups/${sites.administrations[KUL]?.groupId ?? ''}/members/$ref`, {
        '@odata.id': `${h.baseUrl}/directoryObjects/${mine.id}`,
      }),
    );
  });

  it("should keep a submission claiming another administration on one's own site out of that administration's report", async () => {
    // The store lets a member write their own site (SharePoint has no rule on a column's value),
    // so the one data path credits an item to the site it is on and leaves the false claim out.
    const own = createSubmissionRepository(attacker, adminSiteId(sites, UTB));
    const forged = await own.create({
      administrationId: KUL,
      year: YEAR,
      status: 'submitted',
      resultsNarrative: 'Falsk text i Kulturs kapitel',
      submittedAt: '2026-03-01T09:00:00Z',
    });
    expect(forged.id).toBeDefined();
    const after = await views();
    expect(after.tabRows).toEqual(before.tabRows);
    expect(after.botRows).toEqual(before.botRows);
    expect(JSON.stringify(after.model)).not.toContain('Falsk text');
    await own.remove(forged.id ?? '', forged.etag ?? '');
  });

  it('should ignore a decision naming a version of the submission that does not exist', async () => {
    // Only the coordinator can write one (the store refuses everyone else, above); SharePoint
    // cannot check a reference across lists, so the status function treats it as judging nothing.
    const coordinator = decisionBy(h.clientFor(COORDINATOR));
    const ghost = await coordinator.create({
      administrationId: UTB,
      year: YEAR,
      decision: 'approved',
      submissionId: utbSubmission.id,
      submissionVersion: '99.0',
      decidedAt: '2026-02-09T09:00:00Z',
    });
    const gone = await coordinator.create({
      administrationId: UTB,
      year: YEAR,
      decision: 'approved',
      submissionId: '999999',
      submissionVersion: '1.0',
      decidedAt: '2026-02-09T09:00:00Z',
    });
    const after = await views();
    expect(after.botRows).toContainEqual([UTB, 'submitted']);
    expect(after.tabRows).toEqual(before.tabRows);
    await coordinator.remove(ghost.id ?? '', ghost.etag ?? '');
    await coordinator.remove(gone.id ?? '', gone.etag ?? '');
  });

  it("should give read on an administration's site to the network and the board's readers, not to others", async () => {
    const site = adminSiteId(sites, UTB);
    const read = (upn: string) => createSubmissionRepository(h.clientFor(upn), site).list();
    await expect(read('kontakt.omsorg@vaxjo.example')).resolves.not.toHaveLength(0);
    await expect(read('ks.ledamot@vaxjo.example')).resolves.not.toHaveLength(0);
    await expectForbidden(read('extern.gast@vaxjo.example'));
    await expectForbidden(read('personal1.omsorg@vaxjo.example'));
    // Read is read: a network member outside the administration writes nothing there.
    await expectForbidden(
      createSubmissionRepository(h.clientFor('kontakt.omsorg@vaxjo.example'), site).create({
        administrationId: UTB,
        year: YEAR,
      }),
    );
  });

  it('should leave the report model, the bot status and the tab completeness unchanged', async () => {
    const after = await views();
    expect(after.tabRows).toEqual(before.tabRows);
    expect(after.botRows).toEqual(before.botRows);
    expect(after.model).toEqual(before.model);
  });
});
