import { answerCard, progressCard, reportCard } from '../cards/cards';
import { accessOf } from './access';
import { botTexts } from '../i18n';
import type { Turn } from '../turn';
import { administrationName, type HandlerContext } from './context';
import { describeError, failureAnswer } from './errors';
import { summaryOf } from './figures';
import { buildReportModel } from '../../domain/report-model';

/**
 * `rapport [år] [förvaltning]`: typing at once, a progress card that is updated in place (PUT on
 * the same activity) step by step, and finally the same activity replaced by the report card with
 * key figures, completeness and the Word report's link. A failure replaces the card with an
 * explanation; nothing is left spinning.
 */
export async function handleReport(
  ctx: HandlerContext,
  turn: Turn,
  command: { year: number; administrationId?: string | undefined },
): Promise<void> {
  const t = botTexts(turn.locale);
  const { year, administrationId } = command;
  const scope = administrationId
    ? administrationName(ctx.organisation, administrationId)
    : t.wholeOrganisation;
  const title = t.reportProgressTitle(year, scope);

  await turn.send({ type: 'typing' });
  try {
    if (!(await accessOf(ctx, turn.userAadObjectId)).network) {
      await turn.send(answerCard(turn.locale, [t.networkOnly]));
      return;
    }
  } catch (error) {
    ctx.log.error('bot: access check failed', describeError(error));
    await turn.send(failureAnswer(turn.locale, error));
    return;
  }
  const { id } = await turn.send(progressCard(turn.locale, title, 0));
  try {
    const { projects, activities } = await ctx.data.loadRecords(year, administrationId);
    await turn.update(id, progressCard(turn.locale, title, 1));

    const [submissions, round, initiatives] = await Promise.all([
      ctx.data.submissions(year),
      ctx.data.reportingRound(year),
      ctx.data.initiatives?.(year, administrationId),
    ]);
    const model = buildReportModel({
      organisation: ctx.organisation,
      year,
      projects,
      activities,
      submissions,
      rounds: round ? [round] : [],
      ...(initiatives ? { initiatives } : {}),
      ...(administrationId ? { administrationId } : {}),
      generatedAt: ctx.now().toISOString(),
    });

    let reportUrl: string | undefined;
    if (ctx.uploadReport) {
      await turn.update(id, progressCard(turn.locale, title, 2));
      const bytes = await ctx.renderReport(model, turn.locale);
      await turn.update(id, progressCard(turn.locale, title, 3));
      reportUrl = await ctx.uploadReport(year, bytes, administrationId);
    }
    await turn.update(id, reportCard(turn.locale, summaryOf(turn.locale, model, scope, reportUrl)));
  } catch (error) {
    ctx.log.error('bot: report failed', { year, administrationId, ...describeError(error) });
    await turn.update(id, failureAnswer(turn.locale, error));
  }
}
