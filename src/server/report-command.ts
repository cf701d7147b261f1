import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  buildMandatePeriodModel,
  buildReportModel,
  type MandatePeriodModel,
  type ReportModel,
} from '../domain/index.js';
import {
  createGraphClient,
  createReportingRoundRepository,
  loadReporting,
  loadDevelopmentInitiatives,
  loadOrganisationRecords,
  resolveSites,
} from '../graph/index.js';
import { parseReportCliArgs, type ReportCliArgs } from '../report/cli-args.js';
import { renderMandatePeriodDocx } from '../report/docx-mandate-period.js';
import { serverDocxOptions } from '../report/chart-png.js';
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
    // Load every year and let the counting rules pick: a mandate period spans several years, and
    // the yearly report compares with the year before (previousKeyFigures), which a filter on the
    // report's year alone would count from that year's records only.
    const scope = args.administrationId ? { administrations: [args.administrationId] } : {};
    const records = await loadOrganisationRecords(client, sites, scope);
    const [{ submissions, decisions }, rounds, initiatives] = await Promise.all([
      loadReporting(client, sites),
      createReportingRoundRepository(client, sites.network.siteId).list(),
      loadDevelopmentInitiatives(client, sites, scope),
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
      decisions,
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
          : await renderMandatePeriodDocx(period, { ...serverDocxOptions, locale: args.locale });
    } else {
      const yearly = buildReportModel({ ...input, year: args.year, rounds });
      model = yearly;
      bytes =
        args.format === 'json'
          ? Buffer.from(`${JSON.stringify(yearly, null, 2)}\n`)
          : args.format === 'docx'
            ? await renderReportDocx(yearly, { ...serverDocxOptions, locale: args.locale })
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
