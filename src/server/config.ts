import { z } from 'zod';
import { GRAPH_BASE_URL } from '../graph/client.js';
import manifestTemplate from '../../manifest/manifest.template.json' with { type: 'json' };

/**
 * The server's environment configuration, parsed once at start-up (`.env.example` documents every
 * setting). Local mode needs nothing; tenant mode starts as soon as any tenant setting is set
 * ({@link TENANT_SETTINGS}) and then requires all of them: the app registration, the bot, the
 * public host name and the organisation config. A partial tenant configuration never falls back
 * to local mode: start-up stops with a {@link ConfigError} naming every wrong or missing setting.
 */

/** Any of these set means tenant mode; a partial set stops start-up naming what is missing. */
export const TENANT_SETTINGS = [
  'TENANT_ID',
  'CLIENT_ID',
  'CLIENT_SECRET',
  'CLIENT_CERTIFICATE_PATH',
  'CLIENT_CERTIFICATE_THUMBPRINT',
  'BOT_ID',
  'BOT_PASSWORD',
  'PUBLIC_HOSTNAME',
] as const;

const port = z.coerce.number().int().min(0).max(65535);
const guid = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i, 'a GUID');
const nonEmpty = z.string().trim().min(1);
/** Empty strings in a `.env` file mean "not set", as in most dotenv loaders. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    schema.optional(),
  );

/**
 * Teams' public connector for proactive messages when no activity has told us one yet (the
 * default of the Teams SDK's `App` and the Agents SDK's `TeamsServiceEndpoints.publicGlobal`).
 */
export const TEAMS_PUBLIC_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';

/** The personal (static) tab's entity id from the manifest template: deep links name it. */
export const STATIC_TAB_ENTITY_ID: string = manifestTemplate.staticTabs[0]?.entityId ?? '';

const commonSchema = z.object({
  PORT: optional(port).default(3978),
  ORGANISATION_CONFIG: optional(nonEmpty),
  /** The Teams app id of the package (manifest `id`): reminder buttons become Teams deep links. */
  TEAMS_APP_ID: optional(guid),
  /** Connector base URL for proactive messages before any activity arrived. */
  BOT_SERVICE_URL: optional(z.url({ protocol: /^https?$/ })),
});

const localSchema = commonSchema.extend({
  GRAPH_EMULATOR_PORT: optional(port).default(5100),
  DATA_DIR: optional(nonEmpty).default('.data'),
});

/**
 * What it takes to get app-only Graph tokens from Entra ID: shared by the server (tenant mode) and
 * `npm run provision -- --tenant`, which needs no bot or host name.
 */
const credentialsShape = {
  // A tenant is named by its GUID or a verified domain (contoso.onmicrosoft.com).
  TENANT_ID: z.union(
    [
      guid,
      z
        .string()
        .trim()
        .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i),
    ],
    {
      error: 'a tenant GUID or domain',
    },
  ),
  CLIENT_ID: guid,
  CLIENT_SECRET: optional(nonEmpty),
  CLIENT_CERTIFICATE_PATH: optional(nonEmpty),
  CLIENT_CERTIFICATE_THUMBPRINT: optional(
    z
      .string()
      .trim()
      .regex(/^[0-9a-f]{64}$/i, 'SHA-256 hex'),
  ),
  GRAPH_BASE_URL: optional(z.url()).default(GRAPH_BASE_URL),
};

type CredentialSettings = {
  CLIENT_SECRET?: string | undefined;
  CLIENT_CERTIFICATE_PATH?: string | undefined;
  CLIENT_CERTIFICATE_THUMBPRINT?: string | undefined;
};

/**
 * A secret, or a certificate with its thumbprint: one of the two is required. Checked even when
 * other settings are wrong (`when`), so a partial configuration is named in full at once.
 */
