/**
 * Bot Framework activities as Teams sends them (shapes from real Teams traffic: a channel message
 * with an `<at>` mention and a mention entity, a 1:1 message, a conversationUpdate on install).
 */

export const BOT_ID = '28:internationellt-arbete-bot';
export const BOT_NAME = 'Internationellt arbete';
export const TENANT_ID = 'c0ffee00-0000-4000-8000-000000000001';
const CHANNEL = '19:natverket@thread.tacv2';

let sequence = 1_700_000_000_000;

interface Sender {
  aadObjectId: string;
  name: string;
}

const base = (serviceUrl: string, locale: string) => ({
  id: String(++sequence),
  timestamp: new Date().toISOString(),
  serviceUrl,
  channelId: 'msteams',
  recipient: { id: BOT_ID, name: BOT_NAME },
  locale,
  channelData: { tenant: { id: TENANT_ID } },
});

/** A message in the network's channel, addressed to the bot with an @mention. */
export function channelMessage(
  serviceUrl: string,
  from: Sender,
  command: string,
  locale = 'sv-SE',
) {
  const activity = base(serviceUrl, locale);
  const mention = `<at>${BOT_NAME}</at>`;
  return {
    ...activity,
    type: 'message',
    text: `${mention} ${command}`,
    textFormat: 'plain',
    from: { id: `29:${from.aadObjectId}`, name: from.name, aadObjectId: from.aadObjectId },
    conversation: {
      id: `${CHANNEL};messageid=${activity.id}`,
      conversationType: 'channel',
      isGroup: true,
      tenantId: TENANT_ID,
    },
    entities: [{ type: 'mention', text: mention, mentioned: { id: BOT_ID, name: BOT_NAME } }],
    channelData: {
      ...activity.channelData,
      team: { id: '19:team@thread.tacv2' },
      channel: { id: CHANNEL },
    },
  };
}

/** A message in the user's 1:1 chat with the bot. */
export function personalMessage(serviceUrl: string, from: Sender, text: string, locale = 'sv-SE') {
  return {
    ...base(serviceUrl, locale),
    type: 'message',
    text,
    textFormat: 'plain',
    from: { id: `29:${from.aadObjectId}`, name: from.name, aadObjectId: from.aadObjectId },
    conversation: {
      id: `a:personal-${from.aadObjectId}`,
      conversationType: 'personal',
      tenantId: TENANT_ID,
    },
  };
}

/** The conversationUpdate Teams sends when the app is added to a team. */
export function botAddedToTeam(serviceUrl: string, locale = 'sv-SE') {
  return {
    ...base(serviceUrl, locale),
    type: 'conversationUpdate',
    from: { id: '29:installer', aadObjectId: 'installer' },
    conversation: { id: CHANNEL, conversationType: 'channel', isGroup: true, tenantId: TENANT_ID },
    membersAdded: [{ id: BOT_ID }],
    channelData: { tenant: { id: TENANT_ID }, eventType: 'teamMemberAdded', team: { id: CHANNEL } },
  };
}
