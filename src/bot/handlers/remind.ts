import { formatDate } from '../../domain/labels';
import { answerCard, reminderCard } from '../cards/cards';
import { botTexts } from '../i18n';
import type { Turn } from '../turn';
import { accessOf } from './access';
import { administrationName, type HandlerContext } from './context';
import { describeError, failureAnswer } from './errors';
import {
  completenessOf,
  isHandedIn,
  reportingDay,
  roundPhase,
} from '../../domain/reporting-status';
import { tabLink } from './links';

/**
 * Where a contact person finds their draft: a Teams deep link to the static tab with the
 * submission as sub-entity when the app id is known, otherwise the tab's URL with the same query.
 */
export function draftUrl(
  ctx: HandlerContext,
  administrationId: string,
  year: number,
  label: string,
): string {
  return tabLink(ctx, { feature: 'reporting', administrationId, year }, label);
}

/**
 * `påminn [år]` (coordinator only): a proactive 1:1 reminder to the contact person of every
 * administration that has not submitted (no submission, a draft, or one returned for changes), then
 * a summary to the coordinator naming who got one, who has no contact person and what failed.
 */
export async function handleRemind(ctx: HandlerContext, turn: Turn, year: number): Promise<void> {
  const t = botTexts(turn.locale);
  await turn.typing();
  try {
    if (!(await accessOf(ctx, turn.userAadObjectId)).coordinator) {
      await turn.send(answerCard(turn.locale, [t.remindRefused]));
      return;
    }
    const [round, reporting, contacts] = await Promise.all([
      ctx.data.reportingRound(year),
      ctx.data.reporting(year),
      ctx.data.contactPersons(),
    ]);
    const late = completenessOf(
      ctx.organisation.administrations,
      year,
      reporting.submissions,
      reporting.decisions,
    ).lines.filter((row) => !isHandedIn(row.status));
    if (late.length === 0) {
      await turn.send(answerCard(turn.locale, [t.remindNothingMissing(year)]));
      return;
    }

    // Reminders go out in the organisation's language: the recipient's Teams locale is unknown.
    const locale = ctx.organisation.locale;
    const sent: string[] = [];
    const withoutContact: string[] = [];
    const failed: string[] = [];
    for (const { administrationId } of late) {
      const name = administrationName(ctx.organisation, administrationId);
      const contact = contacts.find((c) => c.administrationId === administrationId);
      if (!contact) {
        withoutContact.push(name);
        continue;
      }
      const who = `${contact.contactName ?? contact.contactUpn} (${name})`;
      try {
        const user = await ctx.data.findUser(contact.contactUpn);
        if (!user) throw new Error(`no directory user ${contact.contactUpn}`);
        await ctx.sendProactive({
          serviceUrl: turn.serviceUrl,
          tenantId: turn.tenantId,
          userAadObjectId: user.id,
          activity: reminderCard(locale, {
            administration: name,
            year,
            ...(round
              ? {
                  deadline: {
                    date: formatDate(locale, round.deadline),
                    phase: roundPhase(round, reportingDay(ctx.now())),
                  },
                }
              : {}),
            draftUrl: draftUrl(ctx, administrationId, year, botTexts(locale).reminderTitle(year)),
          }),
        });
        sent.push(who);
      } catch (error) {
        ctx.log.warn('bot: reminder not sent', { administrationId, ...describeError(error) });
        failed.push(who);
      }
    }
    const lines = [
      ...(sent.length > 0 ? [t.remindSent(sent.length, sent)] : []),
      ...(withoutContact.length > 0 ? [t.remindWithoutContact(withoutContact)] : []),
      ...(failed.length > 0 ? [t.remindFailed(failed)] : []),
    ];
    await turn.send(answerCard(turn.locale, lines));
  } catch (error) {
    ctx.log.error('bot: remind failed', { year, ...describeError(error) });
    await turn.send(failureAnswer(turn.locale, error));
  }
}
