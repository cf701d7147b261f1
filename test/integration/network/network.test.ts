import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import {
  NETWORK_CHANNEL_NAME,
  WORKING_GROUP_CHANNELS,
  ensureNetworkTeam,
  syncNetworkMembers,
} from '../../../src/graph/network.js';
import { createContactPersonRepository } from '../../../src/graph/repositories.js';
import { seedSampleData } from '../../../src/graph/provisioning/seed.js';
import type { OrganisationSites } from '../../../src/graph/sites.js';
import { COORDINATOR, startProvisioned, type Harness } from '../graph/harness.js';

const org = defaultOrganisation;
const FAST = { pollIntervalMs: 1, maxPolls: 50 };
/** The administration the sample data leaves without a contact person. */
const WITHOUT_CONTACT = org.administrations[org.administrations.length - 1]?.id ?? '';
const UNKNOWN_UPN = 'finns.inte@vaxjo.example';

interface Member {
  userId: string;
  email?: string;
  roles: string[];
}

describe('network Team and member sync', () => {
  let h: Harness;
  let sites: OrganisationSites;
  const coordinator = () => h.clientFor(COORDINATOR);
  const channelMembers = async (teamId: string, channelId: string) =>
    (await coordinator().get<{ value: Member[] }>(`/teams/${teamId}/channels/${channelId}/members`))
      .value;
  const registry = () => createContactPersonRepository(coordinator(), sites.network.siteId);

  /** The Team made by provisioning's network step, with the registry's people added. */
  const teamWithMembers = async () => {
    await ensureNetworkTeam(coordinator(), org, sites, FAST);
    return syncNetworkMembers(coordinator(), org, sites);
  };

  // Each test starts from a freshly provisioned and seeded tenant and makes what it needs itself,
  // so any one of them can run alone or in any order.
  beforeEach(async () => {
    ({ h, sites } = await startProvisioned());
    await seedSampleData(coordinator(), org, sites);
  });
  afterEach(async () => {
    await h.close();
  });

  it('should create the Team, the shared channel and the working groups, polling the async operations', async () => {
    const team = await ensureNetworkTeam(coordinator(), org, sites, FAST);
    expect(team.created).toEqual([
      `team ${org.network.name}`,
      `shared channel ${NETWORK_CHANNEL_NAME}`,
      ...WORKING_GROUP_CHANNELS.map((c) => `channel ${c}`),
    ]);
  });

  it('should create the shared channel with the coordinator as its one owner', async () => {
    const team = await ensureNetworkTeam(coordinator(), org, sites, FAST);
    const owners = (await channelMembers(team.teamId, team.channel.id)).filter((m) =>
      m.roles.includes('owner'),
    );
    expect(owners.map((m) => m.email)).toEqual([COORDINATOR]);
  });

  it('should find everything and create nothing the second time', async () => {
    await ensureNetworkTeam(coordinator(), org, sites, FAST);
    const team = await ensureNetworkTeam(coordinator(), org, sites, FAST);
    expect(team.created).toEqual([]);
  });

  it('should plan every contact person and deputy of the registry without writing on a dry run', async () => {
    await ensureNetworkTeam(coordinator(), org, sites, FAST);
    const result = await syncNetworkMembers(coordinator(), org, sites, { dryRun: true });
    const members = await channelMembers(result.plan.teamId, result.plan.channelId);
    expect([
      result.applied,
      result.plan.toAdd.length,
      result.added.length,
      members.map((m) => m.email),
    ]).toEqual([false, 2 * (org.administrations.length - 1), 0, [COORDINATOR]]);
  });

  it('should add the contact persons and deputies in bulk', async () => {
    const result = await teamWithMembers();
    const members = await channelMembers(result.plan.teamId, result.plan.channelId);
    expect(members.map((m) => m.email).sort()).toEqual(
      [COORDINATOR, ...result.plan.toAdd.map((w) => w.upn)].sort(),
    );
  });

  it('should add and remove nothing on a second sync', async () => {
    await teamWithMembers();
    const result = await syncNetworkMembers(coordinator(), org, sites, { remove: true });
    expect([result.plan.toAdd, result.plan.toRemove, result.failed]).toEqual([[], [], []]);
  });

  it('should name a registry entry whose user is not in the directory as not added (207)', async () => {
    await ensureNetworkTeam(coordinator(), org, sites, FAST);
    await registry().create({
      administrationId: WITHOUT_CONTACT,
      contactUpn: UNKNOWN_UPN,
      contactName: 'Okänd Person',
    });
    const result = await syncNetworkMembers(coordinator(), org, sites);
    expect(result.failed.map((f) => [f.upn, f.name])).toEqual([[UNKNOWN_UPN, 'Okänd Person']]);
  });

  it('should keep a former contact person in the channel until removal is confirmed', async () => {
    await teamWithMembers();
    const repo = registry();
    const entry = (await repo.list()).find((c) => c.administrationId === 'omsorg');
    await repo.remove(entry?.id ?? '', entry?.etag ?? '');
    const result = await syncNetworkMembers(coordinator(), org, sites);
    expect([result.plan.toRemove.map((m) => m.email).sort(), result.removed]).toEqual([
      ['kontakt.omsorg@vaxjo.example', 'personal1.omsorg@vaxjo.example'],
      [],
    ]);
  });

  it('should remove a former contact person from the channel when removal is confirmed', async () => {
    await teamWithMembers();
    const repo = registry();
    const entry = (await repo.list()).find((c) => c.administrationId === 'omsorg');
    await repo.remove(entry?.id ?? '', entry?.etag ?? '');
    const result = await syncNetworkMembers(coordinator(), org, sites, { remove: true });
    const emails = (await channelMembers(result.plan.teamId, result.plan.channelId)).map(
      (m) => m.email,
    );
    expect(emails).not.toContain('kontakt.omsorg@vaxjo.example');
  });

  it("should let the coordinator find the Team, its channels and the shared channel's members", async () => {
    await teamWithMembers();
    const client = coordinator();
    const teams = await client.get<{ value: { id: string; displayName: string }[] }>(
      '/me/joinedTeams',
    );
    const team = teams.value.find((t) => t.id === sites.network.groupId);
    const channels = await client.get<{
      value: { id: string; displayName: string; membershipType: string }[];
    }>(`/teams/${team?.id ?? 'none'}/channels`);
    const shared = channels.value.find((c) => c.membershipType === 'shared');
    const members = await channelMembers(team?.id ?? '', shared?.id ?? '');
    expect({
      channels: channels.value.map((c) => c.displayName).sort(),
      hasContact: members.some((m) => m.email === 'kontakt.utbildning@vaxjo.example'),
    }).toEqual({
      channels: ['General', NETWORK_CHANNEL_NAME, ...WORKING_GROUP_CHANNELS].sort(),
      hasContact: true,
    });
  });
});
