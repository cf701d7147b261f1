import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTACT,
  COORDINATOR,
  OUTSIDER,
  STAFF,
  createGroupWithSite,
  startHarness,
  userId,
  type Harness,
  type Json,
} from './harness.js';

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
    ({ siteId: privateSite } = await createGroupWithSite(h, owner, 'utbildning', 'Private', [
      staffId,
    ]));
    ({ siteId: publicSite } = await createGroupWithSite(h, owner, 'oppen', 'Public'));
    for (const site of [privateSite, publicSite]) {
      await h.call(owner, 'POST', `/sites/${site}/lists`, { displayName: 'Projekt' });
      await h.call(owner, 'POST', `/sites/${site}/lists/Projekt/items`, {
        fields: { Title: 'hemligt' },
      });
    }
  });
  afterAll(() => h.emu.close());

  it('should let a member read and write items on a private group site', async () => {
    expect(
      (await h.call(member, 'GET', `/sites/${privateSite}/lists/Projekt/items`)).body.value,
    ).toHaveLength(1);
    expect(
      (
        await h.call(member, 'POST', `/sites/${privateSite}/lists/Projekt/items`, {
          fields: { Title: 'medlem' },
        })
      ).status,
    ).toBe(201);
  });

  it('should answer 403 accessDenied to a non-member reading a private group site', async () => {
    for (const path of ['', '/lists', '/lists/Projekt/items', '/lists/Projekt/items/1']) {
      const res = await h.call(outsider, 'GET', `/sites/${privateSite}${path}`);
      expect(res.status, path).toBe(403);
      expect(res.body.error.code).toBe('accessDenied');
    }
  });

  it('should let every tenant user read a public group site', async () => {
    expect(
      (await h.call(outsider, 'GET', `/sites/${publicSite}/lists/Projekt/items`)).body.value,
    ).toHaveLength(1);
  });

  it('should answer 403 to a non-member writing on a public group site, writing nothing', async () => {
    const res = await h.call(outsider, 'POST', `/sites/${publicSite}/lists/Projekt/items`, {
      fields: { Title: 'intrång' },
    });
    expect(res.status).toBe(403);
    expect(
      (
        await h.call(outsider, 'PATCH', `/sites/${publicSite}/lists/Projekt/items/1/fields`, {
          Title: 'x',
        })
      ).status,
    ).toBe(403);
    expect(
      (await h.call(outsider, 'DELETE', `/sites/${publicSite}/lists/Projekt/items/1`)).status,
    ).toBe(403);
    expect(
      (await h.call(outsider, 'POST', `/sites/${publicSite}/lists`, { displayName: 'Egen' }))
        .status,
    ).toBe(403);
    expect(
      (await h.call(owner, 'GET', `/sites/${publicSite}/lists/Projekt/items`)).body.value,
    ).toHaveLength(1);
  });

  it('should let a member create lists and columns', async () => {
    expect(
      (
        await h.call(member, 'POST', `/sites/${privateSite}/lists/Projekt/columns`, {
          name: 'land',
          text: {},
        })
      ).status,
    ).toBe(201);
  });

  it('should let users read the root site but not create lists on it', async () => {
    expect((await h.call(outsider, 'GET', '/sites/root')).status).toBe(200);
    expect(
      (await h.call(owner, 'POST', '/sites/root/lists', { displayName: 'Intranät' })).status,
    ).toBe(403);
  });

  it('should give app-only tokens what their roles allow', async () => {
    const reader = await h.appToken(['Sites.Read.All']);
    const writer = await h.appToken(['Sites.ReadWrite.All']);
    const manager = await h.appToken(['Sites.Manage.All']);
    const none = await h.appToken(['User.Read.All']);
    expect((await h.call(reader, 'GET', `/sites/${privateSite}/lists/Projekt/items`)).status).toBe(
      200,
    );
    expect(
      (
        await h.call(reader, 'POST', `/sites/${privateSite}/lists/Projekt/items`, {
          fields: { Title: 'app' },
        })
      ).status,
    ).toBe(403);
    const written = await h.call(writer, 'POST', `/sites/${privateSite}/lists/Projekt/items`, {
      fields: { Title: 'app' },
    });
    expect(written.status).toBe(201);
    expect(written.body.createdBy.application.id).toBe('provisioning-app');
    expect(
      (await h.call(writer, 'POST', `/sites/${privateSite}/lists`, { displayName: 'AppLista' }))
        .status,
    ).toBe(403);
    expect(
      (await h.call(manager, 'POST', '/sites/root/lists', { displayName: 'AppLista' })).status,
    ).toBe(201);
    expect((await h.call(none, 'GET', `/sites/${privateSite}`)).status).toBe(403);
  });

  it('should let the coordinator, outside the private group, not see its drive', async () => {
    const coordinator = await h.userToken(COORDINATOR);
    const drive = await h.call(member, 'GET', `/sites/${privateSite}/drive`);
    expect(
      (await h.call(coordinator, 'GET', `/drives/${drive.body.id}/root/children`)).status,
    ).toBe(403);
  });
});

