import { describe, expect, it } from 'vitest';
import { createGraphClient } from '../../../src/graph/client.js';
import {
  getUser,
  groupByNicknameRequest,
  isGroupMember,
  userBind,
  userRequest,
} from '../../../src/graph/directory.js';
import { fakeFetch, graphError, json } from './fake-transport.js';

const BASE = 'https://graph.microsoft.com/v1.0';
const client = (f: typeof fetch) =>
  createGraphClient({ baseUrl: BASE, getToken: async () => 't', fetchImpl: f });

describe('directory paths', () => {
  it('should encode a UPN or id as one segment of the user path', () => {
    expect(userRequest("o'brien/x?y#z@vaxjo.se", ['id', 'displayName'])).toEqual({
      method: 'GET',
      url: "/users/o'brien%2Fx%3Fy%23z%40vaxjo.se?$select=id,displayName",
    });
  });

  it('should encode the whole mail-nickname filter as one query value', () => {
    expect(groupByNicknameRequest("ia-a&b'c").url).toBe(
      `/groups?$filter=${encodeURIComponent("mailNickname eq 'ia-a&b''c'")}&$select=id,displayName,mailNickname,visibility`,
    );
  });

  it('should bind a user with its key as an OData string literal', () => {
    expect(userBind({ baseUrl: BASE }, "it's@vaxjo.se")).toBe(`${BASE}/users('it''s@vaxjo.se')`);
  });
});

describe('getUser', () => {
  it('should read the user through its encoded path and validate the answer', async () => {
    const t = fakeFetch(json(200, { id: 'u1', userPrincipalName: 'a@b.se', displayName: null }));
    expect(await getUser(client(t.fetch), 'a/b@b.se')).toEqual({
      id: 'u1',
      userPrincipalName: 'a@b.se',
      displayName: undefined,
    });
    expect(t.calls[0]?.url).toBe(
      `${BASE}/users/a%2Fb%40b.se?$select=id,userPrincipalName,displayName`,
    );
  });

  it('should answer undefined for a user the directory does not have', async () => {
    const t = fakeFetch(graphError(404, 'Request_ResourceNotFound', 'No such user'));
    expect(await getUser(client(t.fetch), 'gone@b.se')).toBeUndefined();
  });

  it('should name the field of an invalid answer', async () => {
    const t = fakeFetch(json(200, { id: 'u1' }));
    await expect(getUser(client(t.fetch), 'a@b.se')).rejects.toThrow(
      /invalid user: userPrincipalName/,
    );
  });
});

describe('isGroupMember', () => {
  it('should find the group among the user’s memberOf, every page', async () => {
    const t = fakeFetch(
      json(200, {
        value: [{ id: 'g1' }],
        '@odata.nextLink': `${BASE}/users/u1/memberOf?$skiptoken=1`,
      }),
      json(200, { value: [{ id: 'g2' }] }),
    );
    expect(await isGroupMember(client(t.fetch), 'u1', 'g2')).toBe(true);
    expect(t.calls[0]?.url).toBe(`${BASE}/users/u1/memberOf?$select=id`);
    expect(await isGroupMember(client(fakeFetch(json(200, { value: [] })).fetch), 'u1', 'g2')).toBe(
      false,
    );
  });
});
