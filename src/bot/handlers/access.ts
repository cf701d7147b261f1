import type { HandlerContext } from './context';

/** What the asking user may do with the bot. */
export interface Access {
  /** May read the network's figures and submission status (report, status). */
  network: boolean;
  /** May send reminders. */
  coordinator: boolean;
}

const NONE: Access = { network: false, coordinator: false };

/**
 * Decides what the asking user may do, through Graph: the Entra object id from the activity is
 * looked up with `/users/{id}`. The coordinator is an owner of the network group (the one rule,
 * `isNetworkOwner` in src/graph; the store lets only them write rounds and decisions). Network members (contact persons and
 * the coordinator) may read figures and status: the bot reads with app-only rights, so it must
 * not show the Private network site's submissions to people SharePoint would refuse them to.
 */
export async function accessOf(
  ctx: HandlerContext,
  aadObjectId: string | undefined,
): Promise<Access> {
  if (!aadObjectId) return NONE;
  const user = await ctx.data.findUser(aadObjectId);
  if (!user) return NONE;
  const [coordinator, member] = await Promise.all([
    ctx.data.isCoordinator(user),
    ctx.data.isNetworkMember(user.id),
  ]);
  return { coordinator, network: coordinator || member };
}
