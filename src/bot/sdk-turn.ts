import type { IActivityContext } from '@microsoft/teams.apps';
import type { Activity, ActivityParams } from '@microsoft/teams.api';
import { localeFromTeams } from '../domain/labels';
import type { Outgoing, Turn } from './turn';

/** The tenant of an activity: Teams puts it in `conversation.tenantId` and `channelData.tenant`. */
function tenantOf(activity: Activity): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return activity.conversation.tenantId ?? channelData?.tenant?.id;
}

/**
 * Builds a {@link Turn} from the Teams SDK's activity context. `send` goes through the SDK's
 * activity sender (POST `/v3/conversations/{id}/activities`); `update` sends the same activity
 * with its `id`, which the SDK turns into PUT `/v3/conversations/{id}/activities/{activityId}`.
 */
export function turnFromContext(ctx: IActivityContext<Activity>): Turn {
  const send = async (activity: Outgoing | (Outgoing & { id: string })) => {
    const sent = await ctx.send(activity as ActivityParams);
    return { id: sent.id };
  };
  return {
    locale: localeFromTeams(ctx.activity.locale),
    userAadObjectId: ctx.activity.from.aadObjectId,
    serviceUrl: ctx.ref.serviceUrl,
    tenantId: tenantOf(ctx.activity),
    send,
    update: async (id, activity) => {
      await send({ ...activity, id });
    },
  };
}
