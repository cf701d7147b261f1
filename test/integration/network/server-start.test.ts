import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDevTokenProvider } from '../../../src/auth/dev-token-provider.js';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import { createGraphClient, type GraphClient } from '../../../src/graph/client.js';
import { NETWORK_CHANNEL_NAME, WORKING_GROUP_CHANNELS } from '../../../src/graph/network.js';
import { startServer } from '../../../src/server/app.js';

const COORDINATOR = 'samordnare@vaxjo.example';

/** A Graph client of a seeded user, with the tab's dev tokens from the running emulator. */
const clientOf = (graphBaseUrl: string, emulatorOrigin: string, upn: string): GraphClient =>
  createGraphClient({
    baseUrl: graphBaseUrl,
    getToken: createDevTokenProvider(emulatorOrigin, upn),
  });

/**
 * What a newcomer finds after `npm start` (issue 4): the network Team, its shared channel and
 * the sample contact persons as members, through Graph as the coordinator; and a second start on
 * the same data creates nothing.
 */
describe('server start provisions the network Team', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ia-network-'));
  const lines: string[] = [];
  let server: Awaited<ReturnType<typeof startServer>>;
  let coordinator: GraphClient;

  beforeAll(async () => {
    server = await startServer({ port: 0, dataDir, seed: true, log: (l) => lines.push(l) });
    coordinator = clientOf(server.graphBaseUrl, server.emulatorOrigin ?? '', COORDINATOR);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const team = async () => {
    const { mailNickname } = defaultOrganisation.network;
    const group = await coordinator.get<{ value: { id: string }[] }>(
      `/groups?$filter=mailNickname eq '${mailNickname}'&$select=id`,
    );
    const joined = await coordinator.get<{ value: { id: string; displayName: string }[] }>(
      '/me/joinedTeams',
    );
    const found = joined.value.find((t) => t.id === group.value[0]?.id);
    if (!found) throw new Error(`not in joinedTeams: ${mailNickname}`);
    return found;
  };
  const channels = async () =>
    (
      await coordinator.get<{
        value: { id: string; displayName: string; membershipType: string }[];
      }>(`/teams/${(await team()).id}/channels`)
    ).value;

  it("should put the network Team in the coordinator's joined teams", async () => {
    await expect(team()).resolves.toMatchObject({
      displayName: expect.stringContaining(defaultOrganisation.network.name),
    });
  });

  it('should give the Team its shared channel and the working-group channels', async () => {
    const names = (await channels()).map((c) => `${c.displayName}:${c.membershipType}`);
    expect(names).toEqual(
      expect.arrayContaining([
        `${NETWORK_CHANNEL_NAME}:shared`,
        ...WORKING_GROUP_CHANNELS.map((c) => `${c}:standard`),
      ]),
    );
  });

  it('should make the sample contact persons members of the shared channel', async () => {
    const shared = (await channels()).find((c) => c.membershipType === 'shared');
    const members = await coordinator.get<{ value: { email?: string }[] }>(
      `/teams/${(await team()).id}/channels/${shared?.id ?? ''}/members`,
    );
    expect(members.value.map((m) => m.email)).toEqual(
      expect.arrayContaining([
        'kontakt.utbildning@vaxjo.example',
        'kontakt.vidingehem@vaxjo.example',
      ]),
    );
  });

  it('should create nothing of the Team on a second start with the same data', async () => {
    await server.close();
    lines.length = 0;
    server = await startServer({ port: 0, dataDir, seed: true, log: (l) => lines.push(l) });
    expect(lines.find((l) => l.startsWith('Network Team:'))).toMatch(
      /^Network Team: 0 created, \d+ found; channel members: 0 added\.$/,
    );
  });
});
