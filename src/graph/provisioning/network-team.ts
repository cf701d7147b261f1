import type { OrganisationConfig } from '../../domain/organisation.js';
import type { GraphClient } from '../client.js';
import type { SiteRef } from '../sites.js';
import {
  createNetworkTeam,
  ensureSharedChannel,
  getChannelFilesFolder,
  syncChannelMembers,
  uploadFile,
  type ChannelRef,
  type PollOptions,
  type UploadedFile,
} from '../teams.js';
import type { ProvisionResult } from './provision.js';
import { sampleContactPerson, sampleCoordinator } from './sample-directory.js';

/** The network's shared channel name when none is configured. */
export const DEFAULT_NETWORK_CHANNEL = 'Internationellt nätverk';

/** Who owns and joins the network's shared channel (UPNs). */
export interface NetworkChannelPlan {
  channelName?: string;
  /** The first owner creates the channel (Graph allows exactly one owner at creation). */
  owners: string[];
  members: string[];
}

/**
 * Idempotent: the network group's Team, its shared channel and the channel's members. Needs the
 * network group to exist (run `provision` first) and the caller to own it.
 */
export async function provisionNetworkTeam(
  client: GraphClient,
  network: Pick<SiteRef, 'groupId'>,
  plan: NetworkChannelPlan,
  options: PollOptions & { log?: (line: string) => void } = {},
): Promise<ProvisionResult & { teamId: string; channel: ChannelRef }> {
  const result: ProvisionResult = { created: [], found: [] };
  const note = (kind: keyof ProvisionResult, line: string) => {
    result[kind].push(line);
    options.log?.(`${kind}: ${line}`);
  };
  const team = await createNetworkTeam(client, network.groupId, options);
  note(team.created ? 'created' : 'found', 'team of the network group');
  const channelName = plan.channelName ?? DEFAULT_NETWORK_CHANNEL;
  const { channel, created } = await ensureSharedChannel(client, team.teamId, {
    displayName: channelName,
    owners: plan.owners,
    ...options,
  });
  note(created ? 'created' : 'found', `shared channel ${channelName}`);
  const sync = await syncChannelMembers(client, team.teamId, channel.id, plan.members);
  for (const upn of sync.added) note('created', `member ${upn} of ${channelName}`);
  for (const failure of sync.failed)
    options.log?.(`failed: member ${failure.upn} of ${channelName}: ${failure.message}`);
  return { ...result, teamId: team.teamId, channel };
}

/** The sample directory's channel: the coordinator and the first contact person own it; all contact persons are members. */
export function sampleNetworkChannel(organisation: OrganisationConfig): NetworkChannelPlan {
  const contacts = organisation.administrations.map((a) => sampleContactPerson(a.id));
  return { owners: [sampleCoordinator(), ...contacts.slice(0, 1)], members: contacts };
}

/** Uploads a file (a yearly report) into the channel's files folder, replacing a same-named one. */
export async function uploadToChannel(
  client: GraphClient,
  teamId: string,
  channelId: string,
  fileName: string,
  bytes: Uint8Array,
): Promise<UploadedFile> {
  const folder = await getChannelFilesFolder(client, teamId, channelId);
  return uploadFile(client, folder.driveId, `${folder.name}/${fileName}`, bytes);
}
