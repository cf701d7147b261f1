/**
 * `npm run provision -- [--tenant] [--dry-run] [--organisation FILE] [--graph-base-url URL]
 * [--owner UPN ...] [--team]`: the single entry point for provisioning from the command line.
 *
 * It runs the same idempotent `provision` from src/graph as `npm start` does locally; only the
 * base URL and the token provider differ (DESIGN.md §2):
 * - without `--tenant`: the running local Graph emulator on GRAPH_EMULATOR_PORT (`npm start` or
 *   `npm run emulator`), with an app-only dev token and the sample directory's membership;
 * - with `--tenant`: Microsoft Graph of the tenant with the app registration's client credentials
 *   (TENANT_ID, CLIENT_ID, CLIENT_SECRET or certificate, read by `loadTenantCredentials`).
 *   `GRAPH_ACCESS_TOKEN`, when set, is used as the bearer token instead (an administrator's token,
 *   or the emulator's app token in tests); `--graph-base-url` points tenant mode elsewhere (the
 *   integration tests point it at the emulator).
 *
 * Then the lists' admin policies (src/graph/lists/policies.ts), which Graph cannot set: in a
 * tenant it prints the SharePoint admin's one-off PnP PowerShell commands with the sites' URLs;
 * locally it gives them to the emulator (its `/_emulator/list-policies`, the admin's stand-in).
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createClientCredentialsTokenProvider,
  createDeviceCodeTokenProvider,
} from '../auth/server-token-provider.js';
import { mailNicknameOf, type OrganisationConfig } from '../domain/index.js';
import {
  GRAPH_BASE_URL,
  GraphError,
  PROVISIONING_APP_PERMISSIONS,
  createGraphClient,
  grantRuntimeSiteAccess,
  isAuthError,
  isForbidden,
  provision,
  getSiteWebUrl,
  resolveSites,
  sampleMembership,
  type GraphClient,
  type GroupMembership,
  type TokenProvider,
} from '../graph/index.js';
import { ensureNetworkTeam, syncNetworkMembers } from '../graph/network.js';
import { ConfigError, loadServerConfig, loadTenantCredentials } from './config.js';
import {
  emulatorListPolicies,
  listPolicyTargets,
  pnpListPolicyCommands,
  siteReadGrants,
} from '../graph/lists/policies.js';
import {
  EmulatorUnavailableError,
  LOCAL_SERVER_CLIENT_ID,
  connectRunningEmulator,
} from './graph-backend.js';
import { loadOrganisation } from './organisation.js';

/** The app-only client id the provisioning CLI uses against the local emulator. */
export const PROVISION_CLIENT_ID = 'internationellt-arbete-provision';

/** The command's help text. */
export const PROVISION_USAGE = `Usage: npm run provision -- [options]

  --tenant               provision the tenant (Microsoft Graph, client credentials from .env)
                         instead of the running local emulator
  --dry-run              print the plan, write nothing
  --organisation FILE    organisation config JSON (default: ORGANISATION_CONFIG, else Växjö)
  --graph-base-url URL   another Graph base URL (e.g. an emulator for a tenant-mode rehearsal)
  --owner UPN            owner of every group it creates (repeatable; tenant mode)
  --team                 also create the network group's Team and shared channel
  --device-code          tenant mode: sign in as an administrator with a device code
                         (PROVISION_CLIENT_ID, a public client app registration)
  --help                 this text

Tenant mode grants the running app (CLIENT_ID) Sites.Selected write on its sites.

Without --tenant, start the app first (npm start) or the emulator (npm run emulator).`;

/** A wrong command-line argument; the message names it. */
export class ProvisionArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProvisionArgumentError';
  }
}

/** Nothing answers where the local emulator should run. */
export class EmulatorNotRunningError extends Error {
  constructor(origin: string) {
    super(
      `No Graph emulator answers at ${origin}: start the app (npm start) or the emulator (npm run emulator) first, or use --tenant.`,
    );
    this.name = 'EmulatorNotRunningError';
  }
}

/** Parsed arguments of the command. */
export interface ProvisionArgs {
  tenant: boolean;
  dryRun: boolean;
  team: boolean;
  /** Tenant mode: an administrator's delegated sign-in with a device code. */
  deviceCode: boolean;
  organisation?: string;
  graphBaseUrl?: string;
  owners: string[];
}

/**
 * Parses the command line.
 * @throws {ProvisionArgumentError} naming an unknown or malformed argument.
 */
