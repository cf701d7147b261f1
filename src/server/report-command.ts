import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { developmentInitiativeSchema, type DevelopmentInitiative } from '../domain/funding.js';
import {
  buildMandatePeriodModel,
  buildReportModel,
  type MandatePeriodModel,
  type ReportModel,
} from '../domain/index.js';
import {
  createGraphClient,
  createReportingRoundRepository,
  createSubmissionRepository,
  developmentInitiativesList,
  fromListItems,
  getAllPagesBatched,
  loadOrganisationRecords,
  odata,
  resolveSites,
  type GraphClient,
  type GraphListItem,
  type InvalidItem,
  type OrganisationSites,
} from '../graph/index.js';
import { listItemsQuery } from '../graph/repositories.js';
import { parseReportCliArgs, type ReportCliArgs } from '../report/cli-args.js';
import { renderMandatePeriodDocx } from '../report/docx-mandate-period.js';
import { renderReportDocx } from '../report/docx-report.js';
import { renderReportXlsx } from '../report/xlsx-report.js';
import { loadServerConfig } from './config.js';
import {
  EmulatorUnavailableError,
  connectRunningEmulator,
  tenantBackend,
  type GraphBackend,
} from './graph-backend.js';
import { loadOrganisation } from './organisation.js';

/** The app-only client id the report CLI uses against the emulator. */
export const REPORT_CLIENT_ID = 'internationellt-arbete-report';

/** Nothing answers where `npm start` runs the emulator: the user should start the app first. */
export class AppNotRunningError extends Error {
  constructor(origin: string) {
    super(`Starta appen med npm start först (ingen Graph-emulator svarar på ${origin}).`);
    this.name = 'AppNotRunningError';
  }
}

/** Options of {@link runReportCommand}. */
export interface ReportCommandOptions {
  env?: Record<string, string | undefined>;
  /** Progress lines (stderr in the CLI, so `--out -` style piping stays clean). */
  log?: (line: string) => void;
  now?: Date;
}

/** What the command wrote. */
export interface ReportCommandResult {
  args: ReportCliArgs;
  out: string;
  bytes: number;
}

/** Options of {@link loadReportInitiatives}. */
export interface InitiativeLoadOptions {
  /** Only the initiatives reported in this year (all years when omitted). */
  year?: number;
  /** Administration ids to read (default: every resolved administration). */
  administrations?: readonly string[];
}

/**
 * The development initiatives of the administrations, for the report's considered-share figure.
 * `loadOrganisationRecords` (src/graph/load.ts) reads projects and activities only; this thin
 * adapter reads the initiatives list of every administration site the same way: the sites' list
 * ids in one `$batch` per 20 sites, then the items (filtered on the indexed `year` column) in one
 * `$batch` per 20 lists, nextLinks batched too. A site without the list (provisioned before it
 * existed) has no initiatives.
 */
export async function loadReportInitiatives(
  client: GraphClient,
  sites: Pick<OrganisationSites, 'administrations'>,
  options: InitiativeLoadOptions = {},
): Promise<{ initiatives: DevelopmentInitiative[]; invalid: InvalidItem[] }> {
  const ids = options.administrations ?? Object.keys(sites.administrations);
  const siteIds = ids
    .map((id) => sites.administrations[id]?.siteId)
    .filter((siteId): siteId is string => siteId !== undefined && siteId !== '');
  const lists = await getAllPagesBatched<{ id: string; displayName: string }>(
    client,
    siteIds.map((siteId) => `/sites/${siteId}/lists?$select=id,displayName`),
  );
  const { query } = listItemsQuery(
    developmentInitiativesList,
    options.year === undefined ? {} : { filter: odata.eq('year', options.year) },
  );
  const urls = siteIds.flatMap((siteId, i) => {
    const list = lists[i]?.items.find(
      (l) => l.displayName === developmentInitiativesList.displayName,
    );
    return list ? [`/sites/${siteId}/lists/${list.id}/items?${query}`] : [];
  });
  const pages = await getAllPagesBatched<GraphListItem>(client, urls);
  const parsed = fromListItems(
    developmentInitiativesList,
    developmentInitiativeSchema,
    pages.flatMap((page) => page.items),
  );
  return { initiatives: parsed.records, invalid: parsed.invalid };
}

