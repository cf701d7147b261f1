/**
 * `npm run report -- --year Y [--administration ID] [--mandate-period 2023-2026]
 * --format docx|xlsx|json [--out PATH] [--locale sv|en]`.
 *
 * The renderers in src/report import only the domain; the command needs Graph and the server's
 * configuration, so it and this entry point live in the composition root (report-command.ts).
 */
import { existsSync } from 'node:fs';
import { CliArgumentError, REPORT_USAGE } from '../report/cli-args.js';
import { ConfigError } from './config.js';
import { AppNotRunningError, runReportCommand } from './report-command.js';

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
