import ignore from 'ignore';
import { describe, expect, it } from 'vitest';
import { parseEnvFile, parseProject, readRepoFile } from './toolkit-checks';

/**
 * What azureAppService/zipDeploy uploads: the toolkit walks the artifact folder and leaves out
 * every file or folder its `ignore` instance matches, with the ignore file's lines trimmed and
 * added one by one, testing each path relative to the folder without a trailing slash
 * (baseDeployImpl.js and fileOperation.js of @microsoft/teamsfx-core 3.1.3). Same here, with the
 * same `ignore` library.
 */
function uploaded(ignoreText: string, paths: string[]): string[] {
  const ig = ignore().add('.deployment');
  for (const line of ignoreText.split('\n')) ig.add(line.trim());
  return paths.filter((path) => {
    const parts = path.split('/');
    // The walk does not descend into an ignored folder.
    return parts.every((_, i) => !ig.test(parts.slice(0, i + 1).join('/')).ignored);
  });
}

const webappignore = readRepoFile('.webappignore');
const organisationFile = parseEnvFile(readRepoFile('env/.env.dev')).ORGANISATION_CONFIG ?? '';

const NEEDED = [
  'package.json',
  'dist/server/main.js',
  'dist/tab/index.html',
  'dist/tab/assets/index.js',
  'node_modules/express/index.js',
  // Packages with folders named like the repository's own: they must stay.
  'node_modules/@microsoft/teams.apps/dist/index.js',
  'node_modules/some-package/src/index.js',
  'node_modules/some-package/test/fixture.js',
  'node_modules/some-package/README.md',
  organisationFile,
];
const NOT_NEEDED = [
  '.env',
  '.env.local',
  'env/.env.dev',
  'env/.env.dev.user',
  '.git/HEAD',
  '.data/graph.sqlite',
  'src/server/main.ts',
  'test/unit/deploy/bicep.test.ts',
  'infra/azure.bicep',
  'entra/runtime.manifest.json',
  'entra/build/runtime.manifest.dev.json',
  'manifest/manifest.template.json',
  'docs/deployment.md',
  'README.md',
  'm365agents.yml',
  'm365agents.local.yml',
];

describe('the package zip deploy uploads (.webappignore)', () => {
  it('is the file m365agents.yml names', () => {
    const deploy = parseProject(readRepoFile('m365agents.yml')).deploy ?? [];
    const zip = deploy.find((a) => a.uses === 'azureAppService/zipDeploy');
    expect(zip?.with).toMatchObject({ artifactFolder: '.', ignoreFile: '.webappignore' });
  });

  it('keeps what the compiled server needs, the organisation file included', () => {
    expect(organisationFile).toBe('config/organisation.json');
    expect(uploaded(webappignore, NEEDED)).toEqual(NEEDED);
  });

  it('leaves out sources, tests, infrastructure and every environment file', () => {
    expect(uploaded(webappignore, NOT_NEEDED)).toEqual([]);
  });

  it('would drop packages with an unanchored pattern', () => {
    const unanchored = webappignore.replace(/^\/src\/$/m, 'src/');
    expect(uploaded(unanchored, NEEDED)).not.toContain('node_modules/some-package/src/index.js');
  });
});