async function openBackend(env: Record<string, string | undefined>): Promise<GraphBackend> {
  const config = loadServerConfig(env);
  if (config.mode === 'tenant') return tenantBackend(config);
  try {
    return await connectRunningEmulator(config.graphEmulatorPort, REPORT_CLIENT_ID);
  } catch (error) {
    if (error instanceof EmulatorUnavailableError) throw new AppNotRunningError(error.origin);
    throw error;
  }
}

/**
 * `npm run report`: reads the records through Graph (the running local emulator on
 * GRAPH_EMULATOR_PORT, or the tenant when configured), builds the report model and writes it as
 * docx, xlsx or json (the model itself).
 * @throws {CliArgumentError} naming a wrong argument; {ConfigError} naming a wrong setting;
 *   {AppNotRunningError} when no emulator answers locally.
 */
export async function runReportCommand(
  argv: string[],
  options: ReportCommandOptions = {},
): Promise<ReportCommandResult> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  const config = loadServerConfig(env);
  const organisation = await loadOrganisation(config.organisationConfigPath);
  const args = parseReportCliArgs(argv, organisation, options.now);

  const backend = await openBackend(env);
  try {
    const client = createGraphClient({
      baseUrl: backend.graphBaseUrl,
      getToken: backend.getToken,
      userAgent: 'internationellt-arbete-report/0.1',
    });
    const sites = await resolveSites(client, organisation);
    // A mandate period spans several years: load everything and let the counting rules pick.
    const records = await loadOrganisationRecords(client, sites, {
      ...(args.mandatePeriod ? {} : { year: args.year }),
      ...(args.administrationId ? { administrations: [args.administrationId] } : {}),
    });
    const [submissions, rounds, initiatives] = await Promise.all([
      createSubmissionRepository(client, sites.network.siteId).list(),
      createReportingRoundRepository(client, sites.network.siteId).list(),
      loadReportInitiatives(client, sites, {
        ...(args.mandatePeriod ? {} : { year: args.year }),
        ...(args.administrationId ? { administrations: [args.administrationId] } : {}),
      }),
    ]);
    const invalid = records.invalid.length + initiatives.invalid.length;
    if (invalid > 0) {
      log(`${invalid} list items did not validate and are left out of the report.`);
    }
    const input = {
      organisation,
      projects: records.projects,
      activities: records.activities,
      submissions,
      initiatives: initiatives.initiatives,
      ...(args.administrationId ? { administrationId: args.administrationId } : {}),
    };

    let model: ReportModel | MandatePeriodModel;
    let bytes: Uint8Array;
    if (args.mandatePeriod) {
      const period = buildMandatePeriodModel({ ...input, period: args.mandatePeriod });
      model = period;
      bytes =
        args.format === 'json'
          ? Buffer.from(`${JSON.stringify(period, null, 2)}\n`)
          : await renderMandatePeriodDocx(period, { locale: args.locale });
    } else {
      const yearly = buildReportModel({ ...input, year: args.year, rounds });
      model = yearly;
      bytes =
        args.format === 'json'
          ? Buffer.from(`${JSON.stringify(yearly, null, 2)}\n`)
          : args.format === 'docx'
            ? await renderReportDocx(yearly, { locale: args.locale })
            : await renderReportXlsx(yearly, { locale: args.locale });
    }
    await mkdir(path.dirname(path.resolve(args.out)), { recursive: true });
    await writeFile(args.out, bytes);
    log(`${model.meta.organisationName}: ${args.format} → ${path.resolve(args.out)}`);
    return { args, out: path.resolve(args.out), bytes: bytes.byteLength };
  } finally {
    await backend.close();
  }
}