function withCredentialRules<T extends z.ZodType<CredentialSettings>>(schema: T) {
  const always = { when: () => true };
  return schema
    .refine((env) => Boolean(env.CLIENT_SECRET?.trim() || env.CLIENT_CERTIFICATE_PATH?.trim()), {
      path: ['CLIENT_SECRET'],
      message: 'required (or CLIENT_CERTIFICATE_PATH with CLIENT_CERTIFICATE_THUMBPRINT)',
      ...always,
    })
    .refine(
      (env) => !env.CLIENT_CERTIFICATE_PATH?.trim() || Boolean(env.CLIENT_CERTIFICATE_THUMBPRINT),
      {
        path: ['CLIENT_CERTIFICATE_THUMBPRINT'],
        message: 'required with CLIENT_CERTIFICATE_PATH',
        ...always,
      },
    );
}

const credentialsSchema = withCredentialRules(commonSchema.extend(credentialsShape));

const tenantSchema = withCredentialRules(
  commonSchema.extend({
    ...credentialsShape,
    BOT_ID: guid,
    BOT_PASSWORD: optional(nonEmpty),
    PUBLIC_HOSTNAME: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/i, 'a host name without scheme or path'),
    // Another municipality's tenant must never get the sample organisation's groups.
    ORGANISATION_CONFIG: nonEmpty,
  }),
);

/** The bot's settings shared by both modes. */
export interface BotSettings {
  /**
   * Connector base URL for proactive messages until an activity names one (`BOT_SERVICE_URL`;
   * in tenant mode Teams' public {@link TEAMS_PUBLIC_SERVICE_URL} by default).
   */
  botServiceUrl?: string;
  /** The Teams app id and the static tab's entity id, when `TEAMS_APP_ID` is set. */
  teamsApp?: { appId: string; entityId: string };
}

/** Local mode: the embedded Graph emulator, data in `dataDir`. */
export interface LocalServerConfig extends BotSettings {
  mode: 'local';
  port: number;
  graphEmulatorPort: number;
  dataDir: string;
  organisationConfigPath?: string;
}

/** How the server proves itself to Entra ID for app-only Graph tokens. */
export type ClientCredential =
  | { kind: 'secret'; secret: string }
  | { kind: 'certificate'; path: string; thumbprintSha256: string };

/** Tenant mode: Microsoft Graph of a real tenant. */
export interface TenantServerConfig extends BotSettings {
  mode: 'tenant';
  port: number;
  tenantId: string;
  clientId: string;
  credential: ClientCredential;
  botId: string;
  botPassword?: string;
  publicHostname: string;
  graphBaseUrl: string;
  /** Required in tenant mode: the sample organisation never lands in a real tenant. */
  organisationConfigPath: string;
}

export type ServerConfig = LocalServerConfig | TenantServerConfig;

/** One wrong or missing setting: the environment variable's name and what is wrong. */
export interface SettingProblem {
  setting: string;
  detail: string;
}

/**
 * Settings are wrong or missing. `setting` is the first one's environment variable name,
 * `problems` every one of them (the message names each, `; `-separated).
 */
export class ConfigError extends Error {
  readonly setting: string;
  readonly problems: SettingProblem[];

  constructor(setting: string, detail: string, more: SettingProblem[] = []) {
    const problems = [{ setting, detail }, ...more];
    super(`Configuration error: ${problems.map((p) => `${p.setting}: ${p.detail}`).join('; ')}`);
    this.name = 'ConfigError';
    this.setting = setting;
    this.problems = problems;
  }
}

function parseOrThrow<T>(schema: z.ZodType<T>, env: Record<string, string | undefined>): T {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = new Map<string, string>();
  for (const issue of result.error.issues) {
    const setting = String(issue.path[0] ?? 'environment');
    if (problems.has(setting)) continue;
    const value = env[setting];
    const missing = value === undefined || value.trim() === '';
    // Cross-field rules carry their own explanation; plain type errors say missing or invalid.
    problems.set(
      setting,
      issue.code === 'custom' ? issue.message : missing ? 'missing' : `invalid (${issue.message})`,
    );
  }
  const [first, ...rest] = [...problems].map(([setting, detail]) => ({ setting, detail }));
  throw new ConfigError(first?.setting ?? 'environment', first?.detail ?? 'invalid', rest);
}

