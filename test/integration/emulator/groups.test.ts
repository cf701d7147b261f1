import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACT, COORDINATOR, OUTSIDER, STAFF, createGroupWithSite, startHarness, userId, type Harness } from './harness.js';

const bind = (id: string) => `https://graph.microsoft.com/v1.0/users/${id}`;

describe('emulator groups', () => {
  let h: Harness;
  let token: string;
  let staffId: string;
  let contactId: string;
  let coordinatorId: string;
  beforeAll(async () => {
    h = await startHarness();
    token = await h.userToken(COORDINATOR);
    staffId = await userId(h, STAFF);
    contactId = await userId(h, CONTACT);
    coordinatorId = await userId(h, COORDINATOR);
  });
  afterAll(() => h.emu.close());

  it('should create a Microsoft 365 group with owners and members (201)', async () => {
    const res = await h.call(token, 'POST', '/groups', {
      displayName: 'Utbildningsförvaltningen',
      mailNickname: 'utbildning',
      mailEnabled: true,
      securityEnabled: false,
      groupTypes: ['Unified'],
      visibility: 'Private',
      'owners@odata.bind': [bind(contactId)],
      'members@odata.bind': [bind(staffId)],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ displayName: 'Utbildningsförvaltningen', mailNickname: 'utbildning', visibility: 'Private', groupTypes: ['Unified'], mail: 'utbildning@vaxjo.example' });
    const owners = await h.call(token, 'GET', `/groups/${res.body.id}/owners`);
    expect(owners.body.value.map((u: { id: string }) => u.id)).toEqual([contactId]);
    const members = await h.call(token, 'GET', `/groups/${res.body.id}/members`);
    expect(members.body.value.map((u: { id: string }) => u.id)).toEqual([staffId]);
  });

  it("should create the group's team site at /sites/<mailNickname>", async () => {
    const groups = await h.call(token, 'GET', "/groups?$filter=mailNickname eq 'utbildning'");
    const site = await h.call(token, 'GET', `/groups/${groups.body.value[0].id}/sites/root`);
    expect(site.status).toBe(403); // the coordinator is not in this private group
    const contactToken = await h.userToken(CONTACT);
    const own = await h.call(contactToken, 'GET', `/groups/${groups.body.value[0].id}/sites/root`);
    expect(own.status).toBe(200);
    expect(own.body.webUrl).toBe('https://vaxjo.sharepoint.com/sites/utbildning');
    expect(own.body.id).toMatch(/^vaxjo\.sharepoint\.com,[0-9a-f-]{36},[0-9a-f-]{36}$/);
    const byPath = await h.call(contactToken, 'GET', '/sites/vaxjo.sharepoint.com:/sites/utbildning');
    expect(byPath.body.id).toBe(own.body.id);
    const byId = await h.call(contactToken, 'GET', `/sites/${own.body.id}`);
    expect(byId.body.webUrl).toBe(own.body.webUrl);
  });

  it('should make the delegated caller owner when no owner is given', async () => {
    const { groupId } = await createGroupWithSite(h, token, 'natverk', 'Public');
    const owners = await h.call(token, 'GET', `/groups/${groupId}/owners`);
    expect(owners.body.value.map((u: { id: string }) => u.id)).toEqual([coordinatorId]);
  });

  it('should refuse a second group with the same mailNickname', async () => {
    const res = await h.call(token, 'POST', '/groups', { displayName: 'x', mailNickname: 'NATVERK', mailEnabled: true, securityEnabled: false, groupTypes: ['Unified'] });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('Request_BadRequest');
  });

  it('should refuse a group without required properties', async () => {
    const res = await h.call(token, 'POST', '/groups', { displayName: 'x', groupTypes: ['Unified'] });
    expect(res.status).toBe(400);
  });

  it('should refuse members@odata.bind to an unknown user', async () => {
    const res = await h.call(token, 'POST', '/groups', {
      displayName: 'y', mailNickname: 'y', mailEnabled: true, securityEnabled: false, groupTypes: ['Unified'],
      'members@odata.bind': [bind('00000000-0000-0000-0000-000000000000')],
    });
    expect(res.status).toBe(404);
    expect((await h.call(token, 'GET', "/groups?$filter=mailNickname eq 'y'")).body.value).toHaveLength(0);
  });

  it('should filter groups by displayName and mailNickname', async () => {
    const byName = await h.call(token, 'GET', `/groups?$filter=${encodeURIComponent("displayName eq 'Utbildningsförvaltningen'")}`);
    expect(byName.body.value).toHaveLength(1);
    const none = await h.call(token, 'GET', "/groups?$filter=mailNickname eq 'nothing'");
    expect(none.body.value).toEqual([]);
  });

  it('should answer 400 for a malformed group filter', async () => {
    expect((await h.call(token, 'GET', "/groups?$filter=mailNickname eq")).status).toBe(400);
  });

  it('should add a member by $ref (204) and refuse adding it twice (400)', async () => {
    const { body } = await h.call(token, 'GET', "/groups?$filter=mailNickname eq 'natverk'");
    const groupId = body.value[0].id;
    const ref = { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${contactId}` };
    expect((await h.call(token, 'POST', `/groups/${groupId}/members/$ref`, ref)).status).toBe(204);
    const again = await h.call(token, 'POST', `/groups/${groupId}/members/$ref`, ref);
    expect(again.status).toBe(400);
    expect(again.body.error.message).toContain('already exist');
  });

  it('should list memberOf for the member', async () => {
    const res = await h.call(await h.userToken(CONTACT), 'GET', '/me/memberOf');
    expect(res.body.value.map((g: { mailNickname: string }) => g.mailNickname)).toEqual(['natverk']);
    expect(res.body.value[0]['@odata.type']).toBe('#microsoft.graph.group');
    const other = await h.call(token, 'GET', `/users/${contactId}/memberOf`);
    expect(other.body.value).toHaveLength(1);
  });

  it('should list ownedObjects for the owner and nothing for a plain member', async () => {
    const owned = await h.call(token, 'GET', '/me/ownedObjects');
    expect(owned.body.value.map((g: { mailNickname: string }) => g.mailNickname)).toContain('natverk');
    const contactOwned = await h.call(token, 'GET', `/users/${contactId}/ownedObjects`);
    expect(contactOwned.body.value.map((g: { mailNickname: string }) => g.mailNickname)).toEqual(['utbildning']);
    const staffOwned = await h.call(token, 'GET', `/users/${staffId}/ownedObjects`);
    expect(staffOwned.body.value).toEqual([]);
  });

  it('should remove a member with DELETE $ref', async () => {
    const { body } = await h.call(token, 'GET', "/groups?$filter=mailNickname eq 'natverk'");
    const groupId = body.value[0].id;
    expect((await h.call(token, 'DELETE', `/groups/${groupId}/members/${contactId}/$ref`)).status).toBe(204);
    expect((await h.call(token, 'DELETE', `/groups/${groupId}/members/${contactId}/$ref`)).status).toBe(404);
  });

  it('should refuse member changes by a user who does not own the group', async () => {
    const { body } = await h.call(token, 'GET', "/groups?$filter=mailNickname eq 'natverk'");
    const res = await h.call(await h.userToken(OUTSIDER), 'POST', `/groups/${body.value[0].id}/members/$ref`, {
      '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${staffId}`,
    });
    expect(res.status).toBe(403);
  });

  it('should let an app with Group.ReadWrite.All create a group without owners', async () => {
    const app = await h.appToken(['Group.ReadWrite.All']);
    const res = await h.call(app, 'POST', '/groups', { displayName: 'App', mailNickname: 'appgroup', mailEnabled: true, securityEnabled: false, groupTypes: ['Unified'] });
    expect(res.status).toBe(201);
    expect((await h.call(app, 'GET', `/groups/${res.body.id}/owners`)).body.value).toEqual([]);
  });

  it('should refuse group creation to an app without a group role', async () => {
    const app = await h.appToken(['Sites.Read.All']);
    const res = await h.call(app, 'POST', '/groups', { displayName: 'A', mailNickname: 'a2', mailEnabled: true, securityEnabled: false, groupTypes: ['Unified'] });
    expect(res.status).toBe(403);
  });

  it('should answer 404 for an unknown group', async () => {
    expect((await h.call(token, 'GET', '/groups/00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });
});
