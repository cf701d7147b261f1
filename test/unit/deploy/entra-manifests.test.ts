import { describe, expect, it } from 'vitest';
import { API_SCOPE_NAME } from '../../../src/auth/api-token-validator';
import { defaultGraphScopes } from '../../../src/auth/msal-browser-provider';
import {
  PROVISIONING_APP_PERMISSIONS,
  RUNTIME_APP_PERMISSIONS,
} from '../../../src/graph/permissions';
import { loadServerConfig } from '../../../src/server/config';
import { tenantBackend } from '../../../src/server/graph-backend';
import { parseProject, readRepoFile, SAMPLE_TENANT_SETTINGS, type Action } from './toolkit-checks';

/**
 * The two app registrations as aadApp/update applies them (entra/*.manifest.json), against the
 * Teams app manifest template and the tab's code: one source of the Application ID URI, the
 * redirect URIs and the delegated scopes.
 */

interface ResourceAccess {
  id: string;
  type: 'Scope' | 'Role';
}
interface EntraManifest {
  identifierUris?: string[];
  isFallbackPublicClient?: boolean;
  api?: { oauth2PermissionScopes?: { value: string; type: string }[] };
  spa?: { redirectUris: string[] };
  requiredResourceAccess: { resourceAppId: string; resourceAccess: ResourceAccess[] }[];
}

const runtime = JSON.parse(readRepoFile('entra/runtime.manifest.json')) as EntraManifest;
const provisioning = JSON.parse(readRepoFile('entra/provisioning.manifest.json')) as EntraManifest;
const teamsManifest = JSON.parse(readRepoFile('manifest/manifest.template.json')) as {
  webApplicationInfo: {
    id: string;
    resource: string;
    nestedAppAuthInfo: { redirectUri: string; scopes: string[] }[];
  };
};

/** The Teams template's `{{NAME}}` placeholders in the toolkit's `${{NAME}}` syntax. */
const asToolkit = (text: string) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => `\${{${name}}}`);

const graphAccess = (manifest: EntraManifest, type: ResourceAccess['type']) =>
  manifest.requiredResourceAccess
    .filter((r) => r.resourceAppId === 'Microsoft Graph')
    .flatMap((r) => r.resourceAccess.filter((a) => a.type === type).map((a) => a.id));

/** The aadApp/create action of an identity in m365agents.yml. */
function createAction(name: string): Action | undefined {
  const provision = parseProject(readRepoFile('m365agents.yml')).provision ?? [];
  return provision.find((a) => a.uses === 'aadApp/create' && a.name === name);
}

/** The runtime identity's rules; each problem names the rule it breaks. */
function runtimeProblems(m: EntraManifest): string[] {
  const problems: string[] = [];
  const resource = asToolkit(teamsManifest.webApplicationInfo.resource);
  if (JSON.stringify(m.identifierUris) !== JSON.stringify([resource])) {
    problems.push(`identifierUris is not [${resource}] (webApplicationInfo.resource)`);
  }
  for (const n of teamsManifest.webApplicationInfo.nestedAppAuthInfo) {
    const uri = asToolkit(n.redirectUri);
    if (!m.spa?.redirectUris.includes(uri)) problems.push(`no SPA redirect URI ${uri}`);
  }
  const scopes = [...graphAccess(m, 'Scope')].sort();
  // Graph's scopes; the app's own API scope (api://...) is not a Graph permission.
  const naaScopes = teamsManifest.webApplicationInfo.nestedAppAuthInfo
    .flatMap((n) => n.scopes)
    .filter((scope) => !scope.includes('://'));
  if (JSON.stringify(scopes) !== JSON.stringify([...naaScopes].sort())) {
    problems.push(`delegated scopes ${scopes.join(' ')} differ from nestedAppAuthInfo`);
  }
  if (
    !m.api?.oauth2PermissionScopes?.some((s) => s.value === 'access_as_user' && s.type === 'User')
  ) {
    problems.push('no access_as_user scope');
  }
  // The runtime application permissions src/graph/permissions.ts declares (a test runs the
  // server's calls with exactly these), never tenant-wide site access.
  const roles = [...graphAccess(m, 'Role')].sort();
  if (JSON.stringify(roles) !== JSON.stringify([...RUNTIME_APP_PERMISSIONS].sort())) {
    problems.push(`application permissions ${roles.join(' ')} differ from RUNTIME_APP_PERMISSIONS`);
  }
  return problems;
}

/** The provisioning identity's rules. */
function provisioningProblems(m: EntraManifest): string[] {
  const problems: string[] = [];
  if (m.isFallbackPublicClient !== true) problems.push('not a public client');
  const roles = graphAccess(m, 'Role');
  if (roles.length > 0) problems.push(`application permissions ${roles.join(' ')}`);
  // `--device-code` asks for exactly PROVISIONING_APP_PERMISSIONS as delegated scopes.
  const scopes = [...graphAccess(m, 'Scope')].sort();
  if (JSON.stringify(scopes) !== JSON.stringify([...PROVISIONING_APP_PERMISSIONS].sort())) {
    problems.push(`delegated scopes ${scopes.join(' ')} differ from PROVISIONING_APP_PERMISSIONS`);
  }
  return problems;
}

