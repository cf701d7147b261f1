import { formatDate } from '../../domain/labels';
import { answerCard, statusCard } from '../cards/cards';
import { botTexts } from '../i18n';
import { accessOf } from './access';
import type { Turn } from '../turn';
import { administrationName, type HandlerContext } from './context';
import { describeError, failureAnswer } from './errors';
import { completenessOf, reportingDay, roundPhase } from '../../domain/reporting-status';

/** `status [år]`: the round's deadline and, per administration, submitted / returned / missing. */
export async function handleStatus(ctx: HandlerContext, turn: Turn, year: number): Promise<void> {
  await turn.typing();
  try {
    if (!(await accessOf(ctx, turn.userAadObjectId)).network) {
      await turn.send(answerCard(turn.locale, [botTexts(turn.locale).networkOnly]));
      return;
    }
    const [round, reporting] = await Promise.all([
      ctx.data.reportingRound(year),
      ctx.data.reporting(year),
    ]);
    const { lines } = completenessOf(
      ctx.organisation.administrations,
      year,
      reporting.submissions,
      reporting.decisions,
    );
    const rows = lines.map((row) => ({
      administration: administrationName(ctx.organisation, row.administrationId),
      status: row.status,
    }));
    await turn.send(
      statusCard(turn.locale, {
        year,
        ...(round
          ? {
              deadline: {
                date: formatDate(turn.locale, round.deadline),
                phase: roundPhase(round, reportingDay(ctx.now())),
              },
            }
          : {}),
        rows,
      }),
    );
  } catch (error) {
    ctx.log.error('bot: status failed', { year, ...describeError(error) });
    await turn.send(failureAnswer(turn.locale, error));
  }
}
