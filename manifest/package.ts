import { join, relative } from 'node:path';
import { ManifestConfigError, manifestConfigFromEnv } from './config';
import { buildPackage, MANIFEST_DIR } from './build-package';

/**
 * `npm run package`: builds `manifest/build/appPackage.zip` from the environment (see
 * docs/deployment.md for the variables; without any, a local package for localhost:3978).
 * Exits 1 with the list of problems when the package is invalid.
 */

async function main(): Promise<number> {
  let config;
  try {
    config = manifestConfigFromEnv(process.env);
  } catch (error) {
    if (error instanceof ManifestConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const outDir = join(MANIFEST_DIR, 'build');
  const result = await buildPackage({ config, outDir });
  if (!result.zipPath) {
    console.error(`The app package is invalid (${result.errors.length} problems):`);
    for (const error of result.errors) console.error(`  - ${error}`);
    return 1;
  }
  console.log(
    `Wrote ${relative(process.cwd(), result.zipPath)} (${[...result.files.keys()].join(', ')}) ` +
      `for https://${config.PUBLIC_HOSTNAME}, version ${config.APP_VERSION}; validated offline.`,
  );
  return 0;
}

process.exitCode = await main();
