import { z } from 'zod';
import pkg from '../package.json' with { type: 'json' };

/**
 * The settings that fill `manifest.template.json`. The names are the environment variables (the
 * same names the server reads: `CLIENT_ID`, `BOT_ID`, `PUBLIC_HOSTNAME`) and the `{{NAME}}`
 * placeholders of the template, so one `.env` serves both. Everything has a local default, so
 * `npm run package` works on a fresh clone; a real tenant sets all of them.
 */

const guid = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i, 'a GUID');

/** Empty strings in a `.env` file mean "not set", as in the server's config. */
const withDefault = (schema: z.ZodString, fallback: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    schema.default(fallback),
  );

/**
 * Fixed GUIDs for local packaging: stable so a sideloaded dev package updates in place instead
 * of piling up copies. They are no real registrations.
 */
export const LOCAL_DEFAULTS = {
  TEAMS_APP_ID: '5f1c0a2e-7b4d-4c1e-9a3f-3e2d8b6a1c40',
  BOT_ID: '0b9d3c55-2f64-4a8e-b1d7-6c4e9f20a713',
  CLIENT_ID: 'a7e4c9d2-31b8-4f05-8e6a-d25b7c90f184',
  PUBLIC_HOSTNAME: 'localhost:3978',
  APP_VERSION: pkg.version,
} as const;

/** The manifest settings, read from the environment. */
export const manifestConfigSchema = z.object({
  /** The Teams app id (`id`): a GUID of our choosing, kept across versions. */
  TEAMS_APP_ID: withDefault(guid, LOCAL_DEFAULTS.TEAMS_APP_ID),
  /** The bot's Microsoft App ID (its Entra app registration / Azure Bot resource). */
  BOT_ID: withDefault(guid, LOCAL_DEFAULTS.BOT_ID),
  /** The Entra app registration of the tab (SSO and nested app authentication). */
  CLIENT_ID: withDefault(guid, LOCAL_DEFAULTS.CLIENT_ID),
  /** Where the server is reachable over HTTPS, without scheme or path: `ia.vaxjo.se`. */
  PUBLIC_HOSTNAME: withDefault(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i, 'a host name without scheme or path'),
    LOCAL_DEFAULTS.PUBLIC_HOSTNAME,
  ),
  /** The app version (`version`): Teams only takes an update when it is higher. */
  APP_VERSION: withDefault(
    z
      .string()
      .trim()
      .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, 'a version like 1.2.3'),
    LOCAL_DEFAULTS.APP_VERSION,
  ),
});

/** The filled-in manifest settings. */
export type ManifestConfig = z.infer<typeof manifestConfigSchema>;

/** A setting is wrong: `issues` name each variable and what it should be. */
export class ManifestConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid manifest settings:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ManifestConfigError';
  }
}

/**
 * Reads the manifest settings from `env` (normally `process.env`), applying the local defaults.
 * @throws ManifestConfigError naming every wrong variable.
 */
export function manifestConfigFromEnv(env: Record<string, string | undefined>): ManifestConfig {
  const parsed = manifestConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  throw new ManifestConfigError(
    parsed.error.issues.map((issue) => `${issue.path.join('.')}: expected ${issue.message}`),
  );
}
