import { describe, expect, it } from 'vitest';
import {
  LOCAL_DEFAULTS,
  ManifestConfigError,
  manifestConfigFromEnv,
} from '../../../manifest/config';

describe('manifestConfigFromEnv', () => {
  it('should fall back to the local defaults when nothing is set', () => {
    expect(manifestConfigFromEnv({})).toEqual(LOCAL_DEFAULTS);
  });

  it('should treat empty variables as not set, as a .env file writes them', () => {
    expect(manifestConfigFromEnv({ PUBLIC_HOSTNAME: '  ', BOT_ID: '' })).toEqual(LOCAL_DEFAULTS);
  });

  it('should take the tenant values from the environment', () => {
    const env = {
      TEAMS_APP_ID: '11111111-2222-3333-4444-555555555555',
      BOT_ID: '66666666-7777-8888-9999-000000000000',
      CLIENT_ID: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
      PUBLIC_HOSTNAME: 'ia.vaxjo.se',
      APP_VERSION: '1.2.3',
    };
    expect(manifestConfigFromEnv(env)).toEqual(env);
  });

  it('should name every wrong variable and what it should be', () => {
    const error = captureError(() =>
      manifestConfigFromEnv({
        BOT_ID: 'my-bot',
        PUBLIC_HOSTNAME: 'https://ia.vaxjo.se/',
        APP_VERSION: '1.0',
      }),
    );
    expect(error).toBeInstanceOf(ManifestConfigError);
    expect((error as ManifestConfigError).issues).toEqual([
      'BOT_ID: expected a GUID',
      'PUBLIC_HOSTNAME: expected a host name without scheme or path',
      'APP_VERSION: expected a version like 1.2.3',
    ]);
  });
});

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
