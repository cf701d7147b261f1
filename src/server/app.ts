import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiTokenValidator } from '../auth/api-token-validator.js';
import { createBotFromServer, lineLog } from '../bot/index.js';
import type { OrganisationConfig } from '../domain/index.js';
import type { AppTokenProvider } from '../auth/server-token-provider.js';
import {
  createGraphClient,
  grantRuntimeSiteAccess,
  provision,
  resolveSites,
  sampleMembership,
  seedSampleData,
  verifyRuntimeAccess,
  type GraphClient,
} from '../graph/index.js';
import { ensureNetworkTeam, syncNetworkMembers } from '../graph/network.js';
import { loadServerConfig } from './config.js';
import { createShareGoodExampleHandler } from './good-examples.js';
import {
  startLocalBackend,
  tenantBackend,
  type GraphBackend,
  type ServingBackend,
} from './graph-backend.js';
import { createHttpApp } from './http-app.js';
import { loadOrganisation } from './organisation.js';

/** The repository root (src/server/../..): dist/tab is resolved from here, not from the cwd. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Default location of the built tab. */
export const DEFAULT_TAB_DIR = path.join(repoRoot, 'dist', 'tab');

/** Options of {@link startServer}; anything not given comes from the environment config. */
export interface StartServerOptions {
  /** HTTP port of tab and bot; 0 picks a free one. Default PORT (3978). */
  port?: number;
  /**
   * Local mode: the emulator's data folder; null keeps everything in memory. Default DATA_DIR
   * (`.data`).
   */
  dataDir?: string | null;
  /** Local mode: emulator port. Default GRAPH_EMULATOR_PORT (5100), or 0 when `port` is 0. */
  graphEmulatorPort?: number;
  /** Seed sample data (idempotent). Default: on in local mode, off against a tenant. */
  seed?: boolean;
  /** The built tab. Default `dist/tab` of the repository. */
  tabDir?: string;
  /** Environment to read the configuration from. Default `process.env`. */
  env?: Record<string, string | undefined>;
  /** Where progress lines go. Default console.log; pass `() => {}` to silence. */
  log?: (line: string) => void;
}

/** A running server. */
export interface RunningServer {
  /** The tab's URL, e.g. `http://localhost:3978/`. */
  url: string;
  graphBaseUrl: string;
  /** The emulator's origin in local mode; undefined against a tenant. */
  emulatorOrigin: string | undefined;
  /** What provisioning created and what it found already in place. */
  provisioning: { created: string[]; found: string[] };
  close(): Promise<void>;
}

/** Which user to open the tab as locally: the coordinator sees every feature. */
const SUGGESTED_USER = 'samordnare@vaxjo.example';

