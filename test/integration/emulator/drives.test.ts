import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTSIDER, startWithSite, type Harness, type Json } from './harness.js';

describe('emulator drives', () => {
  let h: Harness;
  let token: string;
  let groupId: string;
  let driveId: string;
  beforeAll(async () => {
    ({ h, token, groupId } = await startWithSite());
  });
  afterAll(() => h.emu.close());

  const text = { 'content-type': 'text/plain' };

  it("should serve the group's document library as its drive", async () => {
    const res = await h.call(token, 'GET', `/groups/${groupId}/drive`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Documents', driveType: 'documentLibrary', webUrl: 'https://vaxjo.sharepoint.com/sites/natverk/Shared%20Documents' });
    driveId = res.body.id;
    const site = await h.call(token, 'GET', `/groups/${groupId}/sites/root`);
    expect((await h.call(token, 'GET', `/sites/${site.body.id}/drive`)).body.id).toBe(driveId);
    expect((await h.call(token, 'GET', `/sites/${site.body.id}/drives`)).body.value.map((d: Json) => d.id)).toEqual([driveId]);
    expect((await h.call(token, 'GET', `/drives/${driveId}`)).body.id).toBe(driveId);
  });

  it('should upload a new file by path (201), creating intermediate folders', async () => {
    const res = await h.call(token, 'PUT', `/drives/${driveId}/root:/Rapporter/2024/årsrapport.txt:/content`, 'hej världen', text);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'årsrapport.txt', size: Buffer.byteLength('hej världen'), file: { mimeType: 'text/plain' } });
    expect(res.body.parentReference).toMatchObject({ driveId, path: `/drives/${driveId}/root:/Rapporter/2024` });
    // SharePoint's path below the site's URL, served by the emulator itself (its host is local).
    expect(res.body.webUrl).toBe(`${h.emu.origin}/_emulator/web/vaxjo.sharepoint.com/sites/natverk/Shared%20Documents/Rapporter/2024/%C3%A5rsrapport.txt`);
    const folder = await h.call(token, 'GET', `/drives/${driveId}/root:/Rapporter`);
    expect(folder.body.folder).toEqual({ childCount: 1 });
  });

  it("should open a file at its webUrl in a browser on this machine, with its bytes and type", async () => {
    const item = await h.call(token, 'GET', `/drives/${driveId}/root:/Rapporter/2024/årsrapport.txt`);
    const res = await fetch(String(item.body.webUrl));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe('hej världen');
  });

  it('should answer 404 at a webUrl path that names no item', async () => {
    const res = await fetch(`${h.emu.origin}/_emulator/web/vaxjo.sharepoint.com/sites/natverk/Shared%20Documents/nope.docx`);
    expect(res.status).toBe(404);
  });

  it('should replace an existing file (200) and bump its eTag', async () => {
    const before = await h.call(token, 'GET', `/drives/${driveId}/root:/Rapporter/2024/årsrapport.txt`);
    const res = await h.call(token, 'PUT', `/drives/${driveId}/root:/Rapporter/2024/årsrapport.txt:/content`, 'version två', text);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(before.body.id);
    expect(res.body.eTag).not.toBe(before.body.eTag);
  });

  it('should download content through a 302 to a pre-authenticated URL', async () => {
    const res = await h.call(token, 'GET', `/drives/${driveId}/root:/Rapporter/2024/årsrapport.txt:/content`);
    expect(res.status).toBe(302);
    const location = res.headers.get('location') as string;
    const download = await fetch(location);
    expect(await download.text()).toBe('version två');
    const forged = await fetch(location.replace(/sig=[^&]+/, 'sig=AAAA'));
    expect(forged.status).toBe(401);
  });

  it('should follow the redirect transparently with fetch', async () => {
    const res = await fetch(`${h.emu.baseUrl}/drives/${driveId}/root:/Rapporter/2024/årsrapport.txt:/content`, { headers: { authorization: `Bearer ${token}` } });
    expect(await res.text()).toBe('version två');
  });

  it('should upload into a folder by parent id and name', async () => {
    const folder = await h.call(token, 'GET', `/drives/${driveId}/root:/Rapporter`);
    const res = await h.call(token, 'PUT', `/drives/${driveId}/items/${folder.body.id}:/bilaga.bin:/content`, Buffer.from([0, 1, 2, 255]), { 'content-type': 'application/octet-stream' });
    expect(res.status).toBe(201);
    const meta = await h.call(token, 'GET', `/drives/${driveId}/items/${res.body.id}`);
    expect(meta.body.size).toBe(4);
  });

  it('should list children of the root and of a folder', async () => {
    const root = await h.call(token, 'GET', `/drives/${driveId}/root/children`);
    expect(root.body.value.map((i: Json) => i.name)).toEqual(['Rapporter']);
    const folder = await h.call(token, 'GET', `/drives/${driveId}/root:/Rapporter:/children`);
    expect(folder.body.value.map((i: Json) => i.name)).toEqual(['2024', 'bilaga.bin']);
  });

  it('should create a folder (201) and honour conflictBehavior', async () => {
    const create = (behavior?: string) =>
      h.call(token, 'POST', `/drives/${driveId}/root/children`, { name: 'Underlag', folder: {}, ...(behavior ? { '@microsoft.graph.conflictBehavior': behavior } : {}) });
    expect((await create()).status).toBe(201);
    const conflict = await create('fail');
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.code).toBe('nameAlreadyExists');
    const renamed = await create('rename');
    expect(renamed.body.name).toBe('Underlag 1');
  });

  it('should refuse invalid names (400)', async () => {
    expect((await h.call(token, 'POST', `/drives/${driveId}/root/children`, { name: 'a*b', folder: {} })).status).toBe(400);
  });

  it('should answer 404 for a missing path', async () => {
    expect((await h.call(token, 'GET', `/drives/${driveId}/root:/Finns/inte.txt`)).status).toBe(404);
  });

  it('should delete an item (204)', async () => {
    const res = await h.call(token, 'PUT', `/drives/${driveId}/root:/tmp.txt:/content`, 'x', text);
    expect((await h.call(token, 'DELETE', `/drives/${driveId}/items/${res.body.id}`)).status).toBe(204);
    expect((await h.call(token, 'GET', `/drives/${driveId}/items/${res.body.id}`)).status).toBe(404);
  });

  it('should let a tenant user read but not write the drive of a public group', async () => {
    const outsider = await h.userToken(OUTSIDER);
    expect((await h.call(outsider, 'GET', `/drives/${driveId}/root/children`)).status).toBe(200);
    const res = await h.call(outsider, 'PUT', `/drives/${driveId}/root:/intrång.txt:/content`, 'x', text);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('accessDenied');
  });

  it('should accept the /groups/{id}/drive/root:/path:/content alias', async () => {
    const res = await h.call(token, 'PUT', `/groups/${groupId}/drive/root:/alias.txt:/content`, 'alias', text);
    expect(res.status).toBe(201);
    expect(res.body.parentReference.driveId).toBe(driveId);
  });
});

