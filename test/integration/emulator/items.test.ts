import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COORDINATOR, createList, startWithSite, type Harness, type Json } from './harness.js';

const PREFER = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

describe('emulator list items', () => {
  let h: Harness;
  let token: string;
  let items: string;
  beforeAll(async () => {
    let siteId: string;
    ({ h, token, siteId } = await startWithSite());
    items = await createList(h, token, siteId, {
      displayName: 'Projekt',
      columns: [
        { name: 'status', choice: { choices: ['planned', 'granted', 'completed'] }, indexed: true },
        { name: 'budget', number: { minimum: 0 }, indexed: true },
        { name: 'startDate', dateTime: { format: 'dateOnly' }, indexed: true },
        { name: 'eu', boolean: {}, indexed: true },
        { name: 'country', text: { maxLength: 20 } },
        { name: 'code', text: {}, indexed: true },
        { name: 'owner', personOrGroup: {} },
      ],
    });
    const seed = [
      { Title: 'Erasmus+ skolutbyte', status: 'granted', budget: 100, startDate: '2024-01-15', eu: true, country: 'Tyskland', code: "O'Neil" },
      { Title: 'Interreg Baltic', status: 'planned', budget: 500, startDate: '2024-06-01', eu: true, country: 'Polen', code: 'b' },
      { Title: 'ICLD vänort', status: 'completed', budget: 50, startDate: '2023-03-01', eu: false, country: 'Kenya', code: 'c' },
      { Title: 'Nordplus', status: 'granted', startDate: '2025-02-01', eu: false, code: 'd' },
    ];
    for (const fields of seed) await h.call(token, 'POST', items, { fields });
  });
  afterAll(() => h.emu.close());

  const titles = (res: { body: Json }) => res.body.value.map((i: Json) => i.fields.Title);
  const filter = (expr: string, extra = '') => `${items}?$expand=fields&$filter=${encodeURIComponent(expr)}${extra}`;

  describe('create and read', () => {
    it('should create an item (201) with id, eTag, identities and fields', async () => {
      const res = await h.call(token, 'POST', items, { fields: { Title: 'LIFE klimat', status: 'planned', budget: 12.5 } });
      expect(res.status).toBe(201);
      expect(res.body.id).toBe('5');
      expect(res.body.eTag).toMatch(/^"[0-9a-f-]{36},1"$/);
      expect(res.body.createdBy.user.displayName).toBe('Sara Lind');
      expect(res.body.lastModifiedBy.user.email).toBe(COORDINATOR);
      expect(res.body.fields).toMatchObject({ Title: 'LIFE klimat', status: 'planned', budget: 12.5, id: '5', '@odata.etag': res.body.eTag, _UIVersionString: '1.0' });
      expect(res.body.createdDateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    });

    it('should return an item with its ETag header', async () => {
      const res = await h.call(token, 'GET', `${items}/1?$expand=fields`);
      expect(res.headers.get('etag')).toBe(res.body.eTag);
      expect(res.body.fields.startDate).toBe('2024-01-15T00:00:00Z');
    });

    it('should omit fields unless expanded', async () => {
      const res = await h.call(token, 'GET', `${items}/1`);
      expect(res.body.fields).toBeUndefined();
    });

    it('should select fields with $expand=fields($select=...)', async () => {
      const res = await h.call(token, 'GET', `${items}?$expand=fields($select=Title,budget)`);
      expect(res.body.value[0].fields).toEqual({ '@odata.etag': res.body.value[0].eTag, Title: 'Erasmus+ skolutbyte', budget: 100 });
    });

    it('should accept the expand=fields(select=...) form without $', async () => {
      const res = await h.call(token, 'GET', `${items}?expand=fields(select=status)`);
      expect(Object.keys(res.body.value[0].fields).sort()).toEqual(['@odata.etag', 'status']);
    });

    it('should answer 400 when selecting an unknown field', async () => {
      expect((await h.call(token, 'GET', `${items}?$expand=fields($select=nope)`)).status).toBe(400);
    });

    it('should select top-level listItem properties with $select', async () => {
      const res = await h.call(token, 'GET', `${items}/1?$select=id,webUrl&$expand=fields($select=Title)`);
      expect(Object.keys(res.body).filter((k) => !k.startsWith('@')).sort()).toEqual(['fields', 'id', 'webUrl']);
    });

    it('should answer 404 for an unknown item', async () => {
      expect((await h.call(token, 'GET', `${items}/999`)).status).toBe(404);
    });
  });

  describe('typed-value validation', () => {
    const invalid: [string, Record<string, unknown>, string][] = [
      ['a string for a number', { Title: 'x', budget: '100' }, 'budget'],
      ['a number below the minimum', { Title: 'x', budget: -1 }, 'budget'],
      ['an invalid date', { Title: 'x', startDate: '2024-02-30' }, 'startDate'],
      ['a date-time without zone', { Title: 'x', startDate: '2024-02-01T10:00:00' }, 'startDate'],
      ['a choice not in choices', { Title: 'x', status: 'maybe' }, 'status'],
      ['a string for a boolean', { Title: 'x', eu: 'yes' }, 'eu'],
      ['a too long text', { Title: 'x', country: 'x'.repeat(21) }, 'country'],
      ['an unknown field', { Title: 'x', colour: 'red' }, 'colour'],
      ['a read-only field', { Title: 'x', Created: '2024-01-01' }, 'Created'],
      ['a missing required Title', { status: 'planned' }, 'Title'],
      ['an unknown person lookup id', { Title: 'x', ownerLookupId: 99999 }, 'owner'],
    ];
    it.each(invalid)('should answer 400 naming the field for %s, writing nothing', async (_label, fields, name) => {
      const before = await h.call(token, 'GET', `${items}?$top=999`);
      const res = await h.call(token, 'POST', items, { fields });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalidRequest');
      expect(res.body.error.message).toContain(`'${name}'`);
      const after = await h.call(token, 'GET', `${items}?$top=999`);
      expect(after.body.value).toHaveLength(before.body.value.length);
    });

    it('should leave the item unchanged when a PATCH has one bad field among good ones', async () => {
      const res = await h.call(token, 'PATCH', `${items}/2/fields`, { Title: 'changed', budget: 'lots' });
      expect(res.status).toBe(400);
      const item = await h.call(token, 'GET', `${items}/2?$expand=fields`);
      expect(item.body.fields.Title).toBe('Interreg Baltic');
      expect(item.body.fields._UIVersionString).toBe('1.0');
    });

    it('should write a person column through its LookupId', async () => {
      const me = await h.call(token, 'GET', `${items}/1?$expand=fields`);
      const res = await h.call(token, 'PATCH', `${items}/1/fields`, { ownerLookupId: Number(me.body.fields.AuthorLookupId) });
      expect(res.status).toBe(200);
      expect(res.body.ownerLookupId).toBe(me.body.fields.AuthorLookupId);
    });
  });

  describe('$filter', () => {
    it('should filter with eq on a choice', async () => {
      expect(titles(await h.call(token, 'GET', filter("fields/status eq 'granted'")))).toEqual(['Erasmus+ skolutbyte', 'Nordplus']);
    });

    it('should filter with ne, lt, gt, le and ge on numbers', async () => {
      expect(titles(await h.call(token, 'GET', filter('fields/budget gt 100')))).toEqual(['Interreg Baltic']);
      expect(titles(await h.call(token, 'GET', filter('fields/budget ge 100')))).toEqual(['Erasmus+ skolutbyte', 'Interreg Baltic']);
      expect(titles(await h.call(token, 'GET', filter('fields/budget lt 100')))).toEqual(['ICLD vänort', 'LIFE klimat']);
      expect(titles(await h.call(token, 'GET', filter('fields/budget le 50')))).toEqual(['ICLD vänort', 'LIFE klimat']);
      expect(titles(await h.call(token, 'GET', filter('fields/budget ne 100')))).toHaveLength(4);
    });

    it('should filter dates with ISO literals and quoted strings', async () => {
      expect(titles(await h.call(token, 'GET', filter('fields/startDate ge 2024-01-01T00:00:00Z and fields/startDate lt 2025-01-01T00:00:00Z')))).toEqual([
        'Erasmus+ skolutbyte',
        'Interreg Baltic',
      ]);
      expect(titles(await h.call(token, 'GET', filter("fields/startDate lt '2024-01-01'")))).toEqual(['ICLD vänort']);
    });

    it('should filter booleans', async () => {
      expect(titles(await h.call(token, 'GET', filter('fields/eu eq false')))).toEqual(['ICLD vänort', 'Nordplus']);
    });

    it('should combine or, and, not and parentheses', async () => {
      const expr = "(fields/status eq 'planned' or fields/status eq 'completed') and not (fields/budget gt 400)";
      expect(titles(await h.call(token, 'GET', filter(expr)))).toEqual(['ICLD vänort', 'LIFE klimat']);
    });

    it('should match strings with doubled single quotes', async () => {
      expect(titles(await h.call(token, 'GET', filter("fields/code eq 'O''Neil'")))).toEqual(['Erasmus+ skolutbyte']);
    });

    it('should filter with startswith', async () => {
      expect(titles(await h.call(token, 'GET', filter("startswith(fields/code,'O''')")))).toEqual(['Erasmus+ skolutbyte']);
    });

    it('should filter on fields/id', async () => {
      expect(titles(await h.call(token, 'GET', filter('fields/id eq 3')))).toEqual(['ICLD vänort']);
    });

    it('should refuse a non-indexed column without the Prefer header (400)', async () => {
      const res = await h.call(token, 'GET', filter("fields/country eq 'Polen'"));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('HonorNonIndexedQueriesWarningMayFailRandomly');
    });

    it('should allow a non-indexed column with Prefer: HonorNonIndexedQueriesWarningMayFailRandomly', async () => {
      const res = await h.call(token, 'GET', filter("fields/country eq 'Polen'"), undefined, PREFER);
      expect(titles(res)).toEqual(['Interreg Baltic']);
    });

    it.each([
      ['a dangling operator', "fields/status eq 'granted' and"],
      ['an unknown field', "fields/nope eq 'x'"],
      ['a string for a number column', "fields/budget eq 'many'"],
      ['a number for a choice column', 'fields/status eq 5'],
      ['a path outside fields', "Title eq 'x'"],
      ['an unbalanced parenthesis', "(fields/status eq 'granted'"],
    ])('should answer 400 for %s, never a wider result', async (_label, expr) => {
      const res = await h.call(token, 'GET', filter(expr), undefined, PREFER);
      expect(res.status).toBe(400);
      expect(res.body.value).toBeUndefined();
    });
  });

  describe('$orderby', () => {
    it('should order by an indexed field descending', async () => {
      const res = await h.call(token, 'GET', `${items}?$expand=fields&$orderby=fields/budget desc`);
      expect(titles(res)).toEqual(['Interreg Baltic', 'Erasmus+ skolutbyte', 'ICLD vänort', 'LIFE klimat', 'Nordplus']);
    });

    it('should refuse ordering by a non-indexed field without Prefer', async () => {
      expect((await h.call(token, 'GET', `${items}?$orderby=fields/country`)).status).toBe(400);
    });

    it('should answer 400 for a malformed $orderby', async () => {
      expect((await h.call(token, 'GET', `${items}?$orderby=${encodeURIComponent('fields/budget sideways')}`)).status).toBe(400);
    });
  });

  describe('update, delete and eTags', () => {
    it('should update fields (200 fieldValueSet) and bump the version', async () => {
      const before = await h.call(token, 'GET', `${items}/4`);
      const res = await h.call(token, 'PATCH', `${items}/4/fields`, { budget: 75 }, { 'If-Match': before.body.eTag });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ budget: 75, Title: 'Nordplus', _UIVersionString: '2.0' });
      expect(res.body['@odata.etag']).toMatch(/,2"$/);
    });

    it('should answer 412 for a stale If-Match and change nothing', async () => {
      const res = await h.call(token, 'PATCH', `${items}/4/fields`, { budget: 1 }, { 'If-Match': '"00000000-0000-0000-0000-000000000000,1"' });
      expect(res.status).toBe(412);
      expect(res.body.error.code).toBe('preconditionFailed');
      const item = await h.call(token, 'GET', `${items}/4?$expand=fields`);
      expect(item.body.fields.budget).toBe(75);
    });

    it('should accept If-Match: *', async () => {
      expect((await h.call(token, 'PATCH', `${items}/4/fields`, { budget: 80 }, { 'If-Match': '*' })).status).toBe(200);
    });

    it('should update through PATCH items/{id} with a fields object', async () => {
      const res = await h.call(token, 'PATCH', `${items}/4`, { fields: { country: 'Norge' } });
      expect(res.status).toBe(200);
      expect(res.body.fields.country).toBe('Norge');
    });

    it('should clear a field with null', async () => {
      const res = await h.call(token, 'PATCH', `${items}/4/fields`, { country: null });
      expect(res.body.country).toBeUndefined();
    });

    it('should list versions newest first with their fields', async () => {
      const res = await h.call(token, 'GET', `${items}/4/versions`);
      expect(res.body.value.map((v: Json) => v.id)).toEqual(['5.0', '4.0', '3.0', '2.0', '1.0']);
      expect(res.body.value[4].fields.budget).toBeUndefined();
      expect(res.body.value[3].fields.budget).toBe(75);
    });

    it('should refuse a stale DELETE (412) and delete with the current eTag (204)', async () => {
      const current = await h.call(token, 'GET', `${items}/4`);
      expect((await h.call(token, 'DELETE', `${items}/4`, undefined, { 'If-Match': '"x,1"' })).status).toBe(412);
      expect((await h.call(token, 'GET', `${items}/4`)).status).toBe(200);
      expect((await h.call(token, 'DELETE', `${items}/4`, undefined, { 'If-Match': current.body.eTag })).status).toBe(204);
      expect((await h.call(token, 'GET', `${items}/4`)).status).toBe(404);
    });

    it('should never reuse a deleted item id', async () => {
      const res = await h.call(token, 'POST', items, { fields: { Title: 'ny' } });
      expect(res.body.id).toBe('6');
    });
  });
});

