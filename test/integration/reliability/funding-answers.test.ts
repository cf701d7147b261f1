import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FundingCall } from '../../../src/domain/funding.js';
import { isForbidden } from '../../../src/graph/errors.js';
import { answerCall } from '../../../src/graph/funding.js';
import {
  createCallResponseRepository,
  createFundingCallRepository,
  createProjectRepository,
} from '../../../src/graph/repositories.js';
import type { OrganisationSites } from '../../../src/graph/sites.js';
import {
  adminSiteId,
  COORDINATOR,
  provisionSample,
  startReliabilityHarness,
  type ReliabilityHarness,
} from './harness.js';

const CONTACT = 'kontakt.utbildning@vaxjo.example';

/**
 * "We apply" under the store's "edit own items" rule on call responses: an answer the store
 * refuses must not leave a planned project behind, and the contact person's own answer still
 * links the project it created.
 */
describe('answering a call under the list policies', () => {
  let h: ReliabilityHarness;
  let sites: OrganisationSites;
  let call: FundingCall & { id: string };

  beforeAll(async () => {
    h = await startReliabilityHarness();
    sites = await provisionSample(h);
    const created = await createFundingCallRepository(
      h.clientFor(COORDINATOR),
      sites.network.siteId,
    ).create({
      title: 'Interreg Södra Östersjön, fjärde utlysningen',
      programme: 'interreg',
      url: 'https://southbaltic.eu',
      opens: '2026-01-10',
      closes: '2026-04-30',
      themes: ['grön omställning'],
      administrationIds: ['utbildning', 'omsorg'],
    });
    call = { ...created, id: created.id ?? '' };
  });
  afterAll(async () => {
    await h.close();
  });

  const projectsOf = (administrationId: string) =>
    createProjectRepository(h.clientFor(COORDINATOR), adminSiteId(sites, administrationId)).list();

  it('should link the planned project to the contact person’s own answer', async () => {
    const before = (await projectsOf('utbildning')).length;
    const { response, project } = await answerCall(h.clientFor(CONTACT), sites, {
      call,
      administrationId: 'utbildning',
      status: 'applying',
    });
    expect(project?.id).toBeDefined();
    expect(response.projectId).toBe(project?.id);
    expect(await projectsOf('utbildning')).toHaveLength(before + 1);
  });

  it('should create no project when the store refuses to change another user’s answer', async () => {
    await answerCall(h.clientFor(COORDINATOR), sites, {
      call,
      administrationId: 'omsorg',
      status: 'looking',
    });
    const before = (await projectsOf('omsorg')).length;
    const attempt = answerCall(h.clientFor('kontakt.omsorg@vaxjo.example'), sites, {
      call,
      administrationId: 'omsorg',
      status: 'applying',
    });
    await expect(attempt).rejects.toSatisfy(isForbidden);
    expect(await projectsOf('omsorg')).toHaveLength(before);
    const responses = await createCallResponseRepository(
      h.clientFor(COORDINATOR),
      sites.network.siteId,
    ).list();
    expect(responses.find((r) => r.administrationId === 'omsorg')?.status).toBe('looking');
  });
});
