import { Client as ApiClient } from '@microsoft/teams.api';
import type { Client as HttpClient } from '@microsoft/teams.common';
import type { CardMessage } from './cards/cards';
import type { ProactiveMessage, ProactiveSender } from './handlers/context';

/**
 * Creates the proactive sender. A 1:1 conversation with a user is created (or, as Teams does for
 * an existing 1:1 chat, returned) with POST `<serviceUrl>/v3/conversations`, naming the user by
 * their Entra object id (Teams supports this in personal scope when the app is installed for the
 * user), then the activity is POSTed into it. Conversation ids are remembered per user so a second
 * reminder skips the create call; they are also learnt from every incoming 1:1 activity.
 *
 * `http` is the SDK's HTTP client that carries the bot's token (none in local mode).
 */
export function createProactiveSender(
  http: () => HttpClient,
  botId: () => string,
  conversations: Map<string, string>,
): ProactiveSender {
  return async ({ serviceUrl, tenantId, userAadObjectId, activity }: ProactiveMessage) => {
    const api = new ApiClient(serviceUrl.replace(/\/+$/, ''), http());
    let conversationId = conversations.get(userAadObjectId);
    if (!conversationId) {
      const created = await api.conversations.create({
        isGroup: false,
        bot: { id: botId(), role: 'bot' },
        members: [{ id: userAadObjectId, role: 'user' }],
        ...(tenantId ? { tenantId, channelData: { tenant: { id: tenantId } } } : {}),
      });
      conversationId = created.id;
      conversations.set(userAadObjectId, conversationId);
    }
    await api.conversations.createActivity(conversationId, activity satisfies CardMessage);
    return { conversationId };
  };
}

/** Posts an activity into a conversation the bot did not get a message from (a channel). */
export type ConversationPoster = (
  serviceUrl: string,
  conversationId: string,
  activity: CardMessage,
) => Promise<{ id: string }>;

/**
 * Creates the poster for proactive messages into an existing conversation: a channel's
 * conversation id is the channel id, and `POST <serviceUrl>/v3/conversations/{id}/activities`
 * starts a new post in it.
 */
export function createConversationPoster(http: () => HttpClient): ConversationPoster {
  return async (serviceUrl, conversationId, activity) => {
    const api = new ApiClient(serviceUrl.replace(/\/+$/, ''), http());
    const created = await api.conversations.createActivity(conversationId, activity);
    return { id: created.id };
  };
}

/** The connector URL per tenant, learnt from incoming activities. */
export interface ServiceUrlMemory {
  /** Remembers the serviceUrl of an activity that passed the SDK's checks. */
  remember(tenantId: string | undefined, serviceUrl: string): void;
  /** The tenant's last serviceUrl, else the last one seen at all, else the configured one. */
  lookup(tenantId?: string): string | undefined;
}

/**
 * Proactive messages need the connector's serviceUrl, which Teams only tells in incoming
 * activities. It is kept in memory per tenant (the server serves one tenant and Teams' URL
 * changes rarely); after a restart, until the first activity arrives, `fallback` is used
 * (`BOT_SERVICE_URL`; in tenant mode Teams' public `https://smba.trafficmanager.net/teams/`).
 */
export function createServiceUrlMemory(fallback?: string): ServiceUrlMemory {
  const byTenant = new Map<string, string>();
  let last: string | undefined;
  return {
    remember(tenantId, serviceUrl) {
      byTenant.set(tenantId ?? '', serviceUrl);
      last = serviceUrl;
    },
    lookup(tenantId) {
      return (tenantId === undefined ? undefined : byTenant.get(tenantId)) ?? last ?? fallback;
    },
  };
}
