/**
 * `npm run import -- --file F --administration ID [--lang en]`: imports an xlsx (the tab's
 * template) or JSON file (`{projects: [...], activities: [...]}`) into one administration's
 * lists, through Graph, against the running local emulator (GRAPH_EMULATOR_PORT, default 5100)
 * as the coordinator. Every row is validated first: one bad row and nothing is written.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { defaultOrganisation, parseOrganisationConfig } from '../domain/organisation';
import { localeFromTeams } from '../domain/labels';
import {
  createActivityRepository,
  createGraphClient,
  graphBaseUrlAt,
  createProjectRepository,
  resolveSites,
} from '../graph/index';
import { createDevTokenProvider, defaultDevUpn } from '../auth/dev-token-provider';
import {
  importSheets,
  parseJsonImport,
  parseWorkbook,
  type ParsedImport,
} from './features/import/parse-workbook';
import { runImport } from './features/import/import-runner';

const usage =
  'Usage: npm run import -- --file <file.xlsx|file.json> --administration <id> [--lang sv|en]';

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      file: { type: 'string' },
      administration: { type: 'string' },
      lang: { type: 'string' },
    },
  });
  if (!values.file || !values.administration) {
    console.error(usage);
    return 2;
  }
  const locale = localeFromTeams(values.lang ?? process.env.LANG);
  const organisation = process.env.ORGANISATION_CONFIG
    ? parseOrganisationConfig(await readFile(process.env.ORGANISATION_CONFIG, 'utf8'))
    : defaultOrganisation;
  if (!organisation.administrations.some((a) => a.id === values.administration)) {
    console.error(
      `--administration: unknown id "${values.administration}" (known: ${organisation.administrations.map((a) => a.id).join(', ')})`,
    );
    return 2;
  }
  const bytes = await readFile(values.file);
  const parsed: ParsedImport = values.file.toLowerCase().endsWith('.json')
    ? parseJsonImport(JSON.parse(bytes.toString('utf8')), values.administration, locale)
    : await parseWorkbook(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
        values.administration,
        locale,
      );
  if (parsed.rejected.length > 0) {
    for (const issue of parsed.rejected) {
      console.error(`${importSheets[issue.sheet].name} ${issue.row}: ${issue.message}`);
    }
    console.error(`${parsed.rejected.length} problem(s); nothing was imported.`);
    return 1;
  }

  const origin = `http://127.0.0.1:${process.env.GRAPH_EMULATOR_PORT || 5100}`;
  try {
    await fetch(`${origin}/_emulator/users`);
  } catch {
    console.error(
      `No Graph emulator answers at ${origin}. Start it with \`npm start\` or \`npm run emulator\`.`,
    );
    return 1;
  }
  const client = createGraphClient({
    baseUrl: graphBaseUrlAt(origin),
    getToken: createDevTokenProvider(origin, defaultDevUpn),
  });
  const site = (await resolveSites(client, organisation)).administrations[values.administration];
  if (!site) {
    console.error(`No site for "${values.administration}": has provisioning run?`);
    return 1;
  }
  const created = await runImport(
    {
      projects: createProjectRepository(client, site.siteId),
      activities: createActivityRepository(client, site.siteId),
    },
    parsed,
    (done, total) => process.stderr.write(`\r${done}/${total}`),
  );
  process.stderr.write('\n');
  console.log(
    `Imported ${created.projects.length} projects and ${created.activities.length} activities into ${values.administration}.`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
