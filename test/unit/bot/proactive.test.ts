import { describe, expect, it } from 'vitest';
import { createServiceUrlMemory } from '../../../src/bot/proactive';

describe('createServiceUrlMemory', () => {
  it('should know no serviceUrl after a start without BOT_SERVICE_URL', () => {
    expect(createServiceUrlMemory().lookup('tenant-a')).toBeUndefined();
  });

  it('should use BOT_SERVICE_URL until an activity names one (after a restart)', () => {
    const memory = createServiceUrlMemory('https://smba.trafficmanager.net/teams/');
    expect(memory.lookup('tenant-a')).toBe('https://smba.trafficmanager.net/teams/');
  });

  it("should prefer the tenant's last seen serviceUrl over the configured one", () => {
    const memory = createServiceUrlMemory('https://smba.trafficmanager.net/teams/');
    memory.remember('tenant-a', 'https://smba.trafficmanager.net/emea/');
    memory.remember('tenant-b', 'https://smba.trafficmanager.net/amer/');
    expect(memory.lookup('tenant-a')).toBe('https://smba.trafficmanager.net/emea/');
  });

  it('should fall back to the last serviceUrl seen when the tenant is named differently', () => {
    const memory = createServiceUrlMemory();
    memory.remember(
      'c0ffee00-0000-4000-8000-000000000001',
      'https://smba.trafficmanager.net/emea/',
    );
    expect(memory.lookup('vaxjo.onmicrosoft.com')).toBe('https://smba.trafficmanager.net/emea/');
  });
});