const isSet = (value: string | undefined) => value !== undefined && value.trim() !== '';

/**
 * Reads the configuration from the environment (`process.env` by default).
 * @throws {ConfigError} naming the first wrong or missing setting.
 */
export function loadServerConfig(
  env: Record<string, string | undefined> = process.env,
): ServerConfig {
  if (env.COORDINATOR_UPNS !== undefined && env.COORDINATOR_UPNS.trim() !== '') {
    // A list that made people coordinators in the bot only, while the store refused them: gone.
    throw new ConfigError(
      'COORDINATOR_UPNS',
      'no longer used: a coordinator is an owner of the network group (add them as its owner in Entra ID or Teams) and remove the setting',
    );
  }
  if (!TENANT_SETTINGS.some((setting) => isSet(env[setting]))) {
    const e = parseOrThrow(localSchema, env);
    return {
      mode: 'local',
      port: e.PORT,
      graphEmulatorPort: e.GRAPH_EMULATOR_PORT,
      dataDir: e.DATA_DIR,
      ...(e.ORGANISATION_CONFIG ? { organisationConfigPath: e.ORGANISATION_CONFIG } : {}),
      ...botSettingsOf(e),
    };
  }
  const e = parseOrThrow(tenantSchema, env);
  return {
    mode: 'tenant',
    port: e.PORT,
    ...tenantCredentialsOf(e),
    botId: e.BOT_ID,
    ...(e.BOT_PASSWORD ? { botPassword: e.BOT_PASSWORD } : {}),
    publicHostname: e.PUBLIC_HOSTNAME,
    organisationConfigPath: e.ORGANISATION_CONFIG,
    ...botSettingsOf({ ...e, BOT_SERVICE_URL: e.BOT_SERVICE_URL ?? TEAMS_PUBLIC_SERVICE_URL }),
  };
}

function botSettingsOf(e: z.infer<typeof commonSchema>): BotSettings {
  return {
    ...(e.BOT_SERVICE_URL ? { botServiceUrl: e.BOT_SERVICE_URL } : {}),
    ...(e.TEAMS_APP_ID
      ? { teamsApp: { appId: e.TEAMS_APP_ID.toLowerCase(), entityId: STATIC_TAB_ENTITY_ID } }
      : {}),
  };
}

/** The app registration and where its Graph is: what tenant provisioning needs. */
export type TenantCredentialsConfig = Pick<
  TenantServerConfig,
  'tenantId' | 'clientId' | 'credential' | 'graphBaseUrl'
> & { organisationConfigPath?: string };

function tenantCredentialsOf(e: z.infer<typeof credentialsSchema>): TenantCredentialsConfig {
  const credential: ClientCredential = e.CLIENT_SECRET
    ? { kind: 'secret', secret: e.CLIENT_SECRET }
    : {
        kind: 'certificate',
        path: e.CLIENT_CERTIFICATE_PATH ?? '',
        thumbprintSha256: e.CLIENT_CERTIFICATE_THUMBPRINT ?? '',
      };
  return {
    tenantId: e.TENANT_ID,
    clientId: e.CLIENT_ID,
    credential,
    graphBaseUrl: e.GRAPH_BASE_URL.replace(/\/+$/, ''),
    ...(e.ORGANISATION_CONFIG ? { organisationConfigPath: e.ORGANISATION_CONFIG } : {}),
  };
}

/**
 * Reads only the app registration's settings (TENANT_ID, CLIENT_ID, CLIENT_SECRET or the
 * certificate, GRAPH_BASE_URL): `npm run provision -- --tenant` talks to Graph but serves neither
 * the tab nor the bot, so BOT_ID and PUBLIC_HOSTNAME are not required there.
 * @throws {ConfigError} naming the first wrong or missing setting (TENANT_ID when it is unset).
 */
export function loadTenantCredentials(
  env: Record<string, string | undefined> = process.env,
): TenantCredentialsConfig {
  return tenantCredentialsOf(parseOrThrow(credentialsSchema, env));
}
