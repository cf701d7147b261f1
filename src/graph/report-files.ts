import { z } from 'zod';
import type { GraphClient } from './client.js';
import { getAllPages } from './paging.js';
import type { SiteRef } from './sites.js';
import { uploadFile } from './teams.js';
import { graphPath } from './path.js';

/** The folder of all yearly reports, in the network site's document library. */
export const REPORTS_FOLDER = 'Årsrapporter';

/** The yearly reports' folder of one year. */
export const reportFolder = (year: number) => `${REPORTS_FOLDER}/${year}`;

/** Where a report was published and how to open it. */
export interface PublishedReport {
  name: string;
  /** Path below the network site's document library, e.g. `Årsrapporter/2025/Årsrapport 2025.docx`. */
  path: string;
  webUrl?: string | undefined;
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
 * Where the yearly reports live: the network group's site, whose document library the network's
 * members read and write and the organisation's readers (the executive board) read through the
 * site's read grant (its Visitors group, see `siteReadGrants`). Not the shared channel's files:
 * a shared channel's site follows the channel's membership only and cannot be opened to readers
 * outside the network (DESIGN.md §3 asks that the board reads the reports).
 */
async function reportsDrive(
  client: GraphClient,
  network: Pick<SiteRef, 'siteId'>,
): Promise<string> {
  return driveSchema.parse(await client.get(graphPath`/sites/${network.siteId}/drive?$select=id`))
    .id;
}

/**
 * Uploads a yearly report to `Årsrapporter/<year>/` (or a `subfolder` of it) in the network
 * site's document library. A same-named file gets a new version (Graph keeps the earlier ones in
 * its version history). The tab and the bot publish through this one function; `webUrl` is the
 * driveItem's as Graph returns it.
 */
export async function publishNetworkReport(
  client: GraphClient,
  network: Pick<SiteRef, 'siteId'>,
  file: ReportFile,
): Promise<PublishedReport> {
  const path = `${reportFolder(file.year)}${file.subfolder ? `/${file.subfolder}` : ''}/${file.name}`;
  const uploaded = await uploadFile(client, await reportsDrive(client, network), path, file.bytes);
  return { name: uploaded.name, path, webUrl: uploaded.webUrl };
}

/** A published yearly report as a reader finds it. */
export interface PublishedReportFile {
  id: string;
  name: string;
  year: number;
  /**
   * The language folder it lies in (`en` for `Årsrapporter/2025/en/…`); undefined for the year's
   * own folder, where the published report in the organisation's language lies.
   */
  language: string | undefined;
  /** When the file was last written (a new version counts). */
  modified: string;
  webUrl: string;
  size: number;
}

const childSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  webUrl: z.string(),
  lastModifiedDateTime: z.string(),
  size: z.number().optional(),
  folder: z.object({}).loose().optional(),
  file: z.object({}).loose().optional(),
});
type Child = z.infer<typeof childSchema>;

const YEAR_FOLDER = /^\d{4}$/;
/** A language folder's name: a BCP 47 language tag such as `en` or `en-GB`. */
const LANGUAGE_FOLDER = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

async function childrenOf(client: GraphClient, driveId: string, itemId: string): Promise<Child[]> {
  const items = await getAllPages<unknown>(
    client,
    graphPath`/drives/${driveId}/items/${itemId}/children?$select=id,name,webUrl,lastModifiedDateTime,size,folder,file`,
  );
  return items.map((item) => childSchema.parse(item));
}

/**
 * The published yearly reports, newest year first, the organisation's language before the
 * language folders, then newest file first: every file in
 * `Årsrapporter/<year>/` and in its language folders. Read with the caller's own token, so it
 * answers for whoever may read the network site (its members and the readers it is granted to);
 * anyone else gets Graph's 403. No reports folder yet is an empty list.
 */
export async function listPublishedReports(
  client: GraphClient,
  network: Pick<SiteRef, 'siteId'>,
): Promise<PublishedReportFile[]> {
  const driveId = await reportsDrive(client, network);
  // The library's top level is small; finding the folder there spares a 404 (a console error in
  // the browser) before anything is published.
  const root = (await childrenOf(client, driveId, 'root')).find(
    (c) => c.folder && c.name === REPORTS_FOLDER,
  );
  if (!root) return [];
  const years = (await childrenOf(client, driveId, root.id)).filter(
    (c) => c.folder && YEAR_FOLDER.test(c.name),
  );
  const files = await Promise.all(
    years.map(async (yearFolder) => {
      const year = Number(yearFolder.name);
      const children = await childrenOf(client, driveId, yearFolder.id);
      const languages = await Promise.all(
        children
          .filter((c) => c.folder && LANGUAGE_FOLDER.test(c.name))
          .map(async (folder) =>
            (await childrenOf(client, driveId, folder.id))
              .filter((c) => c.file)
              .map((c) => fileOf(c, year, folder.name)),
          ),
      );
      return [
        ...children.filter((c) => c.file).map((c) => fileOf(c, year, undefined)),
        ...languages.flat(),
      ];
    }),
  );
  return files
    .flat()
    .sort(
      (a, b) =>
        b.year - a.year ||
        (a.language ?? '').localeCompare(b.language ?? '') ||
        b.modified.localeCompare(a.modified) ||
        a.name.localeCompare(b.name),
    );
}

function fileOf(child: Child, year: number, language: string | undefined): PublishedReportFile {
  return {
    id: child.id,
    name: child.name,
    year,
    language,
    modified: child.lastModifiedDateTime,
    webUrl: child.webUrl,
    size: child.size ?? 0,
  };
}
