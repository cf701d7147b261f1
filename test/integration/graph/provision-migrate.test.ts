import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import { completenessOf } from '../../../src/domain/reporting-status.js';
import type { LegacySubmission } from '../../../src/domain/records.js';
import { legacySubmissionsList } from '../../../src/graph/lists/definitions.js';
import { listBody, provision } from '../../../src/graph/provisioning/provision.js';
import { sampleMembership } from '../../../src/graph/provisioning/sample-directory.js';
import { loadReporting } from '../../../src/graph/reporting.js';
import { createLegacySubmissionRepository } from '../../../src/graph/repositories.js';
import { resolveSites, type OrganisationSites } from '../../../src/graph/sites.js';
import { COORDINATOR, startHarness, type Harness } from './harness.js';

/**
 * The upgrade of an installation made by the previous version: public administration groups and
 * every yearly report in the network list "Årsrapporter" (status and review in one item).
 * `provision` must move each item to its administration's site, turn the reviews into decisions,
 * close the groups, lose nothing, and change nothing on a second run.
 */
const YEAR = 2025;
const OLD: Array<Partial<LegacySubmission> & { administrationId: string }> = [
  {
    administrationId: 'utbildning',
    status: 'approved',
    resultsNarrative: 'Godkänd text',
    submittedBy: 'Maria Johansson',
    submittedAt: '2026-02-01T09:00:00Z',
    reviewedBy: 'Sara Lind',
    reviewedAt: '2026-02-10T14:00:00Z',
    snapshot: '{"frozen":true}',
  },
  {
    administrationId: 'omsorg',
    status: 'returned',
    resultsNarrative: 'Återsänd text',
    submittedAt: '2026-02-02T09:00:00Z',
    reviewedBy: 'Sara Lind',
    reviewedAt: '2026-02-11T14:00:00Z',
    reviewComment: 'Komplettera.',
  },
  { administrationId: 'kultur-fritid', status: 'submitted', resultsNarrative: 'Inlämnad' },
  { administrationId: 'vidingehem', status: 'draft', otherWorkNarrative: 'Utkast' },
  // A reorganised-away administration: kept where it is, reported, never dropped.
  { administrationId: 'gatukontoret', status: 'submitted', resultsNarrative: 'Gammal' },
];

describe('provision: upgrade of the reporting workflow', () => {
  let h: Harness;
  let sites: OrganisationSites;
  let second: Awaited<ReturnType<typeof provision>>;
  const client = () => h.clientFor(COORDINATOR);

  beforeAll(async () => {
    h = await startHarness();
    const c = client();
    await provision(c, defaultOrganisation, {
      membership: sampleMembership(defaultOrganisation),
      sitePollMs: 10,
    });
    sites = await resolveSites(c, defaultOrganisation);
    // Make it look like the previous version's: public groups and the old network list.
    for (const site of Object.values(sites.administrations)) {
      await c.patch(`/groups/${site.groupId}`, { visibility: 'Public' });
    }
    await c.post(`/sites/${sites.network.siteId}/lists`, listBody(legacySubmissionsList));
    await createLegacySubmissionRepository(c, sites.network.siteId).createMany(
      OLD.map((o) => ({ year: YEAR, ...o })),
    );
    second = await provision(c, defaultOrganisation, {
      membership: sampleMembership(defaultOrganisation),
    });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('should move every known administration’s report to its own site with the same text', async () => {
    const { submissions } = await loadReporting(client(), sites, { year: YEAR });
    const byAdmin = new Map(submissions.map((s) => [s.administrationId, s]));
    expect([...byAdmin.keys()].sort()).toEqual(['kultur-fritid', 'omsorg', 'utbildning', 'vidingehem']);
    expect(byAdmin.get('utbildning')).toMatchObject({
      status: 'submitted',
      resultsNarrative: 'Godkänd text',
      submittedBy: 'Maria Johansson',
      snapshot: '{"frozen":true}',
      legacyId: expect.any(String),
    });
    expect(byAdmin.get('vidingehem')).toMatchObject({ status: 'draft', otherWorkNarrative: 'Utkast' });
  });

  it('should keep each status as it was, the reviews now as decisions', async () => {
    const { submissions, decisions } = await loadReporting(client(), sites, { year: YEAR });
    expect(decisions).toHaveLength(2);
    expect(decisions.find((d) => d.administrationId === 'omsorg')).toMatchObject({
      decision: 'returned',
      comment: 'Komplettera.',
      decidedBy: 'Sara Lind',
      decidedAt: '2026-02-11T14:00:00Z',
    });
    const status = Object.fromEntries(
      completenessOf(defaultOrganisation.administrations, YEAR, submissions, decisions).lines.map(
        (l) => [l.administrationId, l.status],
      ),
    );
    expect(status).toMatchObject({
      utbildning: 'approved',
      omsorg: 'returned',
      'kultur-fritid': 'submitted',
      vidingehem: 'draft',
      kommunledning: 'missing',
    });
  });

  it('should keep the old list and all its items, the unknown administration reported', async () => {
    const old = await createLegacySubmissionRepository(client(), sites.network.siteId).list();
    expect(old).toHaveLength(OLD.length);
    expect(second.found.some((l) => l.includes('"gatukontoret" kept in place'))).toBe(true);
  });

  it('should make the administration groups private', async () => {
    const groups = await client().get<{ value: { mailNickname: string; visibility: string }[] }>(
      '/groups',
    );
    const admins = groups.value.filter((g) => g.mailNickname !== 'ia-natverket');
    expect(admins.map((g) => g.visibility)).toEqual(admins.map(() => 'Private'));
    expect(second.created).toContain(
      'Private visibility of group ia-utbildning (Internationellt arbete – Utbildningsförvaltningen)',
    );
  });

  it('should change nothing on a further run', async () => {
    const third = await provision(client(), defaultOrganisation, {
      membership: sampleMembership(defaultOrganisation),
    });
    expect(third.created).toEqual([]);
    const { submissions, decisions } = await loadReporting(client(), sites, { year: YEAR });
    expect(submissions).toHaveLength(4);
    expect(decisions).toHaveLength(2);
  });
});
