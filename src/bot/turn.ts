import type { Locale } from '../domain/labels';
import type { CardMessage } from './cards/cards';

/** One outgoing activity: a card message or the typing indicator. */
export type Outgoing = CardMessage | { type: 'typing' };

/** Where the conversation happens: Teams' `conversation.conversationType`. */
export type ConversationType = 'personal' | 'groupChat' | 'channel';

/**
 * The conversation a handler answers in, independent of the SDK: handlers send, update what they
 * sent, and know who asked. `sdk-turn.ts` builds it from the Teams SDK's activity context.
 */
export interface Turn {
  /** The language of the answer (see `answerLocale` in app.handlers.ts). */
  locale: Locale;
  /** The client's locale tag as the activity carried it (`en-US`), if any. */
  clientLocale?: string | undefined;
  conversationType: ConversationType;
  /** The asking user's Entra object id (absent for anonymous or non-Teams channels). */
  userAadObjectId?: string | undefined;
  /** Where a proactive message to another user of the same tenant goes. */
  serviceUrl: string;
  tenantId?: string | undefined;
  /**
   * Sends an activity into this conversation (a thread reply in a channel); returns its id, or no
   * id when the connector answered without one (the Agents Playground answers 202 and no body).
   */
  send(activity: CardMessage): Promise<{ id?: string | undefined }>;
  /** Shows the typing indicator where clients allow it (not in channel threads). */
  typing(): Promise<void>;
  /** Replaces an activity this bot sent earlier (PUT on the connector). */
  update(id: string, activity: CardMessage): Promise<void>;
}

/** A message as the bot reads it, independent of the SDK: its command and its ids for the log. */
export interface IncomingMessage {
  /** The typed text, or a card button's `data.command`. */
  text: string;
  /** The plain texts of the message's @mentions. */
  mentionTexts: string[];
  /** Ids only, for the per-message log line: no names, no text. */
  ids: {
    activityId: string | undefined;
    conversationId: string;
    conversationType: ConversationType;
    userId: string | undefined;
  };
}
