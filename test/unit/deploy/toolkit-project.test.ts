import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { PACKAGE_FILE } from '../../../manifest/build-package';
import {
  declaredSchemaVersion,
  documentedVariables,
  parseBicep,
  parseEnvFile,
  parseProject,
  readRepoFile,
  schemaProblems,
  undeclaredVariables,
  unresolvedVariables,
  type ProjectFile,
} from './toolkit-checks';

/**
 * The Microsoft 365 Agents Toolkit project files, checked offline: the toolkit's own schema (the
 * version each file declares, vendored in test/fixtures/m365agents-toolkit), that every variable
 * is declared in the environment's file or documented, and that each has a value when the
 * toolkit's action runs. Every rule is also run on a broken copy, so that it is seen to fail.
 */

const FILES = [
  { file: 'm365agents.yml', env: 'env/.env.dev', environment: 'dev' },
  { file: 'm365agents.local.yml', env: 'env/.env.local', environment: 'local' },
] as const;

const guide = readRepoFile('docs/deployment.md');
const bicepOutputs = (path: string) => parseBicep(readRepoFile(path)).outputs;

/** A copy of a project file's text with one change to its parsed content. */
function broken(text: string, change: (project: ProjectFile) => void): string {
  const project = parseProject(text);
  change(project);
  const [schemaLine] = text.split('\n', 1);
  return `${schemaLine}\n${stringify(project)}`;
}

describe.each(FILES)('$file', ({ file, env, environment }) => {
  const documented = documentedVariables(guide, environment);
  const text = readRepoFile(file);
  const project = parseProject(text);
  const envFile = parseEnvFile(readRepoFile(env));

  it('declares a schema version whose schema is vendored, and uses it', () => {
    expect(declaredSchemaVersion(text)).toEqual({ version: 'v1.13', problems: [] });
    const other = text.replace(/^version: v1\.13$/m, 'version: v1.12');
    expect(declaredSchemaVersion(other).problems).toEqual([
      "version v1.12 differs from the $schema's v1.13",
    ]);
  });

  it('is valid against the toolkit schema of that version', () => {
    expect(schemaProblems(text)).toEqual([]);
  });

  it('fails the schema with an unknown action or a missing required input', () => {
    const unknownAction = broken(text, (p) => {
      p.provision?.push({ uses: 'teamsApp/zipEverything', with: {} });
    });
    expect(schemaProblems(unknownAction).length).toBeGreaterThan(0);
    const noArgs = broken(text, (p) => {
      const npm = p.provision?.find((a) => a.uses === 'cli/runNpmCommand');
      if (npm?.with) delete npm.with.args;
    });
    expect(schemaProblems(noArgs).length).toBeGreaterThan(0);
    const secretName = broken(text, (p) => {
      const create = p.provision?.find((a) => a.uses === 'aadApp/create');
      if (create?.writeToEnvironmentFile)
        create.writeToEnvironmentFile.clientSecret = 'CLIENT_SECRET';
    });
    expect(schemaProblems(secretName).length).toBeGreaterThan(0);
  });

  it('declares every variable in the environment file or documents it as a secret', () => {
    expect(undeclaredVariables(project, envFile, documented)).toEqual([]);
  });

  it('notices an undeclared variable and an undocumented secret', () => {
    const withTypo = parseProject(
      broken(text, (p) => {
        const update = p.provision?.find((a) => a.uses === 'teamsApp/update');
        if (update?.with) update.with.appPackagePath = './manifest/build/${{APP_PAKAGE}}.zip';
      }),
    );
    expect(undeclaredVariables(withTypo, envFile, documented)).toEqual([
      'provision teamsApp/update: APP_PAKAGE is not in the environment file',
    ]);
    const withoutDocs = { ...documented, secrets: new Set<string>() };
    expect(undeclaredVariables(project, envFile, withoutDocs)).toContainEqual(
      expect.stringMatching(/: SECRET_CLIENT_SECRET is not documented as a secret$/),
    );
  });

  it('documents every variable of its environment file in the guide', () => {
    const undocumented = Object.keys(envFile).filter((name) => !documented.all.has(name));
    expect(undocumented).toEqual([]);
    const withNew = parseEnvFile(`${readRepoFile(env)}\nNEW_SETTING=1\n`);
    expect(Object.keys(withNew).filter((name) => !documented.all.has(name))).toEqual([
      'NEW_SETTING',
    ]);
  });

  it('has a value for every variable when its action runs', () => {
    expect(unresolvedVariables(project, envFile, documented, bicepOutputs)).toEqual([]);
  });

  it('notices a variable used before the action that writes it', () => {
    const early = parseProject(
      broken(text, (p) => {
        // The app package before the runtime identity exists: CLIENT_ID is still empty.
        const steps = p.provision ?? [];
        const pkg = steps.findIndex((a) => a.with?.args === 'run package');
        const [step] = steps.splice(pkg, 1);
        if (step) steps.splice(1, 0, step);
      }),
    );
    expect(unresolvedVariables(early, envFile, documented, bicepOutputs)).toContain(
      'provision build the Teams app package: CLIENT_ID has no value yet',
    );
  });
});

