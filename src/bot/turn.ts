import type { Locale } from '../domain/labels';
import type { CardMessage } from './cards/cards';

/** One outgoing activity: a card message or the typing indicator. */
export type Outgoing = CardMessage | { type: 'typing' };

/**
 * The conversation a handler answers in, independent of the SDK: handlers send, update what they
 * sent, and know who asked. `sdk-turn.ts` builds it from the Teams SDK's activity context.
 */
export interface Turn {
  locale: Locale;
  /** The asking user's Entra object id (absent for anonymous or non-Teams channels). */
  userAadObjectId?: string | undefined;
  /** Where a proactive message to another user of the same tenant goes. */
  serviceUrl: string;
  tenantId?: string | undefined;
  /** Sends an activity into this conversation (a thread reply in a channel); returns its id. */
  send(activity: Outgoing): Promise<{ id: string }>;
  /** Replaces an activity this bot sent earlier (PUT on the connector). */
  update(id: string, activity: CardMessage): Promise<void>;
}
