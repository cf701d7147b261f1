import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  createClientCredentialsTokenProvider,
  createEmulatorAppTokenProvider,
  type AppTokenProvider,
} from '../auth/server-token-provider.js';
import { apiScopeOf, type ApiTokenSettings } from '../auth/api-token-validator.js';
import { defaultOrganisation, type OrganisationConfig } from '../domain/organisation.js';
import { graphBaseUrlAt } from '../graph/client.js';
import { emulatorListPolicies } from '../graph/lists/policies.js';
import { PROVISIONING_APP_PERMISSIONS, RUNTIME_APP_PERMISSIONS } from '../graph/permissions.js';
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

/** A backend the server runs on: it also knows whose tokens the server's own API accepts. */
export interface ServingBackend extends GraphBackend {
  /** How `/api/*` validates the tab's tokens (src/auth/api-token-validator.ts). */
  apiTokens: ApiTokenSettings;
  /** The running app's client id (what provisioning grants its sites to). */
  appClientId: string;
  /**
   * The provisioning identity, when the server provisions at start (the embedded emulator). In
   * a tenant, provisioning is its own step with its own identity (`npm run provision`), and the
   * server only verifies.
   */
  provisioning?: { getToken: AppTokenProvider };
}

/** The local provisioning identity's client id (the broad one, as `npm run provision` has). */
export const LOCAL_PROVISIONING_CLIENT_ID = 'internationellt-arbete-provisioning';

/**
 * The local app registration's client id: the server's app-only identity against the emulator
 * (shown in its audit fields) and the tab's, as one app registration is both in a tenant.
 */
export const LOCAL_SERVER_CLIENT_ID = 'internationellt-arbete-server';

/** The local App ID URI of the server's API (`api://<host>/<client id>`, as in a tenant). */
export const LOCAL_APP_ID_URI = `api://localhost/${LOCAL_SERVER_CLIENT_ID}`;

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
  organisation?: Pick<OrganisationConfig, 'network' | 'administrations' | 'readers'>;
}

/**
 * Starts the Graph emulator in this process. Imported dynamically so the native SQLite module is
 * never loaded in tenant mode. The emulator gets the list policies a tenant's SharePoint admin
 * sets once (src/graph/lists/policies.ts), so the store refuses coordinator-only writes locally
 * as SharePoint does in a tenant: configuration of the backend, not a branch in the app.
 */
export async function startLocalBackend(options: LocalBackendOptions): Promise<ServingBackend> {
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
    // The running app holds only what it holds in a tenant: Sites.Selected and the rest of its
    // table, so a missing grant fails here exactly as it would there.
    getToken: createEmulatorAppTokenProvider({
      emulatorOrigin: emulator.origin,
      clientId: LOCAL_SERVER_CLIENT_ID,
      roles: RUNTIME_APP_PERMISSIONS,
    }),
    appClientId: LOCAL_SERVER_CLIENT_ID,
    provisioning: {
      getToken: createEmulatorAppTokenProvider({
        emulatorOrigin: emulator.origin,
        clientId: LOCAL_PROVISIONING_CLIENT_ID,
        roles: PROVISIONING_APP_PERMISSIONS,
      }),
    },
    tabAuth: {
      mode: 'dev',
      emulatorOrigin: emulator.origin,
      clientId: LOCAL_SERVER_CLIENT_ID,
      apiScope: apiScopeOf(LOCAL_APP_ID_URI),
    },
    apiTokens: emulatorApiTokens(emulator),
    close: () => emulator.close(),
  };
}

/**
 * The API token settings against the emulator: its issuer stands in for Entra ID's, the same
 * validation runs (src/auth/api-token-validator.ts).
 */
export function emulatorApiTokens(emulator: {
  origin: string;
  tenantId: string;
}): ApiTokenSettings {
  return {
    authority: `${emulator.origin}/_emulator/${emulator.tenantId}/v2.0`,
    clientId: LOCAL_SERVER_CLIENT_ID,
    appIdUri: LOCAL_APP_ID_URI,
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
    graphBaseUrl: graphBaseUrlAt(origin),
    emulatorOrigin: origin,
    getToken: createEmulatorAppTokenProvider({ emulatorOrigin: origin, clientId, fetchImpl }),
    tabAuth: {
      mode: 'dev',
      emulatorOrigin: origin,
      clientId: LOCAL_SERVER_CLIENT_ID,
      apiScope: apiScopeOf(LOCAL_APP_ID_URI),
    },
    close: async () => {},
  };
}

/** Microsoft Graph of a real tenant with client credentials. */
export function tenantBackend(config: TenantServerConfig): ServingBackend {
  const appIdUri = `api://${config.publicHostname}/${config.clientId}`;
  return {
    graphBaseUrl: config.graphBaseUrl,
    getToken: createClientCredentialsTokenProvider(config),
    appClientId: config.clientId,
    tabAuth: {
      mode: 'msal',
      clientId: config.clientId,
      tenantId: config.tenantId,
      apiScope: apiScopeOf(appIdUri),
    },
    apiTokens: {
      authority: `https://login.microsoftonline.com/${config.tenantId}/v2.0`,
      clientId: config.clientId,
      appIdUri,
    },
    close: async () => {},
  };
}
