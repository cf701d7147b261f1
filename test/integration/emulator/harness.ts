import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../../src/emulator/index.js';

/** Graph JSON as tests read it (arbitrary shapes, asserted field by field). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are arbitrary Graph JSON
export type Json = any;

/** A parsed HTTP answer from the emulator. */
export interface Answer<T = Json> {
  status: number;
  headers: Headers;
  body: T;
}

/** A started emulator with helpers that speak plain HTTP (fetch). */
export interface Harness {
  emu: RunningEmulator;
  userToken(upn: string): Promise<string>;
  appToken(roles?: string[], clientId?: string): Promise<string>;
  call<T = Json>(token: string | undefined, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer<T>>;
  dev<T = Json>(method: string, path: string, body?: unknown): Promise<T>;
}

export const COORDINATOR = 'samordnare@vaxjo.example';
export const CONTACT = 'kontakt.utbildning@vaxjo.example';
export const STAFF = 'personal1.utbildning@vaxjo.example';
export const OUTSIDER = 'extern.gast@vaxjo.example';

async function parse(res: Response): Promise<Answer> {
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, headers: res.headers, body: type.includes('json') && text ? JSON.parse(text) : text };
}

export async function startHarness(opts: EmulatorOptions = {}): Promise<Harness> {
  const emu = await startEmulator({ dbPath: ':memory:', port: 0, ...opts });
  const dev = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${emu.origin}/_emulator${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await parse(res)).body;
  };
  const token = async (body: unknown) => ((await dev('POST', '/token', body)) as { access_token: string }).access_token;
  return {
    emu,
    dev,
    userToken: (upn) => token({ userPrincipalName: upn }),
    appToken: (roles, clientId = 'provisioning-app') => token({ clientId, ...(roles ? { roles } : {}) }),
    call: async (tok, method, path, body, headers = {}) => {
      const isBytes = Buffer.isBuffer(body) || typeof body === 'string';
      const res = await fetch(path.startsWith('http') ? path : `${emu.baseUrl}${path}`, {
        method,
        redirect: 'manual',
        headers: {
          ...(tok ? { authorization: `Bearer ${tok}` } : {}),
          ...(body !== undefined && !isBytes ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : isBytes ? (body as string) : JSON.stringify(body),
      });
      return parse(res);
    },
  };
}

/** Creates a Unified group (delegated as `owner`) and returns it with its site id. */
export async function createGroupWithSite(
  h: Harness,
  token: string,
  nickname: string,
  visibility: 'Public' | 'Private',
  memberIds: string[] = [],
): Promise<{ groupId: string; siteId: string }> {
  const res = await h.call(token, 'POST', '/groups', {
    displayName: nickname,
    mailNickname: nickname,
    mailEnabled: true,
    securityEnabled: false,
    groupTypes: ['Unified'],
    visibility,
    'members@odata.bind': memberIds.map((id) => `https://graph.microsoft.com/v1.0/users/${id}`),
  });
  if (res.status !== 201) throw new Error(`group create failed: ${JSON.stringify(res.body)}`);
  const site = await h.call(token, 'GET', `/groups/${res.body.id}/sites/root`);
  return { groupId: res.body.id, siteId: site.body.id };
}

export async function userId(h: Harness, upn: string): Promise<string> {
  const users = (await h.dev('GET', '/users')) as { id: string; userPrincipalName: string }[];
  const u = users.find((x) => x.userPrincipalName === upn);
  if (!u) throw new Error(`no user ${upn}`);
  return u.id;
}

/** A started emulator with the coordinator's token and a public group site `natverk`. */
export async function startWithSite(opts: EmulatorOptions = {}): Promise<{ h: Harness; token: string; siteId: string; groupId: string }> {
  const h = await startHarness(opts);
  const token = await h.userToken(COORDINATOR);
  const { siteId, groupId } = await createGroupWithSite(h, token, 'natverk', 'Public');
  return { h, token, siteId, groupId };
}

/** Creates a list on the site and returns the path of its items. */
export async function createList(h: Harness, token: string, siteId: string, body: Record<string, unknown>): Promise<string> {
  const res = await h.call(token, 'POST', `/sites/${siteId}/lists`, body);
  if (res.status !== 201) throw new Error(`list create failed: ${JSON.stringify(res.body)}`);
  return `/sites/${siteId}/lists/${res.body.id}/items`;
}
