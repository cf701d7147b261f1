import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACT, COORDINATOR, OUTSIDER, STAFF, createGroupWithSite, startHarness, userId, type Answer, type Harness, type Json } from './harness.js';

const TEMPLATE = "https://graph.microsoft.com/v1.0/teamsTemplates('standard')";
const userBind = (id: string) => `https://graph.microsoft.com/v1.0/users('${id}')`;
const member = (id: string, owner = false) => ({
  '@odata.type': '#microsoft.graph.aadUserConversationMember',
  roles: owner ? ['owner'] : [],
  'user@odata.bind': userBind(id),
});

describe('emulator Teams', () => {
  let h: Harness;
  let coordinator: string;
  let ids: { coordinator: string; contact: string; staff: string; outsider: string };
  let teamId: string;
  beforeAll(async () => {
    h = await startHarness();
    coordinator = await h.userToken(COORDINATOR);
    ids = {
      coordinator: await userId(h, COORDINATOR),
      contact: await userId(h, CONTACT),
      staff: await userId(h, STAFF),
      outsider: await userId(h, OUTSIDER),
    };
  });
  afterAll(() => h.emu.close());

  /** Follows the Location header of a 202 until the operation succeeds. */
  async function waitFor(res: Answer, token = coordinator): Promise<Json[]> {
    const statuses: Json[] = [];
    const location = res.headers.get('location') as string;
    for (let i = 0; i < 5; i += 1) {
      const op = await h.call(token, 'GET', location);
      statuses.push(op.body.status);
      if (op.body.status === 'succeeded') break;
    }
    return statuses;
  }

  describe('teams', () => {
    it('should create a team from a group: 202 with Location and Content-Location', async () => {
      const { groupId } = await createGroupWithSite(h, coordinator, 'natverket', 'Private', [ids.contact]);
      const res = await h.call(coordinator, 'POST', '/teams', { 'template@odata.bind': TEMPLATE, 'group@odata.bind': `https://graph.microsoft.com/v1.0/groups('${groupId}')` });
      expect(res.status).toBe(202);
      expect(res.headers.get('content-location')).toBe(`/teams('${groupId}')`);
      expect(res.headers.get('location')).toMatch(new RegExp(`^/teams\\('${groupId}'\\)/operations\\('[0-9a-f-]{36}'\\)$`));
      teamId = groupId;
      expect((await h.call(coordinator, 'GET', `/teams/${teamId}`)).status).toBe(404);
      expect(await waitFor(res)).toEqual(['inProgress', 'succeeded']);
      const team = await h.call(coordinator, 'GET', `/teams/${teamId}`);
      expect(team.status).toBe(200);
      expect(team.body).toMatchObject({ id: teamId, displayName: 'natverket', visibility: 'private', isArchived: false });
      const group = await h.call(coordinator, 'GET', `/groups/${teamId}`);
      expect(group.body.resourceProvisioningOptions).toEqual(['Team']);
    });

    it('should refuse a second team for the same group (409)', async () => {
      const res = await h.call(coordinator, 'POST', '/teams', { 'template@odata.bind': TEMPLATE, 'group@odata.bind': `https://graph.microsoft.com/v1.0/groups('${teamId}')` });
      expect(res.status).toBe(409);
    });

    it('should refuse an unknown template (400)', async () => {
      const res = await h.call(coordinator, 'POST', '/teams', { 'template@odata.bind': "https://graph.microsoft.com/v1.0/teamsTemplates('nope')", displayName: 'x' });
      expect(res.status).toBe(400);
    });

    it('should create a team with displayName and members using app permissions (owner required)', async () => {
      const app = await h.appToken();
      const none = await h.call(app, 'POST', '/teams', { 'template@odata.bind': TEMPLATE, displayName: 'Utan ägare' });
      expect(none.status).toBe(400);
      const res = await h.call(app, 'POST', '/teams', { 'template@odata.bind': TEMPLATE, displayName: 'Projektgrupp EU', members: [member(ids.staff, true)] });
      expect(res.status).toBe(202);
      await waitFor(res, app);
      const id = /teams\('([^']+)'\)/.exec(res.headers.get('content-location') ?? '')?.[1];
      const members = await h.call(app, 'GET', `/teams/${id}/members`);
      expect(members.body.value).toEqual([expect.objectContaining({ userId: ids.staff, roles: ['owner'], '@odata.type': '#microsoft.graph.aadUserConversationMember' })]);
      expect((await h.call(app, 'GET', `/groups/${id}/sites/root`)).status).toBe(200);
    });

    it('should list joined teams for me and for a user', async () => {
      const mine = await h.call(coordinator, 'GET', '/me/joinedTeams');
      expect(mine.body.value.map((t: Json) => t.id)).toEqual([teamId]);
      const contact = await h.call(await h.appToken(), 'GET', `/users/${ids.contact}/joinedTeams`);
      expect(contact.body.value.map((t: Json) => t.id)).toEqual([teamId]);
    });

    it('should answer 403 to a user outside the team', async () => {
      expect((await h.call(await h.userToken(OUTSIDER), 'GET', `/teams/${teamId}`)).status).toBe(403);
    });
  });

  describe('team members', () => {
    it('should list the members with their roles', async () => {
      const res = await h.call(coordinator, 'GET', `/teams/${teamId}/members`);
      const roles = Object.fromEntries(res.body.value.map((m: Json) => [m.userId, m.roles]));
      expect(roles).toEqual({ [ids.coordinator]: ['owner'], [ids.contact]: [] });
    });

    it('should add a member (201) and refuse a duplicate (409)', async () => {
      const res = await h.call(coordinator, 'POST', `/teams/${teamId}/members`, member(ids.staff));
      expect(res.status).toBe(201);
      expect(res.body.userId).toBe(ids.staff);
      expect((await h.call(coordinator, 'POST', `/teams/${teamId}/members`, member(ids.staff))).status).toBe(409);
    });

    it('should bulk add with per-member results: 200 when all succeed', async () => {
      const res = await h.call(coordinator, 'POST', `/teams/${teamId}/members/add`, { values: [member(ids.outsider), member(ids.staff)] });
      expect(res.status).toBe(200);
      expect(res.body.value.map((r: Json) => r.error)).toEqual([null, null]);
    });

    it('should answer 207 with an error for an unknown user in a bulk add', async () => {
      const res = await h.call(coordinator, 'POST', `/teams/${teamId}/members/add`, {
        values: [member(ids.contact), member('00000000-0000-0000-0000-000000000000')],
      });
      expect(res.status).toBe(207);
      expect(res.body.value[0].error).toBeNull();
      expect(res.body.value[1]).toMatchObject({ userId: '00000000-0000-0000-0000-000000000000', error: { code: 'Request_ResourceNotFound' } });
    });

    it('should remove a member (204)', async () => {
      const list = await h.call(coordinator, 'GET', `/teams/${teamId}/members`);
      const outsider = list.body.value.find((m: Json) => m.userId === ids.outsider);
      expect((await h.call(coordinator, 'DELETE', `/teams/${teamId}/members/${outsider.id}`)).status).toBe(204);
      const after = await h.call(coordinator, 'GET', `/teams/${teamId}/members`);
      expect(after.body.value.some((m: Json) => m.userId === ids.outsider)).toBe(false);
    });

    it('should refuse member changes by a non-owner (403)', async () => {
      const res = await h.call(await h.userToken(CONTACT), 'POST', `/teams/${teamId}/members`, member(ids.outsider));
      expect(res.status).toBe(403);
    });
  });

  describe('channels', () => {
    let privateId: string;
    let sharedId: string;

    it('should have a General channel', async () => {
      const res = await h.call(coordinator, 'GET', `/teams/${teamId}/channels`);
      expect(res.body.value.map((c: Json) => [c.displayName, c.membershipType])).toEqual([['General', 'standard']]);
      expect(res.body.value[0].id).toMatch(/^19:[0-9a-f]{32}@thread\.tacv2$/);
    });

    it('should create a standard channel (201)', async () => {
      const res = await h.call(coordinator, 'POST', `/teams/${teamId}/channels`, { displayName: 'Rapportering', description: 'Årsrapporter' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ displayName: 'Rapportering', membershipType: 'standard' });
      expect((await h.call(coordinator, 'GET', `/teams/${teamId}/channels/${res.body.id}`)).body.displayName).toBe('Rapportering');
    });

    it('should refuse a duplicate channel name (400)', async () => {
      expect((await h.call(coordinator, 'POST', `/teams/${teamId}/channels`, { displayName: 'Rapportering' })).status).toBe(400);
    });

    it('should require exactly one owner for a private channel', async () => {
      const none = await h.call(coordinator, 'POST', `/teams/${teamId}/channels`, { displayName: 'Privat', membershipType: 'private', members: [member(ids.contact)] });
      expect(none.status).toBe(400);
      const res = await h.call(coordinator, 'POST', `/teams/${teamId}/channels`, {
        displayName: 'Privat',
        membershipType: 'private',
        members: [member(ids.coordinator, true), member(ids.contact)],
      });
      expect(res.status).toBe(201);
      privateId = res.body.id;
    });

    it('should create a shared channel asynchronously (202 + operation)', async () => {
      const res = await h.call(coordinator, 'POST', `/teams/${teamId}/channels`, {
        displayName: 'Internationella nätverket',
        membershipType: 'shared',
        members: [member(ids.coordinator, true)],
      });
      expect(res.status).toBe(202);
      sharedId = /channels\('([^']+)'\)/.exec(res.headers.get('content-location') ?? '')?.[1] as string;
      expect(await waitFor(res)).toEqual(['inProgress', 'succeeded']);
      expect((await h.call(coordinator, 'GET', `/teams/${teamId}/channels/${sharedId}`)).body.membershipType).toBe('shared');
    });

    it('should hide a private channel from team members outside it', async () => {
      const staff = await h.userToken(STAFF);
      const res = await h.call(staff, 'GET', `/teams/${teamId}/channels`);
      expect(res.body.value.map((c: Json) => c.displayName)).not.toContain('Privat');
      expect((await h.call(staff, 'GET', `/teams/${teamId}/channels/${privateId}`)).status).toBe(403);
    });

    it('should list, add and remove members of a shared channel', async () => {
      const add = await h.call(coordinator, 'POST', `/teams/${teamId}/channels/${sharedId}/members`, member(ids.outsider));
      expect(add.status).toBe(201);
      const bulk = await h.call(coordinator, 'POST', `/teams/${teamId}/channels/${sharedId}/members/add`, { values: [member(ids.contact), member(ids.outsider)] });
      expect(bulk.status).toBe(200);
      const list = await h.call(coordinator, 'GET', `/teams/${teamId}/channels/${sharedId}/members`);
      expect(list.body.value.map((m: Json) => m.userId).sort()).toEqual([ids.coordinator, ids.outsider, ids.contact].sort());
      expect((await h.call(coordinator, 'DELETE', `/teams/${teamId}/channels/${sharedId}/members/${add.body.id}`)).status).toBe(204);
      const owner = list.body.value.find((m: Json) => m.userId === ids.coordinator);
      expect((await h.call(coordinator, 'DELETE', `/teams/${teamId}/channels/${sharedId}/members/${owner.id}`)).status).toBe(400);
    });

    it('should refuse adding members to a standard channel (400)', async () => {
      const general = (await h.call(coordinator, 'GET', `/teams/${teamId}/channels`)).body.value[0];
      expect((await h.call(coordinator, 'POST', `/teams/${teamId}/channels/${general.id}/members`, member(ids.staff))).status).toBe(400);
      expect((await h.call(coordinator, 'GET', `/teams/${teamId}/channels/${general.id}/members`)).body.value.length).toBeGreaterThan(1);
    });

    it("should give a shared channel its own site and drive as filesFolder", async () => {
      const res = await h.call(coordinator, 'GET', `/teams/${teamId}/channels/${sharedId}/filesFolder`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ name: 'Internationella nätverket', folder: {} });
      const teamDrive = await h.call(coordinator, 'GET', `/groups/${teamId}/drive`);
      expect(res.body.parentReference.driveId).not.toBe(teamDrive.body.id);
      expect(res.body.webUrl).toContain('/sites/natverket-');
      const upload = await h.call(coordinator, 'PUT', `/drives/${res.body.parentReference.driveId}/items/${res.body.id}:/rapport.txt:/content`, 'årsrapport', { 'content-type': 'text/plain' });
      expect(upload.status).toBe(201);
      expect((await h.call(await h.userToken(STAFF), 'GET', `/drives/${res.body.parentReference.driveId}/items/${upload.body.id}`)).status).toBe(403);
    });

    it("should put a standard channel's files in a folder of the team drive", async () => {
      const general = (await h.call(coordinator, 'GET', `/teams/${teamId}/channels`)).body.value[0];
      const res = await h.call(coordinator, 'GET', `/teams/${teamId}/channels/${general.id}/filesFolder`);
      const teamDrive = await h.call(coordinator, 'GET', `/groups/${teamId}/drive`);
      expect(res.body).toMatchObject({ name: 'General', parentReference: { driveId: teamDrive.body.id } });
    });
  });

  describe('messages', () => {
    it('should post a message as a delegated user (201) and list it', async () => {
      const general = (await h.call(coordinator, 'GET', `/teams/${teamId}/channels`)).body.value[0];
      const res = await h.call(coordinator, 'POST', `/teams/${teamId}/channels/${general.id}/messages`, { body: { content: 'Rapporteringen är öppen' } });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ messageType: 'message', body: { content: 'Rapporteringen är öppen', contentType: 'text' }, from: { user: { id: ids.coordinator } } });
      const list = await h.call(coordinator, 'GET', `/teams/${teamId}/channels/${general.id}/messages`);
      expect(list.body.value.map((m: Json) => m.id)).toEqual([res.body.id]);
    });

    it('should refuse posting with an app-only token (403)', async () => {
      const general = (await h.call(coordinator, 'GET', `/teams/${teamId}/channels`)).body.value[0];
      const res = await h.call(await h.appToken(), 'POST', `/teams/${teamId}/channels/${general.id}/messages`, { body: { content: 'x' } });
      expect(res.status).toBe(403);
    });

    it('should refuse an empty message (400)', async () => {
      const general = (await h.call(coordinator, 'GET', `/teams/${teamId}/channels`)).body.value[0];
      expect((await h.call(coordinator, 'POST', `/teams/${teamId}/channels/${general.id}/messages`, { body: {} })).status).toBe(400);
    });
  });
});
