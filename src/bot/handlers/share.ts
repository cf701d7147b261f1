import { formatDate, type Locale } from '../../domain/labels';
import type { Activity, Project } from '../../domain/records';
import { goodExampleCard } from '../cards/cards';
import { botTexts } from '../i18n';
import type { ConversationPoster } from '../proactive';
import { accessOf } from './access';
import { administrationName, type HandlerContext } from './context';
import { describeError } from './errors';
import { tabLink } from './links';

/** Which good example to share, and who asks (their Entra object id, checked through Graph). */
export interface ShareRequest {
  userId: string;
  administrationId: string;
  kind: 'project' | 'activity';
  itemId: string;
  locale: Locale;
}

/** Why a good example was not shared; each maps to one HTTP status of the share endpoint. */
export type ShareRefusal = 'forbidden' | 'notFound' | 'notGoodExample' | 'botUnavailable';

/** The outcome: the channel message's id, or a refusal with a sentence for the user. */
export type ShareOutcome =
  { ok: true; messageId: string } | { ok: false; code: ShareRefusal; message: string };

/** How the bot reaches the network's channel without an incoming message. */
export interface ChannelAccess {
  /** The connector URL for proactive messages (learnt or configured); undefined when unknown. */
  serviceUrl(): string | undefined;
  post: ConversationPoster;
}

const periodOf = (locale: Locale, record: Project | Activity): string | undefined => {
  const dates = [record.startDate, record.endDate].filter((d): d is string => Boolean(d));
  return dates.length > 0 ? dates.map((d) => formatDate(locale, d)).join(' – ') : undefined;
};

/**
 * Shares a good example into the network's shared channel as a card (issue 10), for the
 * coordinator only: the same rule as `påminn` (owner of the network group, or a configured UPN).
 * The record is read with the app's Graph client from its administration's site; only a record
 * flagged as good example with a public summary is shared, and only that summary: the card never
 * carries the record's other fields. The card builder escapes the record's text.
 */
export async function shareGoodExample(
  ctx: HandlerContext,
  channel: ChannelAccess,
  request: ShareRequest,
): Promise<ShareOutcome> {
  const t = botTexts(request.locale);
  const refuse = (code: ShareRefusal, message: string): ShareOutcome => ({
    ok: false,
    code,
    message,
  });
  if (!(await accessOf(ctx, request.userId)).coordinator) {
    return refuse('forbidden', t.shareForbidden);
  }
  if (!ctx.data.record || !ctx.data.networkChannelId) {
    throw new Error('The bot data port cannot read records or the network channel');
  }
  const record = await ctx.data.record(request.administrationId, request.kind, request.itemId);
  if (!record) return refuse('notFound', t.shareNotFound);
  if (!record.goodExample || !record.goodExampleSummary) {
    return refuse('notGoodExample', t.shareNotGoodExample);
  }
  const serviceUrl = channel.serviceUrl();
  if (!serviceUrl) return refuse('botUnavailable', t.shareBotUnavailable);
  const channelId = await ctx.data.networkChannelId();
  if (!channelId) return refuse('botUnavailable', t.shareChannelMissing);

  const card = goodExampleCard(request.locale, {
    title: record.title,
    administration: administrationName(ctx.organisation, request.administrationId),
    kind: request.kind,
    summary: record.goodExampleSummary,
    period: periodOf(request.locale, record),
    link: tabLink(
      ctx,
      {
        feature: request.kind === 'project' ? 'projects' : 'activities',
        administrationId: request.administrationId,
        itemId: request.itemId,
      },
      record.title,
    ),
  });
  const where = {
    administrationId: request.administrationId,
    kind: request.kind,
    itemId: request.itemId,
  };
  try {
    const posted = await channel.post(serviceUrl, channelId, card);
    ctx.log.info('bot: good example shared', where);
    return { ok: true, messageId: posted.id };
  } catch (error) {
    // The connector refusing (app not installed in the Team, a stale serviceUrl) is the bot being
    // unavailable for this, not a server error.
    ctx.log.warn('bot: good example not posted', { ...where, ...describeError(error) });
    return refuse('botUnavailable', t.sharePostFailed);
  }
}