export function parseProvisionArgs(argv: string[]): ProvisionArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        tenant: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        team: { type: 'boolean', default: false },
        'device-code': { type: 'boolean', default: false },
        organisation: { type: 'string' },
        'graph-base-url': { type: 'string' },
        owner: { type: 'string', multiple: true, default: [] },
      },
    }));
  } catch (error) {
    throw new ProvisionArgumentError((error as Error).message);
  }
  const graphBaseUrl = values['graph-base-url'];
  if (graphBaseUrl !== undefined && !URL.canParse(graphBaseUrl)) {
    throw new ProvisionArgumentError(`--graph-base-url: not a URL: ${graphBaseUrl}`);
  }
  const owners = values.owner;
  const badOwner = owners.find((upn) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(upn));
  if (badOwner !== undefined) {
    throw new ProvisionArgumentError(`--owner: not a user principal name: ${badOwner}`);
  }
  return {
    tenant: values.tenant,
    dryRun: values['dry-run'],
    team: values.team,
    deviceCode: values['device-code'],
    owners,
    ...(values.organisation !== undefined ? { organisation: values.organisation } : {}),
    ...(graphBaseUrl !== undefined ? { graphBaseUrl: graphBaseUrl.replace(/\/+$/, '') } : {}),
  };
}

/** Options of {@link runProvisionCommand}. */
export interface ProvisionCommandOptions {
  /** Environment to read the configuration from. Default `process.env`. */
  env?: Record<string, string | undefined>;
  /** Where the plan and the result go, line by line. Default console.log. */
  log?: (line: string) => void;
}

/** What the command did (or, in a dry run, would do). */
export interface ProvisionCommandResult {
  mode: 'local' | 'tenant';
  graphBaseUrl: string;
  dryRun: boolean;
  created: string[];
  found: string[];
  /** Tenant mode: the SharePoint admin's one-off PnP PowerShell commands for the list policies. */
  adminCommands: string[];
}

interface Target {
  mode: 'local' | 'tenant';
  graphBaseUrl: string;
  getToken: TokenProvider;
  organisation: OrganisationConfig;
  /** The local emulator's origin (dev endpoints). */
  emulatorOrigin?: string;
  /** The running app to grant Sites.Selected on its sites (its client id). */
  runtimeAppId?: string;
}

async function openTarget(
  args: ProvisionArgs,
  env: Record<string, string | undefined>,
): Promise<Target> {
  if (args.tenant) {
    const connection = tenantConnection(env, args.deviceCode);
    const organisation = await loadOrganisationFor(args, env.ORGANISATION_CONFIG?.trim());
    const runtimeAppId = env.CLIENT_ID?.trim();
    return {
      mode: 'tenant',
      graphBaseUrl: args.graphBaseUrl ?? connection.graphBaseUrl,
      getToken: connection.getToken,
      organisation,
      ...(runtimeAppId ? { runtimeAppId } : {}),
    };
  }
  // Local mode ignores the tenant settings an .env may hold: only the emulator's port counts.
  const config = loadServerConfig({ ...env, TENANT_ID: undefined });
  if (config.mode !== 'local') throw new Error('unreachable: TENANT_ID was removed');
  const organisation = await loadOrganisationFor(args, config.organisationConfigPath);
  const port = args.graphBaseUrl
    ? Number(new URL(args.graphBaseUrl).port || 80)
    : config.graphEmulatorPort;
  try {
    const backend = await connectRunningEmulator(port, PROVISION_CLIENT_ID);
    return {
      mode: 'local',
      graphBaseUrl: args.graphBaseUrl ?? backend.graphBaseUrl,
      getToken: backend.getToken,
      organisation,
      ...(backend.emulatorOrigin ? { emulatorOrigin: backend.emulatorOrigin } : {}),
      runtimeAppId: LOCAL_SERVER_CLIENT_ID,
    };
  } catch (error) {
    if (error instanceof EmulatorUnavailableError) throw new EmulatorNotRunningError(error.origin);
    throw error;
  }
}

/**
 * The tenant's Graph and a token for it: the app registration's client credentials, or
 * GRAPH_ACCESS_TOKEN as it is (then the app registration's settings are neither needed nor read).
 */
function tenantConnection(
  env: Record<string, string | undefined>,
  deviceCode: boolean,
): {
  graphBaseUrl: string;
  getToken: TokenProvider;
} {
  const fixedToken = env.GRAPH_ACCESS_TOKEN?.trim();
  if (deviceCode) {
    const tenantId = env.TENANT_ID?.trim();
    const clientId = env.PROVISION_CLIENT_ID?.trim();
    if (!tenantId) throw new ConfigError('TENANT_ID', 'missing');
    if (!clientId) throw new ConfigError('PROVISION_CLIENT_ID', 'missing (with --device-code)');
    const configured = env.GRAPH_BASE_URL?.trim();
    return {
      graphBaseUrl: configured ? configured.replace(/\/+$/, '') : GRAPH_BASE_URL,
      getToken: createDeviceCodeTokenProvider({
        tenantId,
        clientId,
        scopes: PROVISIONING_APP_PERMISSIONS.map((p) => `https://graph.microsoft.com/${p}`),
        // The administrator reads the code and the URL on the terminal.
        prompt: (message) => console.log(message),
      }),
    };
  }
  if (!fixedToken) {
    const credentials = loadTenantCredentials(env);
    return {
      graphBaseUrl: credentials.graphBaseUrl,
      getToken: createClientCredentialsTokenProvider(credentials),
    };
  }
  const configured = env.GRAPH_BASE_URL?.trim();
  if (configured && !URL.canParse(configured)) {
    throw new ConfigError('GRAPH_BASE_URL', 'invalid (not a URL)');
  }
  return {
    graphBaseUrl: configured ? configured.replace(/\/+$/, '') : GRAPH_BASE_URL,
    getToken: () => Promise.resolve(fixedToken),
  };
}

