import { describe, expect, it } from 'vitest';
import { checkAtTheDoor, isLoopbackUrl } from '../../../src/bot/app.guards';

describe('isLoopbackUrl', () => {
  it.each([
    'http://127.0.0.1:56150/_connector',
    'http://localhost:3978/',
    'http://[::1]:5999/',
    'https://127.8.9.10/',
  ])('should accept the loopback connector %s', (url) => {
    expect(isLoopbackUrl(url)).toBe(true);
  });

  it.each(['file:///etc/passwd', 'not a url', 'http://127.0.0.1.evil.example/', 42])(
    'should refuse %s',
    (url) => {
      expect(isLoopbackUrl(url)).toBe(false);
    },
  );
});

describe('checkAtTheDoor', () => {
  const ours = 'c0ffee00-0000-4000-8000-000000000001';

  it('should accept in tenant mode an activity naming only our tenant, in any case', () => {
    const activity = {
      serviceUrl: 'https://smba.trafficmanager.net/teams/',
      conversation: { tenantId: ours.toUpperCase() },
      channelData: { tenant: { id: ours } },
    };
    expect(checkAtTheDoor(activity, ours)).toEqual({ ok: true });
  });

  it('should not ask for a loopback connector in tenant mode (the JWT binds the serviceUrl)', () => {
    const activity = {
      serviceUrl: 'https://smba.trafficmanager.net/teams/',
      conversation: { tenantId: ours },
    };
    expect(checkAtTheDoor(activity, ours).ok).toBe(true);
    expect(checkAtTheDoor(activity, undefined).ok).toBe(false);
  });
});
