/**
 * The two identities' Microsoft Graph application permissions (DESIGN.md §2, docs/deployment.md
 * "Graph permissions"). A test runs the provisioning and the running app's Graph calls against
 * the emulator with exactly these, so the lists cannot drift from the code.
 */

/**
 * Provisioning (`npm run provision -- --tenant`, once and on upgrades): creates groups, lists and
 * columns, the Team and its shared channel, and grants the running app its sites.
 */
export const PROVISIONING_APP_PERMISSIONS = [
  'Sites.FullControl.All',
  'Group.ReadWrite.All',
  'User.Read.All',
  'Team.Create',
  'Channel.Create',
  'ChannelMember.ReadWrite.All',
] as const;

/**
 * The running server and bot: items and files on the sites provisioning granted it, who belongs
 * to which group, the directory's users, and the network's channels.
 */
export const RUNTIME_APP_PERMISSIONS = [
  'Sites.Selected',
  'GroupMember.Read.All',
  'User.Read.All',
  'Channel.ReadBasic.All',
] as const;