describe('emulator column rules on items', () => {
  it('should accept a free-text choice only when allowTextEntry is set', async () => {
    const { h, token, siteId } = await startWithSite();
    const items = await createList(h, token, siteId, {
      displayName: 'Val',
      columns: [
        { name: 'strict', choice: { choices: ['a'] } },
        { name: 'open', choice: { choices: ['a'], allowTextEntry: true } },
      ],
    });
    expect((await h.call(token, 'POST', items, { fields: { Title: 'x', open: 'annat' } })).status).toBe(201);
    expect((await h.call(token, 'POST', items, { fields: { Title: 'x', strict: 'annat' } })).status).toBe(400);
    await h.emu.close();
  });

  it('should refuse a duplicate value in a column that enforces unique values', async () => {
    const { h, token, siteId } = await startWithSite();
    const items = await createList(h, token, siteId, { displayName: 'Unik', columns: [{ name: 'code', text: {}, enforceUniqueValues: true }] });
    expect((await h.call(token, 'POST', items, { fields: { Title: 'a', code: 'X1' } })).status).toBe(201);
    const dup = await h.call(token, 'POST', items, { fields: { Title: 'b', code: 'X1' } });
    expect(dup.status).toBe(400);
    expect(dup.body.error.message).toContain("'code'");
    expect((await h.call(token, 'PATCH', `${items}/1/fields`, { code: 'X1' })).status).toBe(200);
    await h.emu.close();
  });

  it('should write a lookup column through its LookupId and refuse a missing target item', async () => {
    const { h, token, siteId } = await startWithSite();
    const projects = await createList(h, token, siteId, { displayName: 'Projekt' });
    const listId = projects.split('/')[4];
    const activities = await createList(h, token, siteId, { displayName: 'Aktiviteter', columns: [{ name: 'project', lookup: { listId, columnName: 'Title' } }] });
    await h.call(token, 'POST', projects, { fields: { Title: 'P1' } });
    const ok = await h.call(token, 'POST', activities, { fields: { Title: 'A1', projectLookupId: 1 } });
    expect(ok.body.fields.projectLookupId).toBe('1');
    expect((await h.call(token, 'POST', activities, { fields: { Title: 'A2', projectLookupId: 9 } })).status).toBe(400);
    await h.emu.close();
  });
});
