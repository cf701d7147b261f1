import { daysUntilClose, isClosingSoon, isoToday, openCalls } from '../../domain/funding';
import { formatDate, label } from '../../domain/labels';
import { fundingCallsCard, type CallRow } from '../cards/cards';
import type { Turn } from '../turn';
import { callsAnswer } from './answers';
import { administrationName, type HandlerContext } from './context';
import { describeError, failureAnswer } from './errors';

/**
 * `utlysningar [förvaltning]` / `calls [administration]`: the open funding calls the coordinator
 * keeps on the network site, soonest deadline first, optionally those that may concern one
 * administration. Calls are public programme information, so everyone may ask (README, access).
 */
export async function handleCalls(
  ctx: HandlerContext,
  turn: Turn,
  administrationId: string | undefined,
): Promise<void> {
  if (!ctx.data.fundingCalls) {
    await turn.send(callsAnswer(turn.locale, ctx.organisation, administrationId));
    return;
  }
  await turn.typing();
  try {
    const today = isoToday(ctx.now());
    const calls = openCalls(await ctx.data.fundingCalls(), today, administrationId);
    const rows = calls.map((call): CallRow => ({
      title: call.title,
      programme: call.programmeDetail ?? label(turn.locale, 'programme', call.programme),
      deadline: formatDate(turn.locale, call.closes),
      daysLeft: daysUntilClose(call, today),
      closingSoon: isClosingSoon(call, today),
      coFinancingRate: call.coFinancingRate,
      themes: call.themes,
      url: call.url,
    }));
    const scope = administrationId
      ? administrationName(ctx.organisation, administrationId)
      : ctx.organisation.name;
    await turn.send(fundingCallsCard(turn.locale, { scope, calls: rows, tabUrl: ctx.tabUrl }));
  } catch (error) {
    ctx.log.error('bot: calls failed', { administrationId, ...describeError(error) });
    await turn.send(failureAnswer(turn.locale, error));
  }
}
