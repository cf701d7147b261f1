import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  STATIC_TAB_ENTITY_ID,
  TEAMS_PUBLIC_SERVICE_URL,
  loadServerConfig,
} from '../../../src/server/config.js';
import manifestTemplate from '../../../manifest/manifest.template.json' with { type: 'json' };

const tenantEnv = {
  TENANT_ID: '11111111-2222-3333-4444-555555555555',
  CLIENT_ID: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  CLIENT_SECRET: 's3cret',
  BOT_ID: 'bbbbbbbb-cccc-dddd-eeee-ffffffffffff',
  PUBLIC_HOSTNAME: 'intl.vaxjo.example',
  ORGANISATION_CONFIG: 'organisation.json',
};

/** The thrown ConfigError, so each test can assert on the setting it names. */
function configErrorOf(env: Record<string, string | undefined>): ConfigError {
  try {
    loadServerConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadServerConfig', () => {
  it('should start in local mode with the documented defaults when nothing is set', () => {
    expect(loadServerConfig({})).toEqual({
      mode: 'local',
      port: 3978,
      graphEmulatorPort: 5100,
      dataDir: '.data',
    });
  });

  it('should treat empty settings as not set, as a copied .env.example has them', () => {
    expect(loadServerConfig({ PORT: '', TENANT_ID: '', DATA_DIR: '' })).toMatchObject({
      mode: 'local',
      port: 3978,
      dataDir: '.data',
    });
  });

  it('should name PORT when it is not a port number', () => {
    const error = configErrorOf({ PORT: 'eighty' });
    expect(error.setting).toBe('PORT');
    expect(error.message).toContain('PORT');
  });

  it('should name GRAPH_EMULATOR_PORT when it is out of range', () => {
    expect(configErrorOf({ GRAPH_EMULATOR_PORT: '70000' }).setting).toBe('GRAPH_EMULATOR_PORT');
  });

  it('should switch to tenant mode with the Microsoft Graph base URL when TENANT_ID is set', () => {
    expect(loadServerConfig(tenantEnv)).toMatchObject({
      mode: 'tenant',
      tenantId: tenantEnv.TENANT_ID,
      credential: { kind: 'secret', secret: 's3cret' },
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
    });
  });

  it('should name CLIENT_ID as missing in tenant mode', () => {
    const { CLIENT_ID: _omitted, ...env } = tenantEnv;
    const error = configErrorOf(env);
    expect(error.setting).toBe('CLIENT_ID');
    expect(error.message).toBe('Configuration error: CLIENT_ID: missing');
  });

  it('should stop, naming every missing setting, when only part of the tenant settings is set', () => {
    const error = configErrorOf({ CLIENT_ID: tenantEnv.CLIENT_ID, BOT_PASSWORD: 'pw' });
    expect(error.problems.map((p) => p.setting)).toEqual([
      'ORGANISATION_CONFIG',
      'TENANT_ID',
      'BOT_ID',
      'PUBLIC_HOSTNAME',
      'CLIENT_SECRET',
    ]);
    expect(error.message).toBe(
      'Configuration error: ORGANISATION_CONFIG: missing; TENANT_ID: missing; BOT_ID: missing; PUBLIC_HOSTNAME: missing; CLIENT_SECRET: required (or CLIENT_CERTIFICATE_PATH with CLIENT_CERTIFICATE_THUMBPRINT)',
    );
  });

  it.each(['CLIENT_ID', 'CLIENT_SECRET', 'BOT_ID', 'PUBLIC_HOSTNAME'])(
    'should not fall back to local mode when %s alone is set',
    (setting) => {
      const error = configErrorOf({ [setting]: tenantEnv[setting as keyof typeof tenantEnv] });
      expect(error.problems.map((p) => p.setting)).toContain('TENANT_ID');
    },
  );

  it('should require ORGANISATION_CONFIG in tenant mode (no sample organisation in a real tenant)', () => {
    const { ORGANISATION_CONFIG: _omitted, ...env } = tenantEnv;
    const error = configErrorOf(env);
    expect(error.message).toBe('Configuration error: ORGANISATION_CONFIG: missing');
    expect(loadServerConfig(tenantEnv)).toMatchObject({
      organisationConfigPath: 'organisation.json',
    });
  });

  it('should name BOT_ID when it is not a GUID', () => {
    expect(configErrorOf({ ...tenantEnv, BOT_ID: 'my-bot' }).setting).toBe('BOT_ID');
  });

  it('should name PUBLIC_HOSTNAME when it carries a scheme', () => {
    const error = configErrorOf({ ...tenantEnv, PUBLIC_HOSTNAME: 'https://intl.vaxjo.example' });
    expect(error.setting).toBe('PUBLIC_HOSTNAME');
  });

  it('should name CLIENT_SECRET when neither a secret nor a certificate is given', () => {
    const { CLIENT_SECRET: _omitted, ...env } = tenantEnv;
    expect(configErrorOf(env).setting).toBe('CLIENT_SECRET');
  });

  it('should accept a certificate with its thumbprint instead of a secret', () => {
    const { CLIENT_SECRET: _omitted, ...env } = tenantEnv;
    const thumbprint = 'a'.repeat(64);
    expect(
      loadServerConfig({
        ...env,
        CLIENT_CERTIFICATE_PATH: 'cert.pem',
        CLIENT_CERTIFICATE_THUMBPRINT: thumbprint,
      }),
    ).toMatchObject({
      credential: { kind: 'certificate', path: 'cert.pem', thumbprintSha256: thumbprint },
    });
  });

  it('should name CLIENT_CERTIFICATE_THUMBPRINT when a certificate comes without it', () => {
    const { CLIENT_SECRET: _omitted, ...env } = tenantEnv;
    const error = configErrorOf({ ...env, CLIENT_CERTIFICATE_PATH: 'cert.pem' });
    expect(error.setting).toBe('CLIENT_CERTIFICATE_THUMBPRINT');
  });
});

