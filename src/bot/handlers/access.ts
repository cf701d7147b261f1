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
 * looked up with `/users/{id}`. The coordinator owns the network group (provisioning makes them
 * its owner) or has one of the configured coordinator UPNs. Network members (contact persons and
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
  const configured = ctx.coordinatorUpns.includes(user.userPrincipalName.toLowerCase());
  const [owners, member] = await Promise.all([
    configured ? Promise.resolve([]) : ctx.data.networkOwners(),
    ctx.data.isNetworkMember(user.id),
  ]);
  const coordinator = configured || owners.some((owner) => owner.id === user.id);
  return { coordinator, network: coordinator || member };
}