describe('the dev environment', () => {
  const documented = documentedVariables(guide, 'dev');
  const envFile = parseEnvFile(readRepoFile('env/.env.dev'));

  it('commits no secret', () => {
    const secrets = Object.keys(envFile).filter((name) => /SECRET|PASSWORD/.test(name));
    expect(secrets).toEqual([]);
    expect(readRepoFile('.gitignore')).toMatch(/^env\/\.env\.\*\.user$/m);
  });

  it('notices an empty value the parameters file needs (arm/deploy refuses it)', () => {
    const project = parseProject(readRepoFile('m365agents.yml'));
    const withoutOrganisation = { ...envFile, ORGANISATION_CONFIG: '' };
    expect(unresolvedVariables(project, withoutOrganisation, documented, bicepOutputs)).toContain(
      'provision arm/deploy: ORGANISATION_CONFIG has no value yet',
    );
  });
});

describe('one source of the app id, bot id, client id and host name', () => {
  const project = parseProject(readRepoFile('m365agents.yml'));
  const packageStep = project.provision?.find((a) => a.with?.args === 'run package');
  const manifestSettings = ['TEAMS_APP_ID', 'BOT_ID', 'CLIENT_ID', 'PUBLIC_HOSTNAME'];

  it('hands the package the variables under the names the manifest template reads', () => {
    const template = readRepoFile('manifest/manifest.template.json');
    const used = [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
    for (const name of manifestSettings) expect(used).toContain(name);
    expect(packageStep?.env).toEqual(
      Object.fromEntries(manifestSettings.map((name) => [name, `\${{${name}}}`])),
    );
  });

  it('writes each of them from exactly one action or template output', () => {
    const writers = (project.provision ?? []).flatMap((a) =>
      Object.values(a.writeToEnvironmentFile ?? {}),
    );
    const outputs = parseBicep(readRepoFile('infra/azure.bicep')).outputs;
    for (const name of manifestSettings) {
      const count =
        writers.filter((w) => w === name).length + outputs.filter((o) => o === name).length;
      expect({ name, count }).toEqual({ name, count: 1 });
    }
  });

  it('uploads the package npm run package builds', () => {
    const uploads = (project.provision ?? [])
      .filter((a) => a.uses === 'teamsApp/update' || a.uses === 'teamsApp/validateAppPackage')
      .map((a) => a.with?.appPackagePath);
    // manifest/package.ts writes PACKAGE_FILE and the filled manifest.json into manifest/build.
    const zip = `./manifest/build/${PACKAGE_FILE}`;
    expect(uploads).toEqual([zip, zip]);
    const validated = (project.provision ?? []).find((a) => a.uses === 'teamsApp/validateManifest');
    expect(validated?.with?.manifestPath).toBe('./manifest/build/manifest.json');
  });
});

/** The production path of the deploy lifecycle as npm commands and the upload, in order. */
function deploySteps(project: ProjectFile): string[] {
  return (project.deploy ?? []).map((a) =>
    a.uses === 'cli/runNpmCommand' ? `npm ${String(a.with?.args)}` : a.uses,
  );
}

describe('atk deploy', () => {
  it('builds, keeps only the production dependencies, then uploads', () => {
    const steps = deploySteps(parseProject(readRepoFile('m365agents.yml')));
    expect(steps).toEqual([
      'npm ci --no-audit --no-fund',
      'npm run build',
      'npm prune --omit=dev --no-audit --no-fund',
      'azureAppService/zipDeploy',
    ]);
    // package.json's build writes the tab and the compiled server the Web App starts.
    const pkg = JSON.parse(readRepoFile('package.json')) as { scripts: Record<string, string> };
    expect(pkg.scripts.build).toMatch(/vite build/);
    expect(pkg.scripts['build:server']).toMatch(/src\/server\/main\.ts.*--outdir=dist\/server/);
  });
});
