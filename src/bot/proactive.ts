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
