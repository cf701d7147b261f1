import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  createClientCredentialsTokenProvider,
  createEmulatorAppTokenProvider,
  type AppTokenProvider,
} from '../auth/server-token-provider.js';
import { defaultOrganisation, type OrganisationConfig } from '../domain/organisation.js';
import { emulatorListPolicies } from '../graph/lists/policies.js';
import type { TenantServerConfig } from './config.js';
import type { TabClientConfig } from './http-app.js';

/**
 * Where Graph is and how to get an app token for it. The only place that knows the difference
 * between local and tenant mode: everything downstream sees a base URL and a token provider.
 */
export interface GraphBackend {
  graphBaseUrl: string;
  /** The local emulator's origin (dev endpoints); undefined against a tenant. */
  emulatorOrigin?: string;
  getToken: AppTokenProvider;
  /** How the tab signs in against this backend (part of `/config.json`). */
  tabAuth: TabClientConfig['auth'];
  close(): Promise<void>;
}

/** The app-only client id the server uses against the emulator (shown in its audit fields). */
export const LOCAL_SERVER_CLIENT_ID = 'internationellt-arbete-server';

/** Options of {@link startLocalBackend}. */
export interface LocalBackendOptions {
  /** Emulator port; 0 picks a free one (tests). */
  port: number;
  /** Where the emulator keeps its SQLite database; null keeps it in memory. */
  dataDir: string | null;
  /** The organisation's SharePoint host, so site URLs look like the tenant's. */
  tenantHost: string;
  /**
   * Whose lists get the admin's list policies (network and administration group nicknames).
   * Default Växjö's; pass the loaded organisation when ORGANISATION_CONFIG names another.
   */
  organisation?: Pick<OrganisationConfig, 'network' | 'administrations'>;
}

/**
 * Starts the Graph emulator in this process. Imported dynamically so the native SQLite module is
 * never loaded in tenant mode. The emulator gets the list policies a tenant's SharePoint admin
 * sets once (src/graph/lists/policies.ts), so the store refuses coordinator-only writes locally
 * as SharePoint does in a tenant: configuration of the backend, not a branch in the app.
 */
export async function startLocalBackend(options: LocalBackendOptions): Promise<GraphBackend> {
  let dbPath = ':memory:';
  if (options.dataDir !== null) {
    mkdirSync(options.dataDir, { recursive: true });
    dbPath = path.join(options.dataDir, 'graph.sqlite');
  }
  const { startEmulator } = await import('../emulator/index.js');
  const emulator = await startEmulator({
    port: options.port,
    dbPath,
    tenantHost: options.tenantHost,
    listPolicies: emulatorListPolicies(options.organisation ?? defaultOrganisation),
  });
  return {
    graphBaseUrl: emulator.baseUrl,
    emulatorOrigin: emulator.origin,
    getToken: createEmulatorAppTokenProvider({
      emulatorOrigin: emulator.origin,
      clientId: LOCAL_SERVER_CLIENT_ID,
    }),
    tabAuth: { mode: 'dev', emulatorOrigin: emulator.origin },
    close: () => emulator.close(),
  };
}

/** No emulator answers where `npm start` runs it. */
export class EmulatorUnavailableError extends Error {
  constructor(readonly origin: string) {
    super(`No Graph emulator answers at ${origin}.`);
    this.name = 'EmulatorUnavailableError';
  }
}

/**
 * Connects to an emulator another process runs (`npm start`), as the report CLI does.
 * @throws {EmulatorUnavailableError} when nothing answers on the port.
 */
export async function connectRunningEmulator(
  port: number,
  clientId: string,
  fetchImpl: typeof fetch = fetch,
): Promise<GraphBackend> {
  const origin = `http://127.0.0.1:${port}`;
  try {
    const response = await fetchImpl(`${origin}/_emulator/users`, {
      signal: AbortSignal.timeout(3000),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  } catch {
    throw new EmulatorUnavailableError(origin);
  }
  return {
    graphBaseUrl: `${origin}/v1.0`,
    emulatorOrigin: origin,
    getToken: createEmulatorAppTokenProvider({ emulatorOrigin: origin, clientId, fetchImpl }),
    tabAuth: { mode: 'dev', emulatorOrigin: origin },
    close: async () => {},
  };
}

/** Microsoft Graph of a real tenant with client credentials. */
export function tenantBackend(config: TenantServerConfig): GraphBackend {
  return {
    graphBaseUrl: config.graphBaseUrl,
    getToken: createClientCredentialsTokenProvider(config),
    tabAuth: { mode: 'msal', clientId: config.clientId, tenantId: config.tenantId },
    close: async () => {},
  };
}