/**
 * The composition root. In local mode starts the Graph emulator in-process, then (in both modes)
 * provisions groups, sites and lists through Graph, seeds sample data, and serves the tab build,
 * `/config.json`, the bot endpoint and `/healthz`.
 * @throws {ConfigError} naming the setting when the environment configuration is wrong.
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const env = options.env ?? process.env;
  const config = loadServerConfig(env);
  if (config.mode === 'tenant' && env.NODE_ENV !== 'production') {
    // Express and its dependencies take their production defaults from NODE_ENV.
    log('Warning: NODE_ENV is not "production"; set NODE_ENV=production on the host.');
  }
  const organisation = await loadOrganisation(config.organisationConfigPath);
  const port = options.port ?? config.port;

  const dataDir =
    options.dataDir === undefined
      ? config.mode === 'local'
        ? config.dataDir
        : null
      : options.dataDir;
  const backend =
    config.mode === 'tenant'
      ? tenantBackend(config)
      : await startLocalBackend({
          port: options.graphEmulatorPort ?? (port === 0 ? 0 : config.graphEmulatorPort),
          dataDir,
          tenantHost: organisation.tenantHost,
          organisation,
        });
  try {
    const client = createGraphClient({
      baseUrl: backend.graphBaseUrl,
      getToken: backend.getToken,
      userAgent: 'internationellt-arbete-server/0.1',
    });
    const provisioning = backend.provisioning
      ? await provisionAtStart(
          backend,
          backend.provisioning.getToken,
          organisation,
          log,
          options.seed ?? true,
        )
      : await verifyAtStart(client, organisation, log);

    // The bot's lines go where the server's go when the caller chose (tests silence both); by
    // default the bot logs to the console, warnings and errors to stderr.
    const bot = createBotFromServer({
      client,
      organisation,
      config: { ...config, port },
      log: options.log ? lineLog(options.log) : undefined,
    });
    const app = createHttpApp({
      tabDir: options.tabDir ?? DEFAULT_TAB_DIR,
      clientConfig: { graphBaseUrl: backend.graphBaseUrl, auth: backend.tabAuth, organisation },
      botHandler: (req, res, next) => {
        bot.handler(req, res).catch(next);
      },
      shareGoodExample: createShareGoodExampleHandler({
        authenticate: createApiTokenValidator(backend.apiTokens),
        administrationIds: organisation.administrations.map((a) => a.id),
        defaultLocale: organisation.locale,
        share: (request) => bot.shareGoodExample(request),
      }),
      hsts: config.mode === 'tenant',
    });
    // Local mode has no sign-in: only this machine may reach it. A tenant's server sits behind
    // its platform's front end and listens on every interface.
    const servers = await listenOn(app, port, config.mode === 'local' ? LOOPBACK_HOSTS : []);
    const actualPort = (servers[0]?.address() as AddressInfo).port;
    const url = `http://localhost:${actualPort}/`;
    printBanner(log, url, backend, organisation, {
      dataDir,
      tabDir: options.tabDir ?? DEFAULT_TAB_DIR,
      ...(config.mode === 'tenant' ? { publicUrl: `https://${config.publicHostname}/` } : {}),
    });

    return {
      url,
      graphBaseUrl: backend.graphBaseUrl,
      emulatorOrigin: backend.emulatorOrigin,
      provisioning,
      close: async () => {
        await Promise.all(
          servers.map(
            (server) =>
              new Promise<void>((resolve) => {
                server.close(() => resolve());
                // Keep-alive connections would hold close() open until they time out.
                server.closeAllConnections();
              }),
          ),
        );
        await backend.close();
      },
    };
  } catch (error) {
    await backend.close();
    throw error;
  }
}

/** Local mode's addresses: IPv4 loopback first (it decides the port), then IPv6 if present. */
const LOOPBACK_HOSTS = ['127.0.0.1', '::1'];

/** The server's own identity cannot reach what it needs in the tenant; each line says what. */
export class RuntimeAccessError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The app's identity cannot reach what it needs:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee docs/deployment.md, "Two identities".`,
    );
    this.name = 'RuntimeAccessError';
  }
}

/**
 * Local mode: provisions the emulator at start with the provisioning identity (the same code as
 * `npm run provision`), seeds the sample data, and grants the running app Sites.Selected on its
 * sites, as provisioning does in a tenant.
 */
async function provisionAtStart(
  backend: ServingBackend,
  getToken: AppTokenProvider,
  organisation: OrganisationConfig,
  log: (line: string) => void,
  sample: boolean,
): Promise<{ created: string[]; found: string[] }> {
  const admin = createGraphClient({
    baseUrl: backend.graphBaseUrl,
    getToken,
    userAgent: 'internationellt-arbete-provision/0.1',
  });
  const provisioning = await provision(admin, organisation, {
    // Only what changed is worth a line; "found" items are summed up below.
    log: (line: string) => {
      if (!line.startsWith('found')) log(`  ${line}`);
    },
    ...(sample ? { membership: sampleMembership(organisation) } : {}),
  });
  log(`Provisioning: ${provisioning.created.length} created, ${provisioning.found.length} found.`);
  if (sample) {
    const sites = await resolveSites(admin, organisation);
    const seeded = await seedSampleData(admin, organisation, sites);
    log(
      seeded.skipped
        ? 'Sample data: already present, nothing written.'
        : `Sample data: ${seeded.counts.projects} projects, ${seeded.counts.activities} activities, ${seeded.counts.submissions} submissions.`,
    );
    // The network Team, its shared channel and the registry's contact persons as members
    // (issue 4); idempotent, so every start finds what the first one made.
    const team = await ensureNetworkTeam(admin, organisation, sites, {
      pollIntervalMs: 500,
      maxPolls: 240,
    });
    const members = await syncNetworkMembers(admin, organisation, sites);
    log(
      `Network Team: ${team.created.length} created, ${team.found.length} found; channel members: ${members.added.length} added${members.failed.length ? `, not added: ${members.failed.map((f) => f.upn).join(', ')}` : ''}.`,
    );
  }
  const grants = await grantRuntimeSiteAccess(admin, organisation, {
    id: backend.appClientId,
    displayName: 'Internationellt arbete',
  });
  log(
    `Site grants (Sites.Selected): ${grants.created.length} created, ${grants.found.length} found.`,
  );
  return {
    created: [...provisioning.created, ...grants.created],
    found: [...provisioning.found, ...grants.found],
  };
}