describe('loadServerConfig: bot settings', () => {
  it('should refuse COORDINATOR_UPNS, saying a coordinator is an owner of the network group', () => {
    const error = configErrorOf({ COORDINATOR_UPNS: 'anna.berg@vaxjo.se' });
    expect(error.setting).toBe('COORDINATOR_UPNS');
    expect(error.message).toContain('owner of the network group');
  });

  it('should take an empty COORDINATOR_UPNS as not set', () => {
    expect(loadServerConfig({ COORDINATOR_UPNS: ' ' })).toMatchObject({ mode: 'local' });
  });

  it('should give no Teams app and no service URL in local mode by default', () => {
    const config = loadServerConfig({});
    expect(config).not.toHaveProperty('teamsApp');
    expect(config).not.toHaveProperty('botServiceUrl');
  });

  it("should pair TEAMS_APP_ID with the manifest's static tab entity id", () => {
    expect(
      loadServerConfig({ TEAMS_APP_ID: '5F1C0A2E-7B4D-4C1E-9A3F-3E2D8B6A1C40' }).teamsApp,
    ).toEqual({
      appId: '5f1c0a2e-7b4d-4c1e-9a3f-3e2d8b6a1c40',
      entityId: manifestTemplate.staticTabs[0]?.entityId,
    });
    expect(STATIC_TAB_ENTITY_ID).toBe('internationellt-arbete');
  });

  it('should name TEAMS_APP_ID when it is not a GUID', () => {
    expect(configErrorOf({ TEAMS_APP_ID: 'my-app' }).setting).toBe('TEAMS_APP_ID');
  });

  it("should default BOT_SERVICE_URL to Teams' public connector in tenant mode", () => {
    expect(loadServerConfig(tenantEnv).botServiceUrl).toBe(TEAMS_PUBLIC_SERVICE_URL);
    expect(TEAMS_PUBLIC_SERVICE_URL).toBe('https://smba.trafficmanager.net/teams/');
  });

  it('should take BOT_SERVICE_URL from the environment in either mode', () => {
    const url = 'https://smba.infra.gcc.teams.microsoft.com/teams';
    expect(loadServerConfig({ ...tenantEnv, BOT_SERVICE_URL: url }).botServiceUrl).toBe(url);
    expect(loadServerConfig({ BOT_SERVICE_URL: 'http://127.0.0.1:56150/' }).botServiceUrl).toBe(
      'http://127.0.0.1:56150/',
    );
  });

  it('should name BOT_SERVICE_URL when it is not an http(s) URL', () => {
    expect(configErrorOf({ BOT_SERVICE_URL: 'ftp://connector.example' }).setting).toBe(
      'BOT_SERVICE_URL',
    );
  });

  it('should start in local mode from .env.example as it is copied, bot settings included', () => {
    const env = Object.fromEntries(
      readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8')
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(env).not.toHaveProperty('COORDINATOR_UPNS');
    expect(env).toHaveProperty('BOT_SERVICE_URL');
    expect(loadServerConfig(env)).toMatchObject({ mode: 'local' });
  });
});
