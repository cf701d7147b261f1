import { describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import { emulatorListPolicies } from '../../../src/graph/lists/policies.js';
import { loadServerConfig, type TenantServerConfig } from '../../../src/server/config.js';
import {
  EmulatorUnavailableError,
  connectRunningEmulator,
  startLocalBackend,
  tenantBackend,
} from '../../../src/server/graph-backend.js';

const tenant = loadServerConfig({
  TENANT_ID: '11111111-2222-3333-4444-555555555555',
  CLIENT_ID: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  CLIENT_SECRET: 's3cret',
  BOT_ID: 'bbbbbbbb-cccc-dddd-eeee-ffffffffffff',
  PUBLIC_HOSTNAME: 'intl.vaxjo.example',
  ORGANISATION_CONFIG: 'src/domain/organisations/example-tenant.json',
}) as TenantServerConfig;

describe('tenantBackend', () => {
  it('should point at Microsoft Graph', () => {
    expect(tenantBackend(tenant).graphBaseUrl).toBe('https://graph.microsoft.com/v1.0');
  });

  it('should tell the tab to sign in with MSAL for the app registration and tenant', () => {
    expect(tenantBackend(tenant).tabAuth).toEqual({
      mode: 'msal',
      clientId: tenant.clientId,
      tenantId: tenant.tenantId,
      apiScope: `api://intl.vaxjo.example/${tenant.clientId}/access_as_user`,
    });
  });

  it("should validate the API's tokens against Entra ID for the tenant, app and App ID URI", () => {
    expect(tenantBackend(tenant).apiTokens).toEqual({
      authority: `https://login.microsoftonline.com/${tenant.tenantId}/v2.0`,
      clientId: tenant.clientId,
      appIdUri: `api://intl.vaxjo.example/${tenant.clientId}`,
    });
  });

  it('should have no emulator origin', () => {
    expect(tenantBackend(tenant).emulatorOrigin).toBeUndefined();
  });
});

describe('connectRunningEmulator', () => {
  it('should fail with EmulatorUnavailableError naming the origin when nothing answers', async () => {
    // Port 9 (discard) has no emulator listening on a test machine.
    const connect = connectRunningEmulator(9, 'test');
    await expect(connect).rejects.toBeInstanceOf(EmulatorUnavailableError);
    await expect(connect).rejects.toThrow('http://127.0.0.1:9');
  });
});

describe('startLocalBackend', () => {
  const policiesOf = async (origin: string | undefined) => {
    const answer = (await (await fetch(`${origin}/_emulator/list-policies`)).json()) as {
      rules: unknown[];
      siteReaders: unknown[];
    };
    return [...answer.rules, ...answer.siteReaders];
  };

  it("should give the emulator the lists' admin policies of Växjö by default", async () => {
    const backend = await startLocalBackend({
      port: 0,
      dataDir: null,
      tenantHost: 'x.sharepoint.com',
    });
    try {
      const rules = await policiesOf(backend.emulatorOrigin);
      expect(rules).toEqual(emulatorListPolicies(defaultOrganisation));
      expect(rules).toContainEqual({
        siteGroupMailNickname: 'ia-natverket',
        listDisplayName: 'Rapporteringsomgångar',
        writers: 'owners',
      });
    } finally {
      await backend.close();
    }
  });

  it("should give the emulator another organisation's network lists when given it", async () => {
    const organisation = {
      ...defaultOrganisation,
      network: { ...defaultOrganisation.network, mailNickname: 'ia-annat-natverk' },
    };
    const backend = await startLocalBackend({
      port: 0,
      dataDir: null,
      tenantHost: organisation.tenantHost,
      organisation,
    });
    try {
      const rules = (await policiesOf(backend.emulatorOrigin)) as {
        siteGroupMailNickname: string;
        readers?: string[];
      }[];
      expect(
        new Set(rules.filter((r) => !r.readers).map((r) => r.siteGroupMailNickname)),
      ).toEqual(new Set([organisation.network.mailNickname]));
      // Each administration's site is read by the network; the network's own by the readers.
      expect(rules.filter((r) => r.readers).map((r) => r.readers?.[0])).toEqual([
        ...organisation.administrations.map(() => organisation.network.mailNickname),
        ...organisation.readers.slice(0, 1),
      ]);
    } finally {
      await backend.close();
    }
  });
});
