import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../../src/emulator/index.js';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import {
  PROVISIONING_APP_PERMISSIONS,
  RUNTIME_APP_PERMISSIONS,
  createGraphClient,
  resolveSites,
  verifyRuntimeAccess,
  type GraphClient,
} from '../../../src/graph/index.js';
import { ConfigError, loadTenantCredentials } from '../../../src/server/config.js';
import {
  EmulatorNotRunningError,
  ProvisionArgumentError,
  runProvisionCommand,
  type ProvisionCommandResult,
} from '../../../src/server/provision-cli.js';

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

/**
 * An app-only token from the emulator, the stand-in for the client credentials flow; `roles` are
 * the application permissions it carries (default: the emulator's broad set).
 */
async function appToken(emulator: Emulator, roles?: string[]): Promise<string> {
  const response = await fetch(`${emulator.origin}/_emulator/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: 'tenant-rehearsal', ...(roles ? { roles } : {}) }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Tenant mode against the emulator: GRAPH_ACCESS_TOKEN replaces Entra ID's client credentials. */
async function tenantRun(emulator: Emulator, argv: string[] = [], roles?: string[]) {
  const lines: string[] = [];
  const result = await runProvisionCommand(
    ['--tenant', '--graph-base-url', emulator.baseUrl, ...argv],
    {
      env: { GRAPH_ACCESS_TOKEN: await appToken(emulator, roles) },
      log: (line) => lines.push(line),
    },
  );
  return { result, lines };
}

function appClient(emulator: Emulator): GraphClient {
  return createGraphClient({ baseUrl: emulator.baseUrl, getToken: () => appToken(emulator) });
}

async function groupsWithNickname(
  client: GraphClient,
  nickname: string,
): Promise<{ id: string }[]> {
  const filter = encodeURIComponent(`mailNickname eq '${nickname}'`);
  return (await client.get<{ value: { id: string }[] }>(`/groups?$filter=${filter}`)).value;
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** Runs the CLI as `npm run provision` does, from an empty folder so no `.env` is read. */
async function runCli(
  argv: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  const cwd = await mkdtemp(path.join(tmpdir(), 'provision-cli-'));
  try {
    return await new Promise((resolve, reject) => {
      const child = spawn(
        path.join(repoRoot, 'node_modules/.bin/tsx'),
        [path.join(repoRoot, 'src/server/provision-cli.ts'), ...argv],
        { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
}

async function errorOf(run: Promise<unknown>): Promise<Error> {
  try {
    await run;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the command to fail');
}

describe('npm run provision -- --tenant (against the emulator)', () => {
  let emulator: Emulator;
  let client: GraphClient;
  let plan: { result: ProvisionCommandResult; lines: string[] };
  let first: { result: ProvisionCommandResult; lines: string[] };

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    client = appClient(emulator);
  });
  afterAll(() => emulator.close());

  it('should print the plan in a dry run', async () => {
    plan = await tenantRun(emulator, ['--dry-run']);
    expect(plan.lines).toContain(
      'would create: group ia-utbildning (Internationellt arbete – Utbildningsförvaltningen)',
    );
    expect(plan.lines.at(-1)).toMatch(/^Dry run: \d+ to create, 0 found\. Nothing was written\.$/);
  });

  it('should write nothing in a dry run', async () => {
    expect(await groupsWithNickname(client, 'ia-utbildning')).toEqual([]);
    expect(await groupsWithNickname(client, 'ia-natverket')).toEqual([]);
  });

  it('should create exactly what the dry run planned', async () => {
    first = await tenantRun(emulator, ['--owner', 'samordnare@vaxjo.example']);
    expect(first.result.created).toEqual(plan.result.created);
    expect(await groupsWithNickname(client, 'ia-utbildning')).toHaveLength(1);
  });

  it('should make the --owner user owner of each group it creates', async () => {
    const [group] = await groupsWithNickname(client, 'ia-omsorg');
    const owners = await client.get<{ value: { userPrincipalName: string }[] }>(
      `/groups/${group?.id ?? ''}/owners?$select=userPrincipalName`,
    );
    expect(owners.value.map((o) => o.userPrincipalName)).toEqual(['samordnare@vaxjo.example']);
  });

  it('should report nothing to do on a second run', async () => {
    const second = await tenantRun(emulator);
    expect(second.result.created).toEqual([]);
    expect(second.lines.at(-1)).toBe(
      `Nothing to do: 0 created, ${second.result.found.length} found.`,
    );
  });

  it("should print the SharePoint admin's list commands with the network site's URL", async () => {
    const site = await client.get<{ webUrl: string }>(
      `/groups/${(await groupsWithNickname(client, 'ia-natverket'))[0]?.id ?? ''}/sites/root`,
    );
    expect(first.result.adminCommands).toContain(
      `Connect-PnPOnline -Url '${site.webUrl}' -Interactive -ClientId $pnpClientId`,
    );
    expect(first.lines).toContain(
      "Set-PnPList -Identity 'Granskningsbeslut' -BreakRoleInheritance -CopyRoleAssignments",
    );
    expect(first.lines).toContain("Set-PnPList -Identity 'Svar på utlysningar' -WriteSecurity 2");
    const network = (await groupsWithNickname(client, 'ia-natverket'))[0]?.id ?? '';
    expect(first.lines).toContain(
      `Add-PnPGroupMember -Group (Get-PnPGroup -AssociatedVisitorGroup) -LoginName 'c:0o.c|federateddirectoryclaimprovider|${network}'`,
    );
  });

  it('should print the list commands with the default site URL in a dry run', () => {
    expect(plan.result.adminCommands).toContain(
      "Connect-PnPOnline -Url 'https://vaxjo.sharepoint.com/sites/ia-natverket' -Interactive -ClientId $pnpClientId",
    );
  });

  it('should find everything the tenant run made when run in local mode on the emulator port', async () => {
    const local = await runProvisionCommand([], {
      env: { GRAPH_EMULATOR_PORT: String(emulator.port) },
      log: () => {},
    });
    // Only the local server's own site grants are new: the tenant run named no runtime app.
    expect({
      mode: local.mode,
      created: local.created.filter((c) => !c.startsWith('Sites.Selected')),
    }).toEqual({ mode: 'local', created: [] });
  });

  it('should give the local emulator the list policies instead of printing commands', async () => {
    const local = await runProvisionCommand([], {
      env: { GRAPH_EMULATOR_PORT: String(emulator.port) },
      log: () => {},
    });
    const view = (await (await fetch(`${emulator.origin}/_emulator/list-policies`)).json()) as {
      lists: { listDisplayName: string; writers: string; writeSecurity: string }[];
    };
    expect(local.adminCommands).toEqual([]);
    expect(view.lists).toContainEqual(
      expect.objectContaining({ listDisplayName: 'Utlysningar', writers: 'owners' }),
    );
    expect(view.lists).toHaveLength(6);
  });
});

describe('npm run provision -- --organisation (a mapped administration)', () => {
  let emulator: Emulator;
  let client: GraphClient;
  let dir: string;
  let mappedGroupId: string;
  let lines: string[];

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    client = appClient(emulator);
    dir = await mkdtemp(path.join(tmpdir(), 'provision-'));
    // The tenant's existing group of Utbildningsförvaltningen, named by its own convention.
    const existing = await client.post<{ id: string }>('/groups', {
      displayName: 'Utbildningsförvaltningen',
      mailNickname: 'utbildningsforvaltningen',
      mailEnabled: true,
      securityEnabled: false,
      groupTypes: ['Unified'],
      visibility: 'Public',
    });
    mappedGroupId = existing.id;
    const organisation = JSON.parse(
      await readFile('src/domain/organisations/vaxjo.json', 'utf8'),
    ) as { administrations: { id: string; groupId?: string }[] };
    for (const a of organisation.administrations) {
      if (a.id === 'utbildning') a.groupId = mappedGroupId;
    }
    const file = path.join(dir, 'organisation.json');
    await writeFile(file, JSON.stringify(organisation));
    ({ lines } = await tenantRun(emulator, ['--organisation', file]));
  });
  afterAll(async () => {
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('should report the mapped group as found', () => {
    expect(lines).toContain(
      'found: group ia-utbildning (Internationellt arbete – Utbildningsförvaltningen)',
    );
  });

  it('should not create a second group for the mapped administration', async () => {
    expect(await groupsWithNickname(client, 'ia-utbildning')).toEqual([]);
  });

  it("should create the administration's lists on the mapped group's site", async () => {
    const site = await client.get<{ id: string }>(`/groups/${mappedGroupId}/sites/root`);
    const lists = await client.get<{ value: { displayName: string }[] }>(
      `/sites/${site.id}/lists?$select=displayName`,
    );
    expect(lists.value.map((l) => l.displayName)).toEqual(
      expect.arrayContaining(['Internationella projekt', 'Övrigt internationellt arbete']),
    );
  });
});

/**
 * The permissions of one identity's table in docs/deployment.md ("Graph permissions"): the
 * backticked names in the first column of the table under the given heading.
 */
async function documentedPermissions(heading: string): Promise<string[]> {
  const guide = await readFile(path.join(repoRoot, 'docs', 'deployment.md'), 'utf8');
  const start = guide.indexOf(heading);
  if (start < 0) throw new Error(`docs/deployment.md has no "${heading}"`);
  const lines = guide.slice(start).split('\n').slice(1);
  const table = lines.slice(lines.findIndex((l) => l.startsWith('|')));
  return table
    .slice(
      0,
      table.findIndex((l) => !l.startsWith('|')),
    )
    .slice(2)
    .map((row) => /^\|\s*`([^`]+)`/.exec(row)?.[1] ?? row);
}

const DOCUMENTED_APP_PERMISSIONS = [...PROVISIONING_APP_PERMISSIONS];

describe('docs/deployment.md: one permission table per identity, as the code uses them', () => {
  it('should list exactly the provisioning identity’s permissions', async () => {
    expect(await documentedPermissions('**Provisioning identity**')).toEqual([
      ...PROVISIONING_APP_PERMISSIONS,
    ]);
  });

  it('should list exactly the running app’s permissions', async () => {
    expect(await documentedPermissions('**Runtime identity**')).toEqual([
      ...RUNTIME_APP_PERMISSIONS,
    ]);
  });
});

describe('the running app with its own permissions alone (Sites.Selected)', () => {
  let emulator: Emulator;
  const RUNTIME = 'runtime-app';
  const runtimeClient = () =>
    createGraphClient({
      baseUrl: emulator.baseUrl,
      getToken: async () => {
        const response = await fetch(`${emulator.origin}/_emulator/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ clientId: RUNTIME, roles: RUNTIME_APP_PERMISSIONS }),
        });
        return ((await response.json()) as { access_token: string }).access_token;
      },
    });

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    await runProvisionCommand(
      [
        '--tenant',
        '--graph-base-url',
        emulator.baseUrl,
        '--owner',
        'samordnare@vaxjo.example',
        '--team',
      ],
      {
        env: { GRAPH_ACCESS_TOKEN: await appToken(emulator, [...PROVISIONING_APP_PERMISSIONS]) },
        log: () => {},
      },
    );
  });
  afterAll(() => emulator.close());

  it('should name every site the app cannot read before provisioning granted it', async () => {
    const problems = await verifyRuntimeAccess(runtimeClient(), defaultOrganisation);
    expect(problems).toHaveLength(1 + defaultOrganisation.administrations.length);
    expect(problems.every((p) => p.includes('Sites.Selected'))).toBe(true);
  });

  it('should find everything in place once provisioning granted the running app its sites', async () => {
    const lines: string[] = [];
    const { result } = await (async () => ({
      result: await runProvisionCommand(['--tenant', '--graph-base-url', emulator.baseUrl], {
        env: {
          GRAPH_ACCESS_TOKEN: await appToken(emulator, [...PROVISIONING_APP_PERMISSIONS]),
          CLIENT_ID: RUNTIME,
        },
        log: (line) => lines.push(line),
      }),
    }))();
    // The network's, each administration's and the shared channel's site.
    expect(result.created.filter((c) => c.startsWith('Sites.Selected'))).toHaveLength(
      defaultOrganisation.administrations.length + 2,
    );
    expect(await verifyRuntimeAccess(runtimeClient(), defaultOrganisation)).toEqual([]);
    // The running app reads and writes items, but creates no lists: provisioning's job.
    const sites = await resolveSites(runtimeClient(), defaultOrganisation);
    const site = sites.administrations.utbildning?.siteId ?? '';
    await expect(
      runtimeClient().post(`/sites/${site}/lists`, {
        displayName: 'x',
        list: { template: 'genericList' },
      }),
    ).rejects.toMatchObject({ status: 403 });
    const again = await runProvisionCommand(['--tenant', '--graph-base-url', emulator.baseUrl], {
      env: {
        GRAPH_ACCESS_TOKEN: await appToken(emulator, [...PROVISIONING_APP_PERMISSIONS]),
        CLIENT_ID: RUNTIME,
      },
      log: () => {},
    });
    expect(again.created).toEqual([]);
  });
});

describe('npm run provision -- --tenant (application permissions)', () => {
  let emulator: Emulator;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  afterAll(() => emulator.close());

  it('should provision groups, lists and the network Team with the documented permissions alone', async () => {
    const { result } = await tenantRun(
      emulator,
      ['--owner', 'samordnare@vaxjo.example', '--team'],
      DOCUMENTED_APP_PERMISSIONS,
    );
    expect(result.created).toEqual(
      expect.arrayContaining([
        `team ${defaultOrganisation.network.name}`,
        'shared channel Internationellt nätverk',
      ]),
    );
  });

  it('should stop with 403 and point to the permissions table when Sites.FullControl.All is missing', async () => {
    const fresh = await startEmulator({ port: 0 });
    const token = await appToken(
      fresh,
      DOCUMENTED_APP_PERMISSIONS.map((p) =>
        p === 'Sites.FullControl.All' ? 'Sites.ReadWrite.All' : p,
      ),
    );
    // The real entry point in a child process: its exit code and what an operator reads.
    const child = await runCli(['--tenant', '--graph-base-url', fresh.baseUrl], {
      GRAPH_ACCESS_TOKEN: token,
    });
    await fresh.close();
    expect(child.code).toBe(1);
    expect(child.stderr).toMatch(/Graph answered 403[\s\S]*"Graph permissions"/);
  });
});

describe('npm run provision (wrong settings and arguments)', () => {
  const credentials = {
    TENANT_ID: 'contoso.onmicrosoft.com',
    CLIENT_ID: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    CLIENT_SECRET: 's3cret',
  };

  it('should name TENANT_ID when --tenant is given without it', async () => {
    const error = await errorOf(runProvisionCommand(['--tenant'], { env: {}, log: () => {} }));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).setting).toBe('TENANT_ID');
  });

  it('should name CLIENT_ID when it is not a GUID', async () => {
    const env = { ...credentials, CLIENT_ID: 'my-app' };
    const error = await errorOf(runProvisionCommand(['--tenant'], { env, log: () => {} }));
    expect((error as ConfigError).setting).toBe('CLIENT_ID');
  });

  it('should name CLIENT_SECRET when neither a secret nor a certificate is set', async () => {
    const env = { ...credentials, CLIENT_SECRET: '' };
    const error = await errorOf(runProvisionCommand(['--tenant'], { env, log: () => {} }));
    expect((error as ConfigError).setting).toBe('CLIENT_SECRET');
  });

  it('should not require the bot or the host name for provisioning', () => {
    expect(loadTenantCredentials(credentials)).toMatchObject({
      tenantId: 'contoso.onmicrosoft.com',
      credential: { kind: 'secret', secret: 's3cret' },
    });
  });

  it('should name the wrong field of an --organisation file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'provision-'));
    const file = path.join(dir, 'organisation.json');
    await writeFile(file, JSON.stringify({ id: 'x', name: 'X' }));
    const error = await errorOf(
      runProvisionCommand(['--tenant', '--organisation', file], {
        env: { GRAPH_ACCESS_TOKEN: 'x' },
        log: () => {},
      }),
    );
    await rm(dir, { recursive: true, force: true });
    expect(error).toBeInstanceOf(ProvisionArgumentError);
    expect(error.message).toMatch(/^--organisation: .*tenantHost/);
  });

  it('should name an unknown argument', async () => {
    const error = await errorOf(runProvisionCommand(['--tennant'], { env: {}, log: () => {} }));
    expect(error).toBeInstanceOf(ProvisionArgumentError);
    expect(error.message).toContain('--tennant');
  });

  it('should require --owner for --team in tenant mode before writing anything', async () => {
    const error = await errorOf(
      runProvisionCommand(['--tenant', '--team', '--graph-base-url', 'http://127.0.0.1:9/v1.0'], {
        env: { GRAPH_ACCESS_TOKEN: 'x' },
        log: () => {},
      }),
    );
    expect(error.message).toMatch(/^--owner: required with --team/);
  });

  it('should say that no emulator answers in local mode', async () => {
    const error = await errorOf(
      runProvisionCommand([], { env: { GRAPH_EMULATOR_PORT: '9' }, log: () => {} }),
    );
    expect(error).toBeInstanceOf(EmulatorNotRunningError);
    expect(error.message).toContain('http://127.0.0.1:9');
  });
});