/** `--organisation` wins over ORGANISATION_CONFIG; a bad file names the one that was used. */
async function loadOrganisationFor(
  args: ProvisionArgs,
  configured: string | undefined,
): Promise<OrganisationConfig> {
  if (args.organisation === undefined) return loadOrganisation(configured);
  try {
    return await loadOrganisation(args.organisation);
  } catch (error) {
    if (error instanceof ConfigError) {
      throw new ProvisionArgumentError(
        `--organisation: ${error.message.replace(/^Configuration error: ORGANISATION_CONFIG: /, '')}`,
      );
    }
    throw error;
  }
}

/**
 * Who owns and joins the groups provisioning creates. Locally: the emulator's sample directory,
 * as `npm start` does. In a tenant: the `--owner` users own every new group (an app-only call
 * has no signed-in user who would otherwise become the owner); members are added later by the
 * groups' owners, as in any Microsoft 365 group.
 */
function membershipFor(
  args: ProvisionArgs,
  target: Target,
): ((key: string | 'network') => GroupMembership) | undefined {
  if (target.mode === 'local' && args.owners.length === 0)
    return sampleMembership(target.organisation);
  if (args.owners.length === 0) return undefined;
  return () => ({ owners: args.owners, members: [] });
}

/**
 * The shared channel's owner at creation: the first `--owner`; locally, without one, the network
 * group's first owner (the sample coordinator), as the server does at start.
 */
function channelOwnerFor(args: ProvisionArgs, target: Target): string | undefined {
  if (args.owners.length > 0) return args.owners[0];
  if (target.mode === 'local') return undefined;
  throw new ProvisionArgumentError(
    '--owner: required with --team in tenant mode (Graph needs an owner for the shared channel)',
  );
}

/**
 * Runs provisioning against the local emulator or the tenant and reports each line through
 * `log` ("would create: …" in a dry run, "created: …", "found: …") and a summary.
 * @throws {ProvisionArgumentError} naming a wrong argument; {ConfigError} naming a wrong setting;
 *   {EmulatorNotRunningError} when no local emulator answers; {GraphError} from Graph.
 */
export async function runProvisionCommand(
  argv: string[],
  options: ProvisionCommandOptions = {},
): Promise<ProvisionCommandResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const args = parseProvisionArgs(argv);
  const target = await openTarget(args, options.env ?? process.env);
  // A missing --owner for --team stops here, before anything is written.
  if (args.team) channelOwnerFor(args, target);

  log(
    `${args.dryRun ? 'Plan for' : 'Provisioning'} ${target.organisation.name} on ${target.graphBaseUrl} (${target.mode === 'tenant' ? 'tenant' : 'local emulator'})`,
  );
  const membership = membershipFor(args, target);
  if (target.mode === 'tenant' && !membership) {
    log('note: no --owner given: groups created now will have no owner until you add one.');
  }
  const client = createGraphClient({
    baseUrl: target.graphBaseUrl,
    getToken: target.getToken,
    userAgent: 'internationellt-arbete-provision/0.1',
  });
  const result = await provision(client, target.organisation, {
    dryRun: args.dryRun,
    log,
    ...(membership ? { membership } : {}),
  });
  if (args.team) {
    if (args.dryRun) {
      log('team: not planned in a dry run (the Team needs the network group to exist).');
    } else {
      const sites = await resolveSites(client, target.organisation);
      // The same Team, channels and member sync as the server's start (src/server/app.ts).
      const owner = channelOwnerFor(args, target);
      const team = await ensureNetworkTeam(client, target.organisation, sites, {
        log,
        ...(owner ? { owner } : {}),
      });
      result.created.push(...team.created);
      result.found.push(...team.found);
      const members = await syncNetworkMembers(client, target.organisation, sites);
      result.created.push(...members.added.map((m) => `member ${m.upn} of the shared channel`));
      for (const failure of members.failed) {
        log(`failed: member ${failure.upn} of the shared channel: ${failure.message}`);
      }
    }
  }
  if (target.runtimeAppId) {
    if (args.dryRun && result.created.length > 0) {
      log('site grants: not planned in a dry run before the sites exist.');
    } else {
      const grants = await grantRuntimeSiteAccess(
        client,
        target.organisation,
        { id: target.runtimeAppId, displayName: 'Internationellt arbete' },
        { dryRun: args.dryRun, log },
      );
      result.created.push(...grants.created);
      result.found.push(...grants.found);
    }
  } else {
    log('note: CLIENT_ID is not set: the running app was granted no sites (Sites.Selected).');
  }
  // Before the summary, which stays the last line ("Nothing to do: …").
  const adminCommands = await applyListPolicies(client, target, args.dryRun, log);
  log(summary(args.dryRun, result.created.length, result.found.length));
  return {
    mode: target.mode,
    graphBaseUrl: target.graphBaseUrl,
    dryRun: args.dryRun,
    created: result.created,
    found: result.found,
    adminCommands,
  };
}