/** A deep copy of a manifest with one change. */
function changed(m: EntraManifest, change: (copy: EntraManifest) => void): EntraManifest {
  const copy = structuredClone(m);
  change(copy);
  return copy;
}

describe('the runtime identity (entra/runtime.manifest.json)', () => {
  it('matches the Teams manifest, the tab and the server: App ID URI, redirect URIs, scopes, access_as_user, runtime permissions', () => {
    expect(runtimeProblems(runtime)).toEqual([]);
    expect(asToolkit(teamsManifest.webApplicationInfo.id)).toBe('${{CLIENT_ID}}');
    expect([...graphAccess(runtime, 'Scope')].sort()).toEqual([...defaultGraphScopes].sort());
  });

  it('notices each broken rule', () => {
    const graph = (c: EntraManifest) => c.requiredResourceAccess[0]?.resourceAccess ?? [];
    expect(
      runtimeProblems(changed(runtime, (c) => (c.identifierUris = ['api://${{CLIENT_ID}}']))),
    ).toEqual([
      'identifierUris is not [api://${{PUBLIC_HOSTNAME}}/${{CLIENT_ID}}] (webApplicationInfo.resource)',
    ]);
    expect(runtimeProblems(changed(runtime, (c) => c.spa?.redirectUris.splice(0, 1)))).toEqual([
      'no SPA redirect URI brk-multihub://${{PUBLIC_HOSTNAME}}',
    ]);
    expect(
      runtimeProblems(changed(runtime, (c) => graph(c).push({ id: 'Mail.Read', type: 'Scope' }))),
    ).toHaveLength(1);
    expect(
      runtimeProblems(
        changed(runtime, (c) => graph(c).push({ id: 'Sites.Manage.All', type: 'Role' })),
      ),
    ).toEqual([
      'application permissions Channel.ReadBasic.All GroupMember.Read.All Sites.Manage.All Sites.Selected User.Read.All differ from RUNTIME_APP_PERMISSIONS',
    ]);
    expect(runtimeProblems(changed(runtime, (c) => delete c.api))).toEqual([
      'no access_as_user scope',
    ]);
  });

  it('is the API the server accepts tokens for (audience, App ID URI, scope)', () => {
    const values: Record<string, string> = SAMPLE_TENANT_SETTINGS;
    const config = loadServerConfig(values);
    if (config.mode !== 'tenant') throw new Error('expected tenant mode');
    const backend = tenantBackend(config);
    const filled = (text: string) =>
      text.replace(
        /\$\{\{(\w+)\}\}/g,
        (_, name: string) => values[name as keyof typeof values] ?? '',
      );
    expect(runtime.identifierUris?.map(filled)).toEqual([backend.apiTokens?.appIdUri]);
    expect(backend.apiTokens?.clientId).toBe(SAMPLE_TENANT_SETTINGS.CLIENT_ID);
    expect(backend.tabAuth).toMatchObject({
      clientId: SAMPLE_TENANT_SETTINGS.CLIENT_ID,
      apiScope: `${filled(runtime.identifierUris?.[0] ?? '')}/${API_SCOPE_NAME}`,
    });
  });

  it('has a secret the toolkit writes to the .user file', () => {
    expect(createAction('runtime identity')?.with).toMatchObject({
      generateClientSecret: true,
      signInAudience: 'AzureADMyOrg',
    });
    expect(createAction('runtime identity')?.writeToEnvironmentFile).toMatchObject({
      clientId: 'CLIENT_ID',
      clientSecret: 'SECRET_CLIENT_SECRET',
    });
  });
});

describe('the provisioning identity (entra/provisioning.manifest.json)', () => {
  it('is a public client without secret that acts only as the signed-in administrator', () => {
    expect(provisioningProblems(provisioning)).toEqual([]);
    expect(createAction('provisioning identity')?.with).toMatchObject({
      generateClientSecret: false,
      signInAudience: 'AzureADMyOrg',
    });
  });

  it('notices an application permission or a confidential client', () => {
    const withRole = changed(provisioning, (c) =>
      c.requiredResourceAccess[0]?.resourceAccess.push({
        id: 'Sites.FullControl.All',
        type: 'Role',
      }),
    );
    expect(provisioningProblems(withRole)).toEqual([
      'application permissions Sites.FullControl.All',
    ]);
    const confidential = changed(provisioning, (c) => delete c.isFallbackPublicClient);
    expect(provisioningProblems(confidential)).toEqual(['not a public client']);
    const lessScopes = changed(provisioning, (c) =>
      c.requiredResourceAccess[0]?.resourceAccess.pop(),
    );
    expect(provisioningProblems(lessScopes)).toHaveLength(1);
  });
});