describe('emulator list write policies', () => {
  const OTHER_CONTACT = 'kontakt.omsorg@vaxjo.example';
  let h: Harness;
  let owner: string;
  let member: string;
  let otherMember: string;
  let siteId: string;
  const rounds = () => `/sites/${siteId}/lists/Omgångar/items`;
  const reports = () => `/sites/${siteId}/lists/Rapporter/items`;
  beforeAll(async () => {
    h = await startHarness({
      listPolicies: [
        { siteGroupMailNickname: 'natverk', listDisplayName: 'Omgångar', writers: 'owners' },
        { siteGroupMailNickname: 'natverk', listDisplayName: 'Rapporter', writeSecurity: 'own' },
      ],
    });
    owner = await h.userToken(COORDINATOR);
    member = await h.userToken(CONTACT);
    otherMember = await h.userToken(OTHER_CONTACT);
    const members = [await userId(h, CONTACT), await userId(h, OTHER_CONTACT)];
    ({ siteId } = await createGroupWithSite(h, owner, 'natverk', 'Private', members));
    for (const displayName of ['Omgångar', 'Rapporter', 'Fritt']) {
      await h.call(owner, 'POST', `/sites/${siteId}/lists`, { displayName });
    }
  });
  afterAll(() => h.emu.close());

  const expectDenied = (res: {
    status: number;
    body: { error: { code: string; message: string } };
  }) => {
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      code: 'accessDenied',
      message:
        'Access denied. You do not have permission to perform this action or access this resource.',
    });
  };

  it('should refuse a member creating, updating and deleting items of an owners-only list, writing nothing', async () => {
    const item = await h.call(owner, 'POST', rounds(), { fields: { Title: '2025' } });
    expectDenied(await h.call(member, 'POST', rounds(), { fields: { Title: 'egen' } }));
    expectDenied(
      await h.call(member, 'PATCH', `${rounds()}/${item.body.id}/fields`, { Title: 'ändrad' }),
    );
    expectDenied(
      await h.call(member, 'PATCH', `${rounds()}/${item.body.id}`, { fields: { Title: 'ändrad' } }),
    );
    expectDenied(await h.call(member, 'DELETE', `${rounds()}/${item.body.id}`));
    const after = await h.call(member, 'GET', `${rounds()}?$expand=fields`);
    expect(after.body.value.map((i: Json) => i.fields.Title)).toEqual(['2025']);
  });

  it('should let the group owner write an owners-only list', async () => {
    const item = await h.call(owner, 'POST', rounds(), { fields: { Title: 'ägare' } });
    expect(item.status).toBe(201);
    expect(
      (await h.call(owner, 'PATCH', `${rounds()}/${item.body.id}/fields`, { Title: 'ägare 2' }))
        .status,
    ).toBe(200);
    expect((await h.call(owner, 'DELETE', `${rounds()}/${item.body.id}`)).status).toBe(204);
  });

  it('should let a member create items in an own-items list and edit and delete their own', async () => {
    const item = await h.call(member, 'POST', reports(), { fields: { Title: 'min' } });
    expect(item.status).toBe(201);
    const updated = await h.call(
      member,
      'PATCH',
      `${reports()}/${item.body.id}/fields`,
      { Title: 'min 2' },
      { 'if-match': item.body.eTag },
    );
    expect(updated.status).toBe(200);
    expect((await h.call(member, 'DELETE', `${reports()}/${item.body.id}`)).status).toBe(204);
  });

  it("should refuse a member updating or deleting another member's item in an own-items list, before the eTag check", async () => {
    const theirs = await h.call(otherMember, 'POST', reports(), { fields: { Title: 'deras' } });
    expectDenied(
      await h.call(
        member,
        'PATCH',
        `${reports()}/${theirs.body.id}/fields`,
        { Title: 'kapad' },
        { 'if-match': '"stale,9"' },
      ),
    );
    expectDenied(await h.call(member, 'DELETE', `${reports()}/${theirs.body.id}`));
    expect((await h.call(member, 'GET', `${reports()}/${theirs.body.id}/fields`)).body.Title).toBe(
      'deras',
    );
  });

  it("should let the owner edit and delete a member's item in an own-items list", async () => {
    const theirs = await h.call(member, 'POST', reports(), { fields: { Title: 'inlämnad' } });
    expect(
      (
        await h.call(owner, 'PATCH', `${reports()}/${theirs.body.id}/fields`, {
          Title: 'returnerad',
        })
      ).status,
    ).toBe(200);
    expect((await h.call(owner, 'DELETE', `${reports()}/${theirs.body.id}`)).status).toBe(204);
  });

  it('should not bind an app identity with Sites.ReadWrite.All', async () => {
    const app = await h.appToken(['Sites.ReadWrite.All']);
    const theirs = await h.call(member, 'POST', reports(), { fields: { Title: 'medlemmens' } });
    expect((await h.call(app, 'POST', rounds(), { fields: { Title: 'app' } })).status).toBe(201);
    expect(
      (await h.call(app, 'PATCH', `${reports()}/${theirs.body.id}/fields`, { Title: 'app' }))
        .status,
    ).toBe(200);
  });

  it("should refuse a member editing an app's item in an own-items list (the app created it)", async () => {
    const app = await h.appToken(['Sites.ReadWrite.All']);
    const seeded = await h.call(app, 'POST', reports(), { fields: { Title: 'sådd' } });
    expectDenied(
      await h.call(member, 'PATCH', `${reports()}/${seeded.body.id}/fields`, { Title: 'x' }),
    );
  });

  it('should leave lists without a policy writable by members', async () => {
    const item = await h.call(member, 'POST', `/sites/${siteId}/lists/Fritt/items`, {
      fields: { Title: 'fri' },
    });
    expect(item.status).toBe(201);
    expect(
      (
        await h.call(
          otherMember,
          'PATCH',
          `/sites/${siteId}/lists/Fritt/items/${item.body.id}/fields`,
          { Title: 'x' },
        )
      ).status,
    ).toBe(200);
  });

  it('should apply the policies to each request inside a $batch', async () => {
    const mine = await h.call(member, 'POST', reports(), { fields: { Title: 'batch' } });
    const theirs = await h.call(otherMember, 'POST', reports(), { fields: { Title: 'annan' } });
    const json = { 'content-type': 'application/json' };
    const res = await h.call(member, 'POST', '/$batch', {
      requests: [
        {
          id: 'round',
          method: 'POST',
          url: `${rounds()}`,
          headers: json,
          body: { fields: { Title: 'b' } },
        },
        {
          id: 'mine',
          method: 'PATCH',
          url: `${reports()}/${mine.body.id}/fields`,
          headers: json,
          body: { Title: 'b2' },
        },
        {
          id: 'theirs',
          method: 'PATCH',
          url: `${reports()}/${theirs.body.id}/fields`,
          headers: json,
          body: { Title: 'b3' },
        },
      ],
    });
    const status = Object.fromEntries(res.body.responses.map((r: Json) => [r.id, r.status]));
    expect(status).toEqual({ round: 403, mine: 200, theirs: 403 });
    expect(res.body.responses.find((r: Json) => r.id === 'theirs').body.error.code).toBe(
      'accessDenied',
    );
  });

  it('should let a member still add columns (list changes follow the site, as before)', async () => {
    const column = await h.call(member, 'POST', `/sites/${siteId}/lists/Omgångar/columns`, {
      name: 'kommentar',
      text: {},
    });
    expect(column.status).toBe(201);
  });

  it('should report the configured rules and the lists they bind at /_emulator/list-policies', async () => {
    const view = await h.dev('GET', '/list-policies');
    expect(view.rules).toHaveLength(2);
    expect(view.lists).toEqual([
      expect.objectContaining({
        siteGroupMailNickname: 'natverk',
        listDisplayName: 'Omgångar',
        writers: 'owners',
        writeSecurity: 'all',
      }),
      expect.objectContaining({
        siteGroupMailNickname: 'natverk',
        listDisplayName: 'Rapporter',
        writers: 'members',
        writeSecurity: 'own',
      }),
    ]);
  });

  it('should set a policy on an existing list through POST /_emulator/list-policies', async () => {
    await h.dev('POST', '/list-policies', {
      siteGroupMailNickname: 'natverk',
      listDisplayName: 'Fritt',
      writers: 'owners',
    });
    expectDenied(
      await h.call(member, 'POST', `/sites/${siteId}/lists/Fritt/items`, {
        fields: { Title: 'nej' },
      }),
    );
    await h.dev('POST', '/list-policies', {
      siteGroupMailNickname: 'natverk',
      listDisplayName: 'Fritt',
    });
    expect(
      (
        await h.call(member, 'POST', `/sites/${siteId}/lists/Fritt/items`, {
          fields: { Title: 'ja' },
        })
      ).status,
    ).toBe(201);
  });

  it('should answer 400 naming the wrong property of a policy', async () => {
    const res = await fetch(`${h.emu.origin}/_emulator/list-policies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        siteGroupMailNickname: 'natverk',
        listDisplayName: 'Fritt',
        writers: 'everyone',
      }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).error.message).toContain("'writers'");
  });
});
