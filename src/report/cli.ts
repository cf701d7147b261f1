/**
 * `npm run report -- --year Y [--administration ID] [--mandate-period 2023-2026]
 * --format docx|xlsx|json [--out PATH] [--locale sv|en]`.
 *
 * The renderers in src/report import only the domain; the command itself needs Graph and the
 * server's configuration, so it lives in the composition root (src/server/report-command.ts) and
 * this file is only its entry point.
 */
import { existsSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports -- entry point of a composition-root command
import { AppNotRunningError, runReportCommand } from '../server/report-command.js';
// eslint-disable-next-line no-restricted-imports -- entry point of a composition-root command
import { ConfigError } from '../server/config.js';
import { CliArgumentError, REPORT_USAGE } from './cli-args.js';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(REPORT_USAGE);
    return 0;
  }
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    const result = await runReportCommand(argv, { log: (line) => console.error(line) });
    console.log(result.out);
    return 0;
  } catch (error) {
    if (error instanceof CliArgumentError) {
      console.error(`${error.message}\n\n${REPORT_USAGE}`);
      return 2;
    }
    if (error instanceof AppNotRunningError || error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