/**
 * The list policies no Graph call can set. Locally the emulator takes them as configuration;
 * in a tenant the admin runs the printed commands once (the sites' URLs come from Graph, or
 * the default `/sites/<mailNickname>` in a dry run, when the groups may not exist yet).
 */
async function applyListPolicies(
  client: GraphClient,
  target: Target,
  dryRun: boolean,
  log: (line: string) => void,
): Promise<string[]> {
  if (target.emulatorOrigin !== undefined) {
    if (dryRun) return [];
    const rules = emulatorListPolicies(target.organisation);
    const response = await fetch(`${target.emulatorOrigin}/_emulator/list-policies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(rules),
    });
    if (!response.ok)
      throw new Error(`The emulator refused the list policies: HTTP ${response.status}`);
    log(`list policies: ${rules.length} set on the local emulator.`);
    return [];
  }
  const { urls, groupIds } = dryRun
    ? { urls: new Map<string, string>(), groupIds: new Map<string, string>() }
    : await siteUrls(client, target.organisation);
  const commands = pnpListPolicyCommands(target.organisation, {
    siteUrl: (n) => urls.get(n),
    groupId: (n) => groupIds.get(n),
  });
  log('');
  log(
    'SharePoint admin, once: list permissions Graph cannot set (docs/deployment.md, "List permissions"):',
  );
  for (const line of commands) log(line);
  log('');
  return commands;
}

/**
 * The web URLs of the sites holding lists with a policy or a read grant, and the groups' object
 * ids (a read grant names the network group's members by it), by group mail nickname.
 */
async function siteUrls(
  client: GraphClient,
  organisation: OrganisationConfig,
): Promise<{ urls: Map<string, string>; groupIds: Map<string, string> }> {
  const sites = await resolveSites(client, organisation);
  const siteIdOf = new Map<string, string>([
    [organisation.network.mailNickname, sites.network.siteId],
  ]);
  const groupIds = new Map<string, string>([
    [organisation.network.mailNickname, sites.network.groupId],
  ]);
  for (const a of organisation.administrations) {
    const site = sites.administrations[a.id];
    if (site) siteIdOf.set(mailNicknameOf(a), site.siteId);
    if (site) groupIds.set(mailNicknameOf(a), site.groupId);
  }
  const urls = new Map<string, string>();
  const nicknames = [
    ...listPolicyTargets(organisation).map((t) => t.mailNickname),
    ...siteReadGrants(organisation).map((g) => g.siteGroupMailNickname),
  ];
  for (const nickname of new Set(nicknames)) {
    const siteId = siteIdOf.get(nickname);
    if (!siteId) continue;
    urls.set(nickname, await getSiteWebUrl(client, siteId));
  }
  return { urls, groupIds };
}

function summary(dryRun: boolean, created: number, found: number): string {
  if (created === 0) return `Nothing to do: 0 created, ${found} found.`;
  return dryRun
    ? `Dry run: ${created} to create, ${found} found. Nothing was written.`
    : `Done: ${created} created, ${found} found.`;
}

/** One line for an operator: which permission or setting to look at when Graph says no. */
function explain(error: unknown): string {
  if (error instanceof GraphError && (isForbidden(error) || isAuthError(error))) {
    return `Graph answered ${error.status} ${error.code}: ${error.message}\nCheck the app registration's application permissions and admin consent (docs/deployment.md, "Graph permissions").`;
  }
  return error instanceof Error ? error.message : String(error);
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(PROVISION_USAGE);
    return 0;
  }
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    await runProvisionCommand(argv);
    return 0;
  } catch (error) {
    if (error instanceof ProvisionArgumentError) {
      console.error(`${error.message}\n\n${PROVISION_USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof EmulatorNotRunningError) {
      console.error(error.message);
      return 1;
    }
    console.error(explain(error));
    return 1;
  }
}

// Run only as the entry point, so tests can import runProvisionCommand.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
