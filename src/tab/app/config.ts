import { z } from 'zod';

const authSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('dev'),
    emulatorOrigin: z.url(),
    clientId: z.string().min(1),
    apiScope: z.string().min(1),
  }),
  z.object({
    mode: z.literal('msal'),
    clientId: z.string().min(1),
    tenantId: z.string().min(1),
    apiScope: z.string().min(1),
  }),
]);

/**
 * `/config.json` served by src/server. The organisation is validated by the domain schema where
 * it is used; here only its presence is checked so the shell can start and show a clear error.
 */
export const tabConfigSchema = z.object({
  graphBaseUrl: z.url(),
  auth: authSchema,
  organisation: z.looseObject({
    id: z.string(),
    name: z.string(),
    administrations: z.array(
      z.looseObject({ id: z.string(), name: z.string(), shortName: z.string().optional() }),
    ),
  }),
});
export type TabConfig = z.infer<typeof tabConfigSchema>;
export type AuthConfig = z.infer<typeof authSchema>;

/** Fetches and validates `/config.json`; the error names the wrong field. */
export async function loadTabConfig(
  fetchImpl: typeof fetch = (...a) => fetch(...a),
): Promise<TabConfig> {
  const response = await fetchImpl('/config.json');
  if (!response.ok) throw new Error(`/config.json: HTTP ${response.status}`);
  const parsed = tabConfigSchema.safeParse(await response.json());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `/config.json: ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}
