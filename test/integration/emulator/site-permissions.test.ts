import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COORDINATOR, startHarness, type Harness } from './harness.js';

describe('emulator: POST /sites/{id}/permissions and Sites.Selected', () => {
  let h: Harness;
  let siteId = '';
  let listPath = '';
  const selected = (clientId: string) => h.appToken(['Sites.Selected'], clientId);
  const grant = async (token: string, appId: string, roles: string[]) =>
    h.call(token, 'POST', `/sites/${siteId}/permissions`, {
      roles,
      grantedToIdentities: [{ application: { id: appId, displayName: appId } }],
    });

  beforeAll(async () => {
    h = await startHarness();
    const admin = await h.appToken();
    const group = await h.call(admin, 'POST', '/groups', {
      displayName: 'Grants',
      mailNickname: 'ia-grants',
      mailEnabled: true,
      securityEnabled: false,
      groupTypes: ['Unified'],
      visibility: 'Private',
    });
    siteId = (await h.call(admin, 'GET', `/groups/${group.body.id}/sites/root`)).body.id;
    const list = await h.call(admin, 'POST', `/sites/${siteId}/lists`, {
      displayName: 'L',
      list: { template: 'genericList' },
    });
    listPath = `/sites/${siteId}/lists/${list.body.id}/items`;
  });
  afterAll(() => h?.emu.close());

  it('should refuse a Sites.Selected app on a site without a grant (403)', async () => {
    expect((await h.call(await selected('reader-app'), 'GET', listPath)).status).toBe(403);
  });

  it('should create an application grant (201, Graph’s shape) only with Sites.FullControl.All', async () => {
    const manageOnly = await h.appToken(['Sites.Manage.All']);
    expect((await grant(manageOnly, 'reader-app', ['read'])).status).toBe(403);
    expect((await grant(await h.userToken(COORDINATOR), 'reader-app', ['read'])).status).toBe(403);
    const answer = await grant(await h.appToken(['Sites.FullControl.All']), 'reader-app', ['read']);
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      roles: ['read'],
      grantedToIdentitiesV2: [{ application: { id: 'reader-app' } }],
    });
    const listed = await h.call(
      await h.appToken(['Sites.FullControl.All']),
      'GET',
      `/sites/${siteId}/permissions`,
    );
    expect(listed.body.value).toHaveLength(1);
  });

  it('should let a read grant read but not write, and a write grant write', async () => {
    const reader = await selected('reader-app');
    expect((await h.call(reader, 'GET', listPath)).status).toBe(200);
    expect((await h.call(reader, 'POST', listPath, { fields: { Title: 'x' } })).status).toBe(403);
    await grant(await h.appToken(['Sites.FullControl.All']), 'writer-app', ['write']);
    const writer = await selected('writer-app');
    expect((await h.call(writer, 'POST', listPath, { fields: { Title: 'x' } })).status).toBe(201);
    // Another app's grant is not this app's.
    expect((await h.call(await selected('other-app'), 'GET', listPath)).status).toBe(403);
  });

  it('should refuse a grant without an application (400)', async () => {
    const answer = await h.call(
      await h.appToken(['Sites.FullControl.All']),
      'POST',
      `/sites/${siteId}/permissions`,
      {
        roles: ['read'],
        grantedToIdentities: [{ user: { id: 'x' } }],
      },
    );
    expect(answer.status).toBe(400);
  });
});
