import type { AddressInfo } from 'node:net';
import { createEmulatorApp } from './app.js';
import type { DirectorySeed } from './directory-seed.js';
import type { FaultOptions } from './faults.js';
import { parsePermissionRule, type PermissionRule } from './store/list-policies.js';

export type { DirectorySeed, SeedUser } from './directory-seed.js';
export { DEFAULT_DIRECTORY_SEED, SEED_ADMINISTRATIONS, SEED_DOMAIN } from './directory-seed.js';
export type { FaultOptions } from './faults.js';
export type {
  ListPolicy,
  ListPolicyRule,
  AppliedListPolicy,
  PermissionRule,
  SiteReadRule,
} from './store/list-policies.js';
export { DEFAULT_APP_ROLES } from './dev-routes.js';
export { EMULATOR_TENANT_ID } from './identity/api-tokens.js';
import { EMULATOR_TENANT_ID } from './identity/api-tokens.js';

/** How to start the Graph emulator. */
export interface EmulatorOptions {
  /** 0 = a random free port (default). */
  port?: number;
  /** Default 127.0.0.1: the emulator never listens beyond loopback unless told to. */
  host?: string;
  /** SQLite file; default ':memory:'. */
  dbPath?: string;
  /** Users to seed instead of the Växjö directory. */
  seedDirectory?: DirectorySeed;
  /** Initial fault injection (also changeable through POST /_emulator/faults). */
  faults?: FaultOptions;
  /** SharePoint host of the tenant; default 'vaxjo.sharepoint.com'. */
  tenantHost?: string;
  /** Polls of a Teams async operation (POST /teams, shared channels) answering inProgress; default 1. */
  teamsOperationPolls?: number;
  /**
   * Per-list write policies, the configuration a SharePoint admin sets outside Graph (broken
   * inheritance so only owners write; item-level "edit own items only"). Applied at start to the
   * lists that exist and to a matching list when it is created; stored with the list. Changeable
   * through `POST /_emulator/list-policies`. A malformed rule stops the start, naming the field.
   * Rules with `readers` grant read on a private group's site (SharePoint's Visitors group).
   */
  listPolicies?: readonly PermissionRule[];
}

/** A running emulator. */
export interface RunningEmulator {
  /** `http://127.0.0.1:<port>/v1.0` */
  baseUrl: string;
  /** `http://127.0.0.1:<port>` (dev endpoints are under `${origin}/_emulator`). */
  origin: string;
  port: number;
  /** The emulator's tenant id: its API tokens' `tid`, its issuer's path segment. */
  tenantId: string;
  close(): Promise<void>;
}

/** Starts the Microsoft Graph emulator and resolves once it listens. */
export async function startEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = opts.host ?? '127.0.0.1';
  let origin = '';
  const { app, store } = createEmulatorApp({
    dbPath: opts.dbPath ?? ':memory:',
    tenantHost: opts.tenantHost ?? 'vaxjo.sharepoint.com',
    seedDirectory: opts.seedDirectory,
    faults: opts.faults,
    teamsOperationPolls: opts.teamsOperationPolls,
    listPolicies: (opts.listPolicies ?? []).map(parsePermissionRule),
    baseUrl: () => `${origin}/v1.0`,
  });
  const server = await new Promise<import('node:http').Server>((resolve, reject) => {
    const s = app.listen(opts.port ?? 0, host, (err?: Error) => (err ? reject(err) : resolve(s)));
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    baseUrl: `${origin}/v1.0`,
    origin,
    port,
    tenantId: EMULATOR_TENANT_ID,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => {
          store.close();
          if (err) reject(err);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
