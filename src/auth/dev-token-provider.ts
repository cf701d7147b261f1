import { z } from 'zod';

/** Returns a bearer token for Graph; the same shape as `TokenProvider` in src/graph. */
export type TokenProvider = () => Promise<string>;

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().positive(),
});

/** A directory user as listed by the emulator's `GET /_emulator/users`. */
export const devUserSchema = z.object({
  id: z.string(),
  userPrincipalName: z.string(),
  displayName: z.string().optional(),
});
export type DevUser = z.infer<typeof devUserSchema>;

/** The identity the tab uses locally until the user picks another one. */
export const defaultDevUpn = 'samordnare@vaxjo.example';

interface DevTokenOptions {
  fetchImpl?: typeof fetch;
  now?: () => number;
  /**
   * A token for an app's own API instead of Graph: the scope (`api://<host>/<client id>/
   * access_as_user`) and the requesting app's client id, as Entra ID issues it to the tab.
   */
  api?: { scope: string; clientId: string };
}

/**
 * Dev mode token provider: asks the Graph emulator for a token for `upn` and caches it until
 * shortly before it expires, so a page of Graph calls costs one token request.
 */
export function createDevTokenProvider(
  emulatorOrigin: string,
  upn: string,
  options: DevTokenOptions = {},
): TokenProvider {
  const fetchImpl = options.fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const now = options.now ?? (() => Date.now());
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  const request = async (): Promise<string> => {
    const response = await fetchImpl(`${emulatorOrigin.replace(/\/$/, '')}/_emulator/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userPrincipalName: upn, ...options.api }),
    });
    if (!response.ok) {
      throw new Error(`Dev token for ${upn} refused: HTTP ${response.status}`);
    }
    const body = tokenResponseSchema.parse(await response.json());
    // Renew a minute early so a token never expires in the middle of a batch.
    cached = { token: body.access_token, expiresAt: now() + (body.expires_in - 60) * 1000 };
    return body.access_token;
  };

  return async () => {
    if (cached && cached.expiresAt > now()) return cached.token;
    // Concurrent callers share one request instead of racing for separate tokens.
    pending ??= request().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}

/** Lists the emulator's seeded directory users for the dev user switcher. */
export async function listDevUsers(
  emulatorOrigin: string,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): Promise<DevUser[]> {
  const response = await fetchImpl(`${emulatorOrigin.replace(/\/$/, '')}/_emulator/users`);
  if (!response.ok) throw new Error(`Emulator users: HTTP ${response.status}`);
  const body: unknown = await response.json();
  // Accept both a bare array and Graph's `{ value: [...] }` envelope.
  const list = Array.isArray(body)
    ? body
    : z.object({ value: z.array(z.unknown()) }).parse(body).value;
  return z.array(devUserSchema).parse(list);
}