describe('emulator upload sessions', () => {
  const KIB320 = 320 * 1024;

  it('should upload a large file in fragments through an upload session', async () => {
    const { h, token, groupId } = await startWithSite();
    const drive = (await h.call(token, 'GET', `/groups/${groupId}/drive`)).body.id;
    const session = await h.call(token, 'POST', `/drives/${drive}/root:/Rapporter/stor.bin:/createUploadSession`, { item: { '@microsoft.graph.conflictBehavior': 'rename' } });
    expect(session.status).toBe(200);
    expect(session.body.nextExpectedRanges).toEqual(['0-']);
    const data = Buffer.alloc(KIB320 * 2 + 1000, 7);
    const put = (from: number, to: number) =>
      fetch(session.body.uploadUrl, { method: 'PUT', headers: { 'Content-Range': `bytes ${from}-${to - 1}/${data.length}` }, body: data.subarray(from, to) });
    const odd = await put(0, 1000);
    expect(odd.status).toBe(400);
    const first = await put(0, KIB320);
    expect(first.status).toBe(202);
    expect((await first.json()).nextExpectedRanges).toEqual([`${KIB320}-`]);
    expect((await put(0, KIB320)).status).toBe(416);
    expect((await put(KIB320, KIB320 * 2)).status).toBe(202);
    const last = await put(KIB320 * 2, data.length);
    expect(last.status).toBe(201);
    const item = await last.json();
    expect(item).toMatchObject({ name: 'stor.bin', size: data.length });
    const content = await fetch(`${h.emu.baseUrl}/drives/${drive}/items/${item.id}/content`, { headers: { authorization: `Bearer ${token}` } });
    expect(Buffer.from(await content.arrayBuffer()).equals(data)).toBe(true);
    await h.emu.close();
  });

  it('should cancel an upload session with DELETE', async () => {
    const { h, token, groupId } = await startWithSite();
    const drive = (await h.call(token, 'GET', `/groups/${groupId}/drive`)).body.id;
    const session = await h.call(token, 'POST', `/drives/${drive}/root:/x.bin:/createUploadSession`, {});
    expect((await fetch(session.body.uploadUrl, { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(session.body.uploadUrl)).status).toBe(404);
    await h.emu.close();
  });
});