/**
 * Tenant mode: the running server never creates groups or lists. It checks with its own identity
 * that it can find the groups and read each site's lists, and stops naming what is missing.
 */
async function verifyAtStart(
  client: GraphClient,
  organisation: OrganisationConfig,
  log: (line: string) => void,
): Promise<{ created: string[]; found: string[] }> {
  const problems = await verifyRuntimeAccess(client, organisation);
  if (problems.length > 0) throw new RuntimeAccessError(problems);
  log('Access check: the groups, sites and lists are in place and readable.');
  return { created: [], found: [] };
}

function listen(
  app: ReturnType<typeof createHttpApp>,
  port: number,
  host?: string,
): Promise<Server> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => (error ? reject(error) : resolve(server));
    const server = host === undefined ? app.listen(port, done) : app.listen(port, host, done);
  });
}

/**
 * Listens on every interface (no hosts) or on the given hosts, on one port: `localhost` may
 * resolve to either loopback address. A machine without IPv6 keeps the IPv4 listener only.
 */
async function listenOn(
  app: ReturnType<typeof createHttpApp>,
  port: number,
  hosts: string[],
): Promise<Server[]> {
  const [first, ...others] = hosts;
  const primary = await listen(app, port, first);
  const servers = [primary];
  const bound = (primary.address() as AddressInfo).port;
  for (const host of others) {
    try {
      servers.push(await listen(app, bound, host));
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== 'EADDRNOTAVAIL' && code !== 'EAFNOSUPPORT') {
        await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
        throw error;
      }
    }
  }
  return servers;
}

function printBanner(
  log: (line: string) => void,
  url: string,
  backend: GraphBackend,
  organisation: OrganisationConfig,
  where: { dataDir: string | null; tabDir: string; publicUrl?: string },
): void {
  log('');
  log(`Internationellt arbete – ${organisation.name}`);
  log(`  Node:   ${process.version}`);
  log(`  Tab:    ${url}`);
  log(`  Bot:    ${url}api/messages`);
  if (where.publicUrl) log(`  Public: ${where.publicUrl} (what Teams and the Azure Bot call)`);
  const local = backend.tabAuth.mode === 'dev';
  log(`  Graph:  ${backend.graphBaseUrl}${local ? ' (local emulator)' : ''}`);
  if (local) {
    log('  Local mode: listening on loopback only (127.0.0.1, ::1); no sign-in, dev tokens.');
    log(`  Data:   ${where.dataDir === null ? 'in memory' : path.resolve(where.dataDir)}`);
    log(`  Open as the coordinator: ${url}?user=${SUGGESTED_USER}`);
    log(
      `  Other users: ?user=kontakt.utbildning@vaxjo.example, ?user=personal1.omsorg@vaxjo.example,`,
    );
    log(`               ?user=ks.ledamot@vaxjo.example (reader), ?user=extern.gast@vaxjo.example`);
    log(`  English: add &lang=en. All users: ${backend.emulatorOrigin}/_emulator/users`);
  }
  log(`  Health: ${url}healthz`);
  if (!existsSync(path.join(where.tabDir, 'index.html'))) {
    log(
      `  Note: the tab is not built (${where.tabDir}); run "npm run build" (npm start does it first).`,
    );
  }
  log('');
}
