import { build } from 'esbuild';
import ignore from 'ignore';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnvFile, parseProject, readRepoFile, REPO_ROOT } from './toolkit-checks';

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

interface LockEntry {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/**
 * The installed packages the compiled server loads: what `npm run build:server` leaves external
 * (esbuild's metafile of the same entry), with every dependency, optional and peer dependency
 * resolved through package-lock.json as Node resolves them (nested node_modules first).
 */
async function serverPackages(): Promise<string[]> {
  const result = await build({
    entryPoints: [join(REPO_ROOT, 'src/server/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const imported = new Set<string>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const i of output.imports) {
      const name = /^(@[^/]+\/[^/]+|[^/]+)/.exec(i.path)?.[1];
      if (i.external && name && !i.path.startsWith('node:')) imported.add(name);
    }
  }
  const lock = (
    JSON.parse(readRepoFile('package-lock.json')) as { packages: Record<string, LockEntry> }
  ).packages;
  const resolve = (from: string, name: string): string | undefined => {
    for (let dir = from; ;) {
      const path = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (lock[path]) return path;
      if (!dir) return undefined;
      const i = dir.lastIndexOf('/node_modules/');
      dir = i < 0 ? '' : dir.slice(0, i);
    }
  };
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const entry = lock[path] ?? {};
    const names = Object.keys({
      ...entry.dependencies,
      ...entry.optionalDependencies,
      ...entry.peerDependencies,
    });
    for (const name of names) {
      const found = resolve(path, name);
      if (found) visit(found);
    }
  };
  for (const name of imported) {
    const found = resolve('', name);
    expect(found, `${name} is imported by the server but not installed`).toBeDefined();
    if (found) visit(found);
  }
  return [...seen].sort();
}

describe('the packages the compiled server loads', { timeout: 30_000 }, () => {
  it('are all uploaded, each with its dependencies', async () => {
    const packages = await serverPackages();
    expect(packages).toEqual(expect.arrayContaining(['node_modules/express', 'node_modules/zod']));
    const files = packages.map((p) => `${p}/package.json`);
    expect(files.filter((f) => !uploaded(webappignore, [f]).length)).toEqual([]);
  });

  it('notices a package the server needs left out of the upload', async () => {
    const files = (await serverPackages()).map((p) => `${p}/package.json`);
    const tooMuch = `${webappignore}\n/node_modules/express/\n`;
    expect(files.filter((f) => !uploaded(tooMuch, [f]).length)).toEqual([
      'node_modules/express/package.json',
    ]);
  });

  it('leaves out the tab-only packages Vite has bundled', () => {
    const tabOnly = [
      'node_modules/@fluentui/react-icons/package.json',
      'node_modules/react-dom/package.json',
    ];
    expect(uploaded(webappignore, tabOnly)).toEqual([]);
  });
});
