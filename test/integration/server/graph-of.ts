import { createEmulatorAppTokenProvider } from '../../../src/auth/server-token-provider.js';
import { defaultOrganisation } from '../../../src/domain/index.js';
import {
  createGraphClient,
  resolveSites,
  type GraphClient,
  type OrganisationSites,
} from '../../../src/graph/index.js';
import type { RunningServer } from '../../../src/server/app.js';

/**
 * An app-only Graph client on a running server's emulator and the organisation's sites, so a
 * test reads what the server stored the way any other client would: through Graph.
 */
export async function graphOf(
  server: RunningServer,
  clientId: string,
): Promise<{ client: GraphClient; sites: OrganisationSites }> {
  const client = createGraphClient({
    baseUrl: server.graphBaseUrl,
    getToken: createEmulatorAppTokenProvider({
      emulatorOrigin: server.emulatorOrigin ?? '',
      clientId,
    }),
  });
  return { client, sites: await resolveSites(client, defaultOrganisation) };
}
