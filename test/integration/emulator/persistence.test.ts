import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTACT, COORDINATOR, createGroupWithSite, startHarness, userId } from './harness.js';

describe('emulator persistence', () => {
  const dir = mkdtempSync(join(tmpdir(), 'graph-emulator-'));
  const dbPath = join(dir, 'graph.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('should keep users, groups, items, tokens, paging and delta tokens across a restart', async () => {
    const first = await startHarness({ dbPath });
    const token = await first.userToken(COORDINATOR);
    const { siteId } = await createGroupWithSite(first, token, 'natverk', 'Public');
    await first.call(token, 'POST', `/sites/${siteId}/lists`, { displayName: 'Projekt' });
    const items = `/sites/${siteId}/lists/Projekt/items`;
    for (const Title of ['a', 'b', 'c'])
      await first.call(token, 'POST', items, { fields: { Title } });
    const page = await first.call(token, 'GET', `${items}?$top=2`);
    const delta = await first.call(token, 'GET', `${items}/delta`);
    const users = await first.dev('GET', '/users');
    await first.emu.close();

    const second = await startHarness({ dbPath });
    expect(await second.dev('GET', '/users')).toEqual(users);
    // The token signed by the first run is still valid: the secret lives in the database.
    expect((await second.call(token, 'GET', '/me')).status).toBe(200);
    const next = page.body['@odata.nextLink'].replace(first.emu.baseUrl, second.emu.baseUrl);
    expect(
      (await second.call(token, 'GET', next)).body.value.map((i: { id: string }) => i.id),
    ).toEqual(['3']);
    await second.call(token, 'PATCH', `${items}/2/fields`, { Title: 'B' });
    const deltaLink = delta.body['@odata.deltaLink'].replace(first.emu.baseUrl, second.emu.baseUrl);
    expect(
      (await second.call(token, 'GET', deltaLink)).body.value.map((i: { id: string }) => i.id),
    ).toEqual(['2']);
    expect((await second.call(token, 'POST', items, { fields: { Title: 'd' } })).body.id).toBe('4');
    await second.emu.close();
  });

  it('should refuse a token from another database', async () => {
    const a = await startHarness();
    const b = await startHarness();
    const token = await a.userToken(COORDINATOR);
    expect((await b.call(token, 'GET', '/me')).status).toBe(401);
    await a.emu.close();
    await b.emu.close();
  });
  it('should apply list policies at start to lists that already exist and keep them with the list', async () => {
    const path = join(dir, 'policies.sqlite');
    const first = await startHarness({ dbPath: path });
    const coordinator = await first.userToken(COORDINATOR);
    const contact = await first.userToken(CONTACT);
    const { siteId } = await createGroupWithSite(first, coordinator, 'natverket', 'Private', [
      await userId(first, CONTACT),
    ]);
    await first.call(coordinator, 'POST', `/sites/${siteId}/lists`, { displayName: 'Omgångar' });
    const items = `/sites/${siteId}/lists/Omgångar/items`;
    expect((await first.call(contact, 'POST', items, { fields: { Title: 'före' } })).status).toBe(
      201,
    );
    await first.emu.close();

    const policies = [
      {
        siteGroupMailNickname: 'natverket',
        listDisplayName: 'Omgångar',
        writers: 'owners' as const,
      },
    ];
    const second = await startHarness({ dbPath: path, listPolicies: policies });
    expect((await second.call(contact, 'POST', items, { fields: { Title: 'efter' } })).status).toBe(
      403,
    );
    await second.emu.close();

    // Started without configuration, the list keeps the setting it was given (SharePoint's list setting).
    const third = await startHarness({ dbPath: path });
    expect((await third.call(contact, 'POST', items, { fields: { Title: 'sedan' } })).status).toBe(
      403,
    );
    expect(
      (await third.call(coordinator, 'POST', items, { fields: { Title: 'ägaren' } })).status,
    ).toBe(201);
    await third.emu.close();
  });
});
