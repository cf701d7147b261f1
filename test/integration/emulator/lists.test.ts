import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWithSite, type Harness } from './harness.js';

describe('emulator lists and columns', () => {
  let h: Harness;
  let token: string;
  let siteId: string;
  beforeAll(async () => {
    ({ h, token, siteId } = await startWithSite());
  });
  afterAll(() => h.emu.close());

  // The documented example of list-create.md.
  const bookList = {
    displayName: 'Books',
    columns: [
      { name: 'Author', text: {} },
      { name: 'PageCount', number: {} },
    ],
    list: { template: 'genericList' },
  };

  it('should create a list with typed columns (201)', async () => {
    const res = await h.call(token, 'POST', `/sites/${siteId}/lists`, {
      displayName: 'Projekt',
      columns: [
        { name: 'status', displayName: 'Status', choice: { choices: ['planned', 'granted'] }, indexed: true },
        { name: 'budget', number: { decimalPlaces: 'two', minimum: 0 } },
        { name: 'startDate', dateTime: { format: 'dateOnly' }, indexed: true },
        { name: 'flag', boolean: {} },
        { name: 'notes', text: { allowMultipleLines: true } },
        { name: 'amount', currency: { locale: 'sv-SE' } },
        { name: 'owner', personOrGroup: {} },
      ],
      list: { template: 'genericList' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ displayName: 'Projekt', list: { template: 'genericList' }, parentReference: { siteId } });
    expect(res.body.webUrl).toBe('https://vaxjo.sharepoint.com/sites/natverk/Lists/Projekt');
  });

  it('should refuse the documented example because Author is a built-in column (409)', async () => {
    const res = await h.call(token, 'POST', `/sites/${siteId}/lists`, bookList);
    expect(res.status).toBe(409);
  });

  it('should answer 409 nameAlreadyExists for a taken display name', async () => {
    const res = await h.call(token, 'POST', `/sites/${siteId}/lists`, { displayName: 'projekt', list: { template: 'genericList' } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('nameAlreadyExists');
  });

  it('should find a list by display name and by id', async () => {
    const byName = await h.call(token, 'GET', `/sites/${siteId}/lists/Projekt`);
    expect(byName.status).toBe(200);
    const byId = await h.call(token, 'GET', `/sites/${siteId}/lists/${byName.body.id}`);
    expect(byId.body.displayName).toBe('Projekt');
  });

  it('should list the lists of a site', async () => {
    const res = await h.call(token, 'GET', `/sites/${siteId}/lists`);
    expect(res.body.value.map((l: { displayName: string }) => l.displayName)).toEqual(['Projekt']);
  });

  it('should return built-in and custom columns with their facets', async () => {
    const res = await h.call(token, 'GET', `/sites/${siteId}/lists/Projekt/columns`);
    const byName = Object.fromEntries(res.body.value.map((c: { name: string }) => [c.name, c]));
    for (const builtIn of ['Title', 'ID', 'Created', 'Modified', 'Author', 'Editor', 'ContentType', 'Attachments']) {
      expect(byName[builtIn], builtIn).toBeDefined();
    }
    expect(byName.Title).toMatchObject({ required: true, text: { maxLength: 255 } });
    expect(byName.status).toMatchObject({ indexed: true, choice: { choices: ['planned', 'granted'], allowTextEntry: false } });
    expect(byName.budget).toMatchObject({ number: { decimalPlaces: 'two', minimum: 0 } });
    expect(byName.startDate).toMatchObject({ dateTime: { format: 'dateOnly' } });
    expect(byName.notes).toMatchObject({ text: { allowMultipleLines: true } });
    expect(byName.amount).toMatchObject({ currency: { locale: 'sv-SE' } });
    expect(byName.owner.personOrGroup).toBeDefined();
  });

  it('should expand columns on a list', async () => {
    const res = await h.call(token, 'GET', `/sites/${siteId}/lists/Projekt?$expand=columns`);
    expect(res.body.columns.length).toBeGreaterThan(8);
  });

  it('should add a column (201) and refuse a duplicate name (409)', async () => {
    const res = await h.call(token, 'POST', `/sites/${siteId}/lists/Projekt/columns`, { name: 'country', text: { maxLength: 80 }, indexed: true });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'country', indexed: true, text: { maxLength: 80 } });
    expect((await h.call(token, 'POST', `/sites/${siteId}/lists/Projekt/columns`, { name: 'country', text: {} })).status).toBe(409);
  });

  it('should add a lookup column pointing at another list of the site', async () => {
    const target = await h.call(token, 'GET', `/sites/${siteId}/lists/Projekt`);
    await h.call(token, 'POST', `/sites/${siteId}/lists`, { displayName: 'Aktiviteter', list: { template: 'genericList' } });
    const res = await h.call(token, 'POST', `/sites/${siteId}/lists/Aktiviteter/columns`, { name: 'project', lookup: { listId: target.body.id, columnName: 'Title' } });
    expect(res.status).toBe(201);
    const bad = await h.call(token, 'POST', `/sites/${siteId}/lists/Aktiviteter/columns`, { name: 'nowhere', lookup: { listId: 'no-such-list' } });
    expect(bad.status).toBe(400);
  });

  it.each([
    ['no type facet', { name: 'x1' }],
    ['two type facets', { name: 'x2', text: {}, number: {} }],
    ['a name with spaces', { name: 'bad name', text: {} }],
    ['an empty choice list', { name: 'x3', choice: { choices: [] } }],
    ['an unknown dateTime format', { name: 'x4', dateTime: { format: 'weekly' } }],
    ['minimum above maximum', { name: 'x5', number: { minimum: 5, maximum: 1 } }],
    ['an unknown property', { name: 'x6', text: {}, colour: 'red' }],
  ])('should refuse a column with %s (400)', async (_label, body) => {
    const res = await h.call(token, 'POST', `/sites/${siteId}/lists/Projekt/columns`, body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalidRequest');
  });

  it('should index an existing column with PATCH', async () => {
    const cols = await h.call(token, 'GET', `/sites/${siteId}/lists/Projekt/columns`);
    const budget = cols.body.value.find((c: { name: string }) => c.name === 'budget');
    const res = await h.call(token, 'PATCH', `/sites/${siteId}/lists/Projekt/columns/${budget.id}`, { indexed: true });
    expect(res.status).toBe(200);
    expect(res.body.indexed).toBe(true);
  });

  it('should leave nothing behind when a list create fails on a bad column', async () => {
    const res = await h.call(token, 'POST', `/sites/${siteId}/lists`, { displayName: 'Trasig', columns: [{ name: 'ok', text: {} }, { name: 'bad' }] });
    expect(res.status).toBe(400);
    expect((await h.call(token, 'GET', `/sites/${siteId}/lists/Trasig`)).status).toBe(404);
  });

  it('should delete a list (204) and then answer 404', async () => {
    await h.call(token, 'POST', `/sites/${siteId}/lists`, { displayName: 'Temp', list: { template: 'genericList' } });
    expect((await h.call(token, 'DELETE', `/sites/${siteId}/lists/Temp`)).status).toBe(204);
    expect((await h.call(token, 'GET', `/sites/${siteId}/lists/Temp`)).status).toBe(404);
  });

  it('should serve the tenant root site and a site by hostname', async () => {
    const root = await h.call(token, 'GET', '/sites/root');
    expect(root.body.root).toEqual({});
    const byHost = await h.call(token, 'GET', '/sites/vaxjo.sharepoint.com');
    expect(byHost.body.id).toBe(root.body.id);
    const byColon = await h.call(token, 'GET', '/sites/vaxjo.sharepoint.com:/sites/natverk:');
    expect(byColon.body.id).toBe(siteId);
  });

  it('should answer 404 for an unknown site path', async () => {
    expect((await h.call(token, 'GET', '/sites/vaxjo.sharepoint.com:/sites/none')).status).toBe(404);
  });
});

describe('emulator $select on sites, lists and columns', () => {
  it('should return only the selected properties', async () => {
    const { h, token, siteId, groupId } = await startWithSite();
    const site = await h.call(token, 'GET', `/groups/${groupId}/sites/root?$select=id,webUrl`);
    expect(Object.keys(site.body).sort()).toEqual(['id', 'webUrl']);
    await h.call(token, 'POST', `/sites/${siteId}/lists`, { displayName: 'Projekt', columns: [{ name: 'status', text: {}, indexed: true }] });
    const lists = await h.call(token, 'GET', `/sites/${siteId}/lists?$select=id,displayName,name`);
    expect(Object.keys(lists.body.value[0]).filter((k) => !k.startsWith('@')).sort()).toEqual(['displayName', 'id', 'name']);
    const columns = await h.call(token, 'GET', `/sites/${siteId}/lists/Projekt/columns?$select=id,name,indexed`);
    expect(columns.body.value.find((c: { name: string }) => c.name === 'status')).toEqual({ id: expect.any(String), name: 'status', indexed: true });
    expect((await h.call(token, 'GET', `/sites/${siteId}/lists?$select=colour`)).status).toBe(400);
    await h.emu.close();
  });
});
