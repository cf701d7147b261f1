import { describe, expect, it } from 'vitest';
import { loadServerConfig } from '../../../src/server/config';
import {
  appSettingsOf,
  hardcodedLocations,
  missingParameters,
  parseBicep,
  parseEnvFile,
  readRepoFile,
  resourceBody,
  resourceVersionProblems,
  SAMPLE_TENANT_SETTINGS,
  secretOutputs,
  unknownParameters,
  unusedDeclarations,
} from './toolkit-checks';

/**
 * infra/azure.bicep, checked offline as far as that goes: no Bicep compiler runs from npm (the
 * `bicep` CLI downloads a binary), so the test reads the template's declarations and checks them
 * against the parameters file, the list of resource types and API versions kept beside it, and the
 * server's configuration. Every rule also runs on a broken copy.
 */

const templateText = readRepoFile('infra/azure.bicep');
const template = parseBicep(templateText);
const parameters = JSON.parse(readRepoFile('infra/azure.parameters.json')) as {
  parameters: Record<string, { value: unknown }>;
};
const listed = (
  JSON.parse(readRepoFile('infra/resource-versions.json')) as { resources: Record<string, string> }
).resources;

describe('infra/azure.bicep and its parameters file', () => {
  it('reads the declarations', () => {
    expect(template.params.find((p) => p.name === 'resourceBaseName')).toEqual({
      name: 'resourceBaseName',
      hasDefault: false,
      secure: false,
    });
    expect(template.params.find((p) => p.name === 'location')?.hasDefault).toBe(true);
    expect(template.resources.length).toBeGreaterThanOrEqual(10);
    expect(template.outputs).toEqual(['APP_SERVICE_RESOURCE_ID', 'PUBLIC_HOSTNAME', 'BOT_ID']);
  });

  it('gives every parameter without a default a value', () => {
    expect(missingParameters(template, parameters)).toEqual([]);
    const { tenantId: _dropped, ...rest } = parameters.parameters;
    expect(missingParameters(template, { parameters: rest })).toEqual([
      'parameter tenantId has no default and no value in the parameters file',
    ]);
  });

  it('names no parameter the template does not declare', () => {
    expect(unknownParameters(template, parameters)).toEqual([]);
    const extra = { parameters: { ...parameters.parameters, botPassword: { value: 'x' } } };
    expect(unknownParameters(template, extra)).toEqual([
      'parameter botPassword is not declared in the template',
    ]);
  });

  it('fills parameters from the environment only with declared variables', () => {
    const envFile = parseEnvFile(readRepoFile('env/.env.dev'));
    const text = JSON.stringify(parameters);
    const names = [...text.matchAll(/\$\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '');
    const undeclared = names.filter((n) => !n.startsWith('SECRET_') && !Object.hasOwn(envFile, n));
    expect(undeclared).toEqual([]);
    expect(parameters.parameters.clientSecret?.value).toBe('${{SECRET_CLIENT_SECRET}}');
  });
});

describe('resource types and API versions (infra/resource-versions.json)', () => {
  it('uses exactly the listed types, each at its listed stable version', () => {
    expect(resourceVersionProblems(template, listed)).toEqual([]);
  });

  it('notices an unlisted version, an unlisted type, a preview and an unused listing', () => {
    const older = parseBicep(
      templateText.replace("'Microsoft.Web/sites@2023-12-01'", "'Microsoft.Web/sites@2021-02-01'"),
    );
    expect(resourceVersionProblems(older, listed)).toEqual([
      'webApp: Microsoft.Web/sites@2021-02-01, listed 2023-12-01',
    ]);
    const added = parseBicep(
      `${templateText}\nresource store 'Microsoft.Storage/storageAccounts@2023-05-01-preview' = {}\n`,
    );
    expect(resourceVersionProblems(added, listed)).toEqual([
      'store: type Microsoft.Storage/storageAccounts is not listed',
      'store: preview API 2023-05-01-preview',
    ]);
    const withoutBot = parseBicep(
      templateText.replace(/^resource teamsChannel .*$/m, '// no channel'),
    );
    expect(resourceVersionProblems(withoutBot, listed)).toEqual([
      'listed type Microsoft.BotService/botServices/channels is not used',
    ]);
  });

  it('ignores declarations inside comments', () => {
    const commented = parseBicep(
      `${templateText}\n// resource x 'Microsoft.Foo/bars@2020-01-01' = {}\n`,
    );
    expect(resourceVersionProblems(commented, listed)).toEqual([]);
  });
});

describe('the Web App', () => {
  const site = resourceBody(templateText, 'Microsoft.Web/sites');

  it('runs Node 24 LTS on Linux with the compiled server, HTTPS only', () => {
    expect(site).toMatch(/linuxFxVersion: 'NODE\|24-lts'/);
    expect(site).toMatch(/appCommandLine: 'node dist\/server\/main\.js'/);
    expect(site).toMatch(/httpsOnly: true/);
    expect(site).toMatch(/kind: 'app,linux'/);
    expect(resourceBody(templateText, 'Microsoft.Web/serverfarms')).toMatch(/reserved: true/);
  });

  it('has app settings that make a valid tenant configuration for src/server/config.ts', () => {
    const settings = appSettingsOf(templateText);
    // Bicep expressions become sample values of the right shape; literals stay as written.
    const samples: Record<string, string> = {
      ...SAMPLE_TENANT_SETTINGS,
      APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=x',
    };
    const env = Object.fromEntries(
      Object.entries(settings).map(([name, value]) => [name, samples[name] ?? value]),
    );
    const config = loadServerConfig(env);
    expect(config.mode).toBe('tenant');
    expect(settings.CLIENT_SECRET).toMatch(/^'?@Microsoft\.KeyVault\(SecretUri=/);
    expect(settings.NODE_ENV).toBe('production');
    // The bot authenticates with the managed identity: no password setting at all.
    expect(settings).not.toHaveProperty('BOT_PASSWORD');
    expect(settings.BOT_ID).toBe('identity.properties.clientId');
  });

  it('names only settings the server documents or App Service reads', () => {
    const documented = Object.keys(parseEnvFile(readRepoFile('.env.example')));
    const platform = [
      'NODE_ENV',
      'APPLICATIONINSIGHTS_CONNECTION_STRING',
      'ApplicationInsightsAgent_EXTENSION_VERSION',
      'SCM_DO_BUILD_DURING_DEPLOYMENT',
      'WEBSITE_RUN_FROM_PACKAGE',
    ];
    const unknown = Object.keys(appSettingsOf(templateText)).filter(
      (name) => !documented.includes(name) && !platform.includes(name),
    );
    expect(unknown).toEqual([]);
    const misspelt = appSettingsOf(templateText.replace('    TENANT_ID:', '    TENNANT_ID:'));
    expect(
      Object.keys(misspelt).filter((n) => !documented.includes(n) && !platform.includes(n)),
    ).toEqual(['TENNANT_ID']);
  });
});

describe('the Azure Bot', () => {
  const bot = resourceBody(templateText, 'Microsoft.BotService/botServices');

  it('uses the user-assigned managed identity the Web App has, at /api/messages', () => {
    expect(bot).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bot).toMatch(/msaAppId: identity\.properties\.clientId/);
    expect(bot).toMatch(/msaAppMSIResourceId: identity\.id/);
    expect(bot).toMatch(/endpoint: 'https:\/\/\$\{hostName\}\/api\/messages'/);
    expect(resourceBody(templateText, 'Microsoft.Web/sites')).toMatch(/'\$\{identity\.id\}': \{\}/);
  });

  it('has the Teams channel', () => {
    const channel = resourceBody(templateText, 'Microsoft.BotService/botServices/channels');
    expect(channel).toMatch(/parent: bot/);
    expect(channel).toMatch(/channelName: 'MsTeamsChannel'/);
  });
});

describe('Bicep linter rules, offline', () => {
  it('reads decorators: the client secret is a secure parameter', () => {
    expect(template.params.filter((p) => p.secure).map((p) => p.name)).toEqual(['clientSecret']);
  });

  it('declares no unused parameter or variable (no-unused-params, no-unused-vars)', () => {
    expect(unusedDeclarations(template)).toEqual([]);
    const unused = parseBicep(`${templateText}\nparam forgotten string = ''\nvar spare = 1\n`);
    expect(unusedDeclarations(unused)).toEqual([
      'param forgotten is unused',
      'var spare is unused',
    ]);
  });

  it('puts no secret into an output (outputs-should-not-contain-secrets)', () => {
    expect(secretOutputs(template)).toEqual([]);
    const leaking = parseBicep(`${templateText}\noutput SECRET string = clientSecret\n`);
    expect(secretOutputs(leaking)).toEqual([
      'output SECRET contains the secure parameter clientSecret',
    ]);
  });

  it('writes no region into the template (no-hardcoded-location)', () => {
    expect(hardcodedLocations(template)).toEqual([]);
    const pinned = parseBicep(templateText.replace(/location: location/, "location: 'westeurope'"));
    expect(hardcodedLocations(pinned)).toEqual([
      "location 'westeurope' is written into the template",
    ]);
  });
});
