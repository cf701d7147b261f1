/**
 * Graph scopes the tab needs: memberships, the lists, and the network's shared channel (the
 * reporting round finds it, the network view syncs its members). All in one consent, so Teams
 * can prefetch one token as the tab loads. A module of its own so the tab's start does not load
 * MSAL to know them.
 */
export const defaultGraphScopes = [
  'User.Read',
  'GroupMember.Read.All',
  'Sites.ReadWrite.All',
  'Channel.ReadBasic.All',
  'ChannelMember.ReadWrite.All',
];
