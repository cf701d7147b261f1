import { z } from 'zod';
import type { GraphClient } from './client.js';
import { findNetworkChannel } from './network.js';
import type { SiteRef } from './sites.js';
import { getChannelFilesFolder, uploadFile } from './teams.js';
import { graphPath } from './path.js';

/** The yearly reports' folder below the channel's (or site's) files. */
export const reportFolder = (year: number) => `Årsrapporter/${year}`;

/** Where a report was published and how to open it. */
export interface PublishedReport {
  name: string;
  path: string;
  webUrl?: string | undefined;
  /** `channel`: the network's shared channel; `site`: the network group's site (no channel yet). */
  place: 'channel' | 'site';
}

const driveSchema = z.object({ id: z.string().min(1) });

/** A report file to publish: `subfolder` (e.g. a language's copies) lies below the year's folder. */
export interface ReportFile {
  year: number;
  name: string;
  bytes: Uint8Array;
  subfolder?: string | undefined;
}

/**
 * Uploads a yearly report to `Årsrapporter/<year>/` (or a `subfolder` of it) in the network's
 * shared channel's files folder (DESIGN.md §3: a shared channel has its own site and drive);
 * without a channel, to the same folder in the network group's site drive, and says so (`place`).
 * A same-named file gets a new version (Graph keeps the earlier ones in its version history).
 * The tab and the bot publish through this one function; `webUrl` is the driveItem's as Graph
 * returns it.
 */
export async function publishNetworkReport(
  client: GraphClient,
  network: Pick<SiteRef, 'groupId' | 'siteId'>,
  file: ReportFile,
): Promise<PublishedReport> {
  const relative = `${reportFolder(file.year)}${file.subfolder ? `/${file.subfolder}` : ''}/${file.name}`;
  const channel = await findNetworkChannel(client, network.groupId);
  if (channel) {
    const folder = await getChannelFilesFolder(client, network.groupId, channel.id);
    const path = `${folder.name}/${relative}`;
    const uploaded = await uploadFile(client, folder.driveId, path, file.bytes);
    return { name: uploaded.name, path, webUrl: uploaded.webUrl, place: 'channel' };
  }
  const drive = driveSchema.parse(
    await client.get(graphPath`/sites/${network.siteId}/drive?$select=id`),
  );
  const path = relative;
  const uploaded = await uploadFile(client, drive.id, path, file.bytes);
  return { name: uploaded.name, path, webUrl: uploaded.webUrl, place: 'site' };
}
