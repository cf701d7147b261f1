import type { IActivityContext } from '@microsoft/teams.apps';
import type { Activity, ActivityParams, IMessageActivity } from '@microsoft/teams.api';
import { localeFromTeams, type Locale } from '../domain/labels';
import type { ConversationType, IncomingMessage, Outgoing, Turn } from './turn';

/** The tenant of an activity: Teams puts it in `conversation.tenantId` and `channelData.tenant`. */
export function tenantOf(activity: Activity): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return activity.conversation.tenantId ?? channelData?.tenant?.id;
}

/** Teams' conversation type; anything else (other channels, none) counts as a 1:1 chat. */
export function conversationTypeOf(activity: Activity): ConversationType {
  const type = activity.conversation.conversationType;
  if (type === 'channel') return 'channel';
  return type === 'groupChat' ? 'groupChat' : 'personal';
}

/** The client's locale when the activity names one, else the organisation's language. */
export const clientLocaleOr = (activity: Activity, fallback: Locale): Locale =>
  activity.locale ? localeFromTeams(activity.locale) : fallback;

/** The plain texts of an activity's mention entities (some clients send no `<at>` tags). */
function mentionTextsOf(activity: IMessageActivity): string[] {
  return (activity.entities ?? [])
    .filter((e): e is typeof e & { type: 'mention'; text?: string } => e.type === 'mention')
    .map((e) => e.text ?? '')
    .filter((text) => text !== '');
}

/** The command a message carries: its text, or a card button's `data.command` (Action.Submit). */
function commandTextOf(activity: IMessageActivity): string {
  const value = activity.value as { command?: unknown } | undefined;
  if ((activity.text ?? '').trim() === '' && typeof value?.command === 'string') {
    return value.command;
  }
  return activity.text ?? '';
}

/** Reads a message activity as the bot's handlers see it. */
export function messageOf(activity: IMessageActivity): IncomingMessage {
  return {
    text: commandTextOf(activity),
    mentionTexts: mentionTextsOf(activity),
    ids: {
      activityId: activity.id,
      conversationId: activity.conversation.id,
      conversationType: conversationTypeOf(activity),
      userId: activity.from.aadObjectId,
    },
  };
}

/**
 * Builds a {@link Turn} from the Teams SDK's activity context. `send` goes through the SDK's
 * activity sender (POST `/v3/conversations/{id}/activities`); `update` sends the same activity
 * with its `id`, which the SDK turns into PUT `/v3/conversations/{id}/activities/{activityId}`.
 */
export function turnFromContext(ctx: IActivityContext<Activity>, fallbackLocale: Locale): Turn {
  const send = async (activity: Outgoing | (Outgoing & { id: string })) => {
    const sent = await ctx.send(activity as ActivityParams);
    // The SDK fills `id` from the connector's answer; an answer without one leaves it empty.
    const id = typeof sent.id === 'string' && sent.id !== '' ? sent.id : undefined;
    return { id };
  };
  const conversationType = conversationTypeOf(ctx.activity);
  return {
    locale: clientLocaleOr(ctx.activity, fallbackLocale),
    clientLocale: ctx.activity.locale ?? undefined,
    conversationType,
    userAadObjectId: ctx.activity.from.aadObjectId,
    serviceUrl: ctx.ref.serviceUrl,
    tenantId: tenantOf(ctx.activity),
    send,
    // Typing in a channel thread made the Playground's client drop the thread's replies (issue 18);
    // a typing indicator is a 1:1 and group chat feature in Teams too.
    typing: async () => {
      if (conversationType !== 'channel') await send({ type: 'typing' });
    },
    update: async (id, activity) => {
      await send({ ...activity, id });
    },
  };
}
