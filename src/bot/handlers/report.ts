import { label, type Locale } from '../../domain/labels';
import { buildReportModel, type ReportModel } from '../../domain/report-model';
import { answerCard, progressCard, reportCard, type CardMessage } from '../cards/cards';
import { botTexts } from '../i18n';
import type { Turn } from '../turn';
import { accessOf } from './access';
import { administrationName, type HandlerContext } from './context';
import { describeError, failureAnswer } from './errors';
import { summaryOf } from './figures';

/** A card shown while work runs and replaced by the result. */
interface Progress {
  step(card: CardMessage): Promise<void>;
  finish(card: CardMessage): Promise<void>;
}

/**
 * Sends the first progress card and keeps its id: each step replaces it in place (PUT). When the
 * connector answers without an id (the Agents Playground: 202 and no body) there is nothing to
 * update, so the steps are skipped and the result comes as one more message: at most two bubbles,
 * never a stack of progress cards.
 */
async function startProgress(turn: Turn, first: CardMessage): Promise<Progress> {
  const { id } = await turn.send(first);
  if (id === undefined) {
    return { step: async () => undefined, finish: async (card) => void (await turn.send(card)) };
  }
  return {
    step: (card) => turn.update(id, card),
    finish: (card) => turn.update(id, card),
  };
}

/** The generation's date in the organisation's time zone (Swedish municipalities: Stockholm). */
const dateOf = (now: Date) => now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/**
 * Renders and uploads the report. The municipality's published report is written in the
 * organisation's language only; a reader asking in another language gets a copy of their own
 * (its language's folder) and the published file is left untouched (issue 18).
 */
async function publish(
  ctx: HandlerContext,
  model: ReportModel,
  locale: Locale,
  command: { year: number; administrationId?: string | undefined },
): Promise<string | undefined> {
  if (!ctx.uploadReport) return undefined;
  const kind = locale === ctx.organisation.locale ? 'published' : 'copy';
  const bytes = await ctx.renderReport(model, locale);
  return ctx.uploadReport({
    year: command.year,
    administrationId: command.administrationId,
    bytes,
    locale,
    kind,
    date: dateOf(ctx.now()),
  });
}

/** The whole municipality as the bot says it inside a sentence ("för hela kommunen"). */
function wholeMunicipality(locale: Locale): string {
  const name = label(locale, 'reportScope', 'whole');
  return `${name.charAt(0).toLocaleLowerCase(locale)}${name.slice(1)}`;
}

/**
 * `rapport [år] [förvaltning]`: typing at once, a progress card that is updated in place step by
 * step, and finally the same card replaced by the report card with key figures, completeness and
 * the Word report's link. A failure replaces the card with an explanation; nothing is left
 * spinning.
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
    : wholeMunicipality(turn.locale);
  const title = t.reportProgressTitle(year, scope);

  await turn.typing();
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
  const progress = await startProgress(turn, progressCard(turn.locale, title, 0));
  try {
    const { projects, activities } = await ctx.data.loadRecords(year, administrationId);
    await progress.step(progressCard(turn.locale, title, 1));

    const [{ submissions, decisions }, round, initiatives] = await Promise.all([
      ctx.data.reporting(year),
      ctx.data.reportingRound(year),
      ctx.data.initiatives?.(year, administrationId),
    ]);
    const model = buildReportModel({
      organisation: ctx.organisation,
      year,
      projects,
      activities,
      submissions,
      decisions,
      rounds: round ? [round] : [],
      ...(initiatives ? { initiatives } : {}),
      ...(administrationId ? { administrationId } : {}),
      generatedAt: ctx.now().toISOString(),
    });
    if (ctx.uploadReport) await progress.step(progressCard(turn.locale, title, 2));
    const reportUrl = await publish(ctx, model, turn.locale, command);
    await progress.finish(reportCard(turn.locale, summaryOf(turn.locale, model, scope, reportUrl)));
  } catch (error) {
    ctx.log.error('bot: report failed', { year, administrationId, ...describeError(error) });
    await progress.finish(failureAnswer(turn.locale, error));
  }
}
