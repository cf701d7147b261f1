import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { CommandName } from './commands/parse';

/**
 * The door's checks on an incoming activity, before the SDK runs it (issue 17). In tenant mode an
 * activity must come from the configured tenant (Teams puts it in `conversation.tenantId` and
 * `channelData.tenant.id`); in local mode only a loopback connector may be named as `serviceUrl`,
 * so a forged activity cannot make the bot post anywhere else.
 */
export type DoorCheck = { ok: true } | { ok: false; status: 403; error: string };

interface ActivityAtTheDoor {
  serviceUrl?: unknown;
  conversation?: { tenantId?: unknown } | undefined;
  channelData?: { tenant?: { id?: unknown } } | undefined;
}

/** The activity's tenant as Teams sends it, if any. */
export function activityTenant(activity: ActivityAtTheDoor): string | undefined {
  const tenant = activity.conversation?.tenantId ?? activity.channelData?.tenant?.id;
  return typeof tenant === 'string' && tenant !== '' ? tenant : undefined;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** An http(s) URL on this machine's loopback interface. */
export function isLoopbackUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      (LOOPBACK_HOSTS.has(url.hostname) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname))
    );
  } catch {
    return false;
  }
}

/** Tenant mode: `tenantId` is the app's tenant; local mode: undefined. */
export function checkAtTheDoor(
  activity: ActivityAtTheDoor,
  tenantId: string | undefined,
): DoorCheck {
  if (tenantId !== undefined) {
    // Every tenant the activity names must be ours (a forged one could disagree with itself).
    const named = [activity.conversation?.tenantId, activity.channelData?.tenant?.id].filter(
      (tenant) => tenant !== undefined && tenant !== null,
    );
    const ours = (tenant: unknown) =>
      typeof tenant === 'string' && tenant.toLowerCase() === tenantId.toLowerCase();
    if (named.length === 0 || !named.every(ours)) {
      return { ok: false, status: 403, error: 'The activity does not come from this tenant.' };
    }
    return { ok: true };
  }
  if (!isLoopbackUrl(activity.serviceUrl)) {
    return {
      ok: false,
      status: 403,
      error:
        'In local mode the bot answers only a connector on this machine (loopback serviceUrl).',
    };
  }
  return { ok: true };
}

/** Requests per user and window for the commands that make app-only Graph calls. */
export const COMMAND_LIMITS: Partial<Record<CommandName, { points: number; seconds: number }>> = {
  // A report loads every administration's records and renders a Word file.
  report: { points: 5, seconds: 600 },
  // Reminders message people; a few attempts cover a retry after a failure.
  remind: { points: 3, seconds: 600 },
};

/** A per-user limiter of commands; `take` says how long to wait when the limit is reached. */
export interface CommandLimiter {
  take(
    command: CommandName,
    userKey: string,
  ): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }>;
}

/** In-memory limits (one server; `rate-limiter-flexible`'s memory store, per command and user). */
export function createCommandLimiter(
  limits: Partial<Record<CommandName, { points: number; seconds: number }>> = COMMAND_LIMITS,
): CommandLimiter {
  const limiters = new Map(
    Object.entries(limits).map(([command, limit]) => [
      command,
      new RateLimiterMemory({ points: limit.points, duration: limit.seconds, keyPrefix: command }),
    ]),
  );
  return {
    async take(command, userKey) {
      const limiter = limiters.get(command);
      if (!limiter) return { ok: true };
      try {
        await limiter.consume(userKey);
        return { ok: true };
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        return {
          ok: false,
          retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
        };
      }
    },
  };
}
