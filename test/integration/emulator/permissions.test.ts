import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACT, COORDINATOR, OUTSIDER, STAFF, createGroupWithSite, startHarness, userId, type Harness } from './harness.js';

describe('emulator site permissions', () => {
  let h: Harness;
  let owner: string;
  let member: string;
  let outsider: string;
  let privateSite: string;
  let publicSite: string;
  beforeAll(async () => {
    h = await startHarness();
    owner = await h.userToken(CONTACT);
    member = await h.userToken(STAFF);
    outsider = await h.userToken(OUTSIDER);
    const staffId = await userId(h, STAFF);
    ({ siteId: privateSite } = await createGroupWithSite(h, owner, 'utbildning', 'Private', [staffId]));
    ({ siteId: publicSite } = await createGroupWithSite(h, owner, 'oppen', 'Public'));
    for (const site of [privateSite, publicSite]) {
      await h.call(owner, 'POST', `/sites/${site}/lists`, { displayName: 'Projekt' });
      await h.call(owner, 'POST', `/sites/${site}/lists/Projekt/items`, { fields: { Title: 'hemligt' } });
    }
  });
  afterAll(() => h.emu.close());

  it('should let a member read and write items on a private group site', async () => {
    expect((await h.call(member, 'GET', `/sites/${privateSite}/lists/Projekt/items`)).body.value).toHaveLength(1);
    expect((await h.call(member, 'POST', `/sites/${privateSite}/lists/Projekt/items`, { fields: { Title: 'medlem' } })).status).toBe(201);
  });

  it('should answer 403 accessDenied to a non-member reading a private group site', async () => {
    for (const path of ['', '/lists', '/lists/Projekt/items', '/lists/Projekt/items/1']) {
      const res = await h.call(outsider, 'GET', `/sites/${privateSite}${path}`);
      expect(res.status, path).toBe(403);
      expect(res.body.error.code).toBe('accessDenied');
    }
  });

  it('should let every tenant user read a public group site', async () => {
    expect((await h.call(outsider, 'GET', `/sites/${publicSite}/lists/Projekt/items`)).body.value).toHaveLength(1);
  });

  it('should answer 403 to a non-member writing on a public group site, writing nothing', async () => {
    const res = await h.call(outsider, 'POST', `/sites/${publicSite}/lists/Projekt/items`, { fields: { Title: 'intrång' } });
    expect(res.status).toBe(403);
    expect((await h.call(outsider, 'PATCH', `/sites/${publicSite}/lists/Projekt/items/1/fields`, { Title: 'x' })).status).toBe(403);
    expect((await h.call(outsider, 'DELETE', `/sites/${publicSite}/lists/Projekt/items/1`)).status).toBe(403);
    expect((await h.call(outsider, 'POST', `/sites/${publicSite}/lists`, { displayName: 'Egen' })).status).toBe(403);
    expect((await h.call(owner, 'GET', `/sites/${publicSite}/lists/Projekt/items`)).body.value).toHaveLength(1);
  });

  it('should let a member create lists and columns', async () => {
    expect((await h.call(member, 'POST', `/sites/${privateSite}/lists/Projekt/columns`, { name: 'land', text: {} })).status).toBe(201);
  });

  it('should let users read the root site but not create lists on it', async () => {
    expect((await h.call(outsider, 'GET', '/sites/root')).status).toBe(200);
    expect((await h.call(owner, 'POST', '/sites/root/lists', { displayName: 'Intranät' })).status).toBe(403);
  });

  it('should give app-only tokens what their roles allow', async () => {
    const reader = await h.appToken(['Sites.Read.All']);
    const writer = await h.appToken(['Sites.ReadWrite.All']);
    const manager = await h.appToken(['Sites.Manage.All']);
    const none = await h.appToken(['User.Read.All']);
    expect((await h.call(reader, 'GET', `/sites/${privateSite}/lists/Projekt/items`)).status).toBe(200);
    expect((await h.call(reader, 'POST', `/sites/${privateSite}/lists/Projekt/items`, { fields: { Title: 'app' } })).status).toBe(403);
    const written = await h.call(writer, 'POST', `/sites/${privateSite}/lists/Projekt/items`, { fields: { Title: 'app' } });
    expect(written.status).toBe(201);
    expect(written.body.createdBy.application.id).toBe('provisioning-app');
    expect((await h.call(writer, 'POST', `/sites/${privateSite}/lists`, { displayName: 'AppLista' })).status).toBe(403);
    expect((await h.call(manager, 'POST', '/sites/root/lists', { displayName: 'AppLista' })).status).toBe(201);
    expect((await h.call(none, 'GET', `/sites/${privateSite}`)).status).toBe(403);
  });

  it('should let the coordinator, outside the private group, not see its drive', async () => {
    const coordinator = await h.userToken(COORDINATOR);
    const drive = await h.call(member, 'GET', `/sites/${privateSite}/drive`);
    expect((await h.call(coordinator, 'GET', `/drives/${drive.body.id}/root/children`)).status).toBe(403);
  });
});
