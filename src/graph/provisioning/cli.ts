import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  defaultOrganisation,
  parseOrganisationConfig,
  type OrganisationConfig,
} from '../../domain/organisation.js';
import { createGraphClient } from '../client.js';
import { resolveSites } from '../sites.js';
import { provisionNetworkTeam, sampleNetworkChannel } from './network-team.js';
import { provision } from './provision.js';
import { sampleCoordinator, sampleMembership } from './sample-directory.js';
import { seedSampleData } from './seed.js';

/**
 * Provisioning from the command line, through Graph like everything else:
 *
 *   npx tsx src/graph/provisioning/cli.ts [--dry-run] [--sample] [--seed] [--team]
 *     [--graph-base-url URL] [--as UPN] [--organisation FILE]
 *
 * The token comes from `GRAPH_ACCESS_TOKEN` (a tenant) or else from the emulator's dev token
 * endpoint on the base URL's origin, for `--as` (default: the sample coordinator).
 * `--sample` applies the sample directory's membership convention; `--seed` also writes the
 * sample data (and implies `--sample`); `--team` also creates the network's Team and shared channel
 * (sample contact persons with `--sample`, else the signed-in user alone).
 */
async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'dry-run': { type: 'boolean', default: false },
      sample: { type: 'boolean', default: false },
      seed: { type: 'boolean', default: false },
      team: { type: 'boolean', default: false },
      'graph-base-url': { type: 'string' },
      as: { type: 'string' },
      organisation: { type: 'string' },
    },
  });
  const baseUrl =
    values['graph-base-url'] ??
    `http://127.0.0.1:${process.env.GRAPH_EMULATOR_PORT ?? '5100'}/v1.0`;
  const organisation: OrganisationConfig = values.organisation
    ? parseOrganisationConfig(await readFile(values.organisation, 'utf8'))
    : defaultOrganisation;
  const upn = values.as ?? sampleCoordinator();
  const fixed = process.env.GRAPH_ACCESS_TOKEN;
  let token: Promise<string> | undefined;
  const getToken = () => (token ??= fixed ? Promise.resolve(fixed) : devToken(baseUrl, upn));
  const client = createGraphClient({ baseUrl, getToken });
  const sample = values.sample || values.seed;
  const result = await provision(client, organisation, {
    dryRun: values['dry-run'],
    log: (line) => console.log(line),
    ...(sample ? { membership: sampleMembership(organisation) } : {}),
  });
  console.log(
    `${result.created.length} ${values['dry-run'] ? 'to create' : 'created'}, ${result.found.length} found`,
  );
  if (values['dry-run'] || !(values.seed || values.team)) return;
  const sites = await resolveSites(client, organisation);
  if (values.seed)
    await seedSampleData(client, organisation, sites, { log: (line) => console.log(line) });
  if (values.team) {
    const plan = sample ? sampleNetworkChannel(organisation) : { owners: [upn], members: [] };
    await provisionNetworkTeam(client, sites.network, plan, { log: (line) => console.log(line) });
  }
}

/** A dev token from the emulator (`POST <origin>/_emulator/token`), with a clear message if none answers. */
async function devToken(baseUrl: string, userPrincipalName: string): Promise<string> {
  const origin = new URL(baseUrl).origin;
  let response: Response;
  try {
    response = await fetch(`${origin}/_emulator/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userPrincipalName }),
    });
  } catch {
    throw new Error(
      `No Graph emulator answers at ${origin} (start it with npm run emulator, or set GRAPH_ACCESS_TOKEN)`,
    );
  }
  if (!response.ok)
    throw new Error(
      `Dev token for ${userPrincipalName}: ${response.status} ${await response.text()}`,
    );
  return ((await response.json()) as { access_token: string }).access_token;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
