import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';

/**
 * Offline checks of the Microsoft 365 Agents Toolkit project files (m365agents*.yml, env/,
 * infra/, entra/). Each function checks one rule and returns the problems it found, so a test can
 * run it on the real files and on a deliberately broken copy.
 */

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
export const SCHEMA_DIR = join(REPO_ROOT, 'test', 'fixtures', 'm365agents-toolkit');

export const readRepoFile = (path: string): string => readFileSync(join(REPO_ROOT, path), 'utf8');

/** One action of a lifecycle (`provision`, `deploy`, `publish`). */
export interface Action {
  uses: string;
  name?: string;
  env?: Record<string, unknown>;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}

export interface ProjectFile {
  version?: string;
  provision?: Action[];
  deploy?: Action[];
  publish?: Action[];
}

export const LIFECYCLES = ['provision', 'deploy', 'publish'] as const;

export function parseProject(text: string): ProjectFile {
  return parseYaml(text) as ProjectFile;
}

const SCHEMA_COMMENT =
  /^# yaml-language-server: \$schema=https:\/\/aka\.ms\/m365-agents-toolkits\/(v\d+\.\d+)\/yaml\.schema\.json$/;

/**
 * The schema version the file declares in its first line, which must equal its `version`.
 * @returns the version (`v1.13`) or a problem.
 */
export function declaredSchemaVersion(text: string): { version?: string; problems: string[] } {
  const match = SCHEMA_COMMENT.exec(text.split('\n', 1)[0] ?? '');
  if (!match?.[1]) {
    return { problems: ['first line is not the toolkit $schema comment of a v1.x schema'] };
  }
  const declared = parseProject(text).version;
  if (declared !== match[1]) {
    return { problems: [`version ${String(declared)} differs from the $schema's ${match[1]}`] };
  }
  return { version: match[1], problems: [] };
}

/**
 * Validates a project file against the vendored toolkit schema of the version it declares, the
 * way the toolkit does (Ajv, union types allowed, the `deprecationMessage` keyword known).
 */
export function schemaProblems(text: string): string[] {
  const { version, problems } = declaredSchemaVersion(text);
  if (!version) return problems;
  let schema: object;
  try {
    schema = JSON.parse(
      readFileSync(join(SCHEMA_DIR, version, 'yaml.schema.json'), 'utf8'),
    ) as object;
  } catch {
    return [`no vendored schema for ${version} in test/fixtures/m365agents-toolkit`];
  }
  const ajv = new Ajv({ allowUnionTypes: true, strict: false, allErrors: false });
  ajv.addKeyword('deprecationMessage');
  const validate = ajv.compile(schema);
  if (validate(parseProject(text))) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'} ${JSON.stringify(e.params)}`,
  );
}

const PLACEHOLDER = /\$\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}/g;

/** The `${{NAME}}` placeholders in a text (each once, in order of appearance). */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/** The placeholders of a value (strings inside objects and arrays too). */
function placeholdersOf(value: unknown): string[] {
  return placeholders(JSON.stringify(value ?? null));
}

/** Files an action reads and expands placeholders in (toolkit drivers arm/deploy, aadApp/update). */
export function expandedFilesOf(action: Action): string[] {
  const w = action.with ?? {};
  if (action.uses === 'arm/deploy') {
    const templates = (w.templates ?? []) as { parameters?: string }[];
    return templates.flatMap((t) => (t.parameters ? [t.parameters] : []));
  }
  if (action.uses === 'aadApp/update' && typeof w.manifestPath === 'string') {
    return [w.manifestPath];
  }
  return [];
}

/** The variables of an environment file (dotenv syntax, as the toolkit reads it). */
export const parseEnvFile = (text: string): Record<string, string> =>
  Object.fromEntries(Object.entries(parseEnv(text)).map(([name, value]) => [name, value ?? '']));

/** The `SECRET_*` and user-set variables the deployment guide's variable table names. */
export interface DocumentedVariables {
  secrets: Set<string>;
  /** Variables you set yourself before running (the table's "set by" column starts "you"). */
  yours: Set<string>;
  /** Every variable the table has a row for. */
  all: Set<string>;
}

/**
 * Reads the guide's toolkit variable table: rows `| \`NAME\` | environments | set by | meaning |`
 * between the heading "Toolkit variables" and the next heading. A variable is yours in an
 * environment when "set by" starts with "you" and "environments" is `all` or names it.
 */
export function documentedVariables(guide: string, environment: string): DocumentedVariables {
  const start = guide.indexOf('\n### Toolkit variables');
  const after = start < 0 ? '' : guide.slice(start + 1);
  const firstLineEnd = after.indexOf('\n') + 1;
  const end = after.slice(firstLineEnd).search(/^#{1,3} /m);
  const body = end < 0 ? after : after.slice(0, firstLineEnd + end);
  const secrets = new Set<string>();
  const yours = new Set<string>();
  const all = new Set<string>();
  for (const line of body.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    for (const m of (cells[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]*)`/g)) all.add(m[1] ?? '');
    const name = /^`([A-Z][A-Z0-9_]*)`$/.exec(cells[1] ?? '')?.[1];
    if (!name) continue;
    if (name.startsWith('SECRET_')) secrets.add(name);
    const environments = cells[2] ?? '';
    const inEnvironment =
      environments === 'all' || environments.split(/,\s*/).includes(environment);
    if (/^you\b/i.test(cells[3] ?? '') && inEnvironment) yours.add(name);
  }
  return { secrets, yours, all };
}

/**
 * Rule 1: every `${{NAME}}` in the project file and the files its actions expand is a key of the
 * environment file, or a `SECRET_*` variable the guide documents (secrets live in the git-ignored
 * `.user` file, never in the committed one).
 */
export function undeclaredVariables(
  project: ProjectFile,
  envFile: Record<string, string>,
  documented: DocumentedVariables,
  readFile: (path: string) => string = readRepoFile,
): string[] {
  const problems: string[] = [];
  for (const lifecycle of LIFECYCLES) {
    for (const action of project[lifecycle] ?? []) {
      const names = [
        ...placeholdersOf({ with: action.with, env: action.env }),
        ...expandedFilesOf(action).flatMap((file) => placeholders(readFile(file))),
      ];
      for (const name of names) {
        const declared = name.startsWith('SECRET_')
          ? documented.secrets.has(name)
          : Object.hasOwn(envFile, name);
        if (!declared) {
          problems.push(
            `${lifecycle} ${action.uses}: ${name} is ${name.startsWith('SECRET_') ? 'not documented as a secret' : 'not in the environment file'}`,
          );
        }
      }
    }
  }
  return [...new Set(problems)];
}

/** What the toolkit itself provides, with the rule from its lifecycle.js and coordinator. */
const BUILT_INS = ['TEAMSFX_ENV', 'APP_NAME_SUFFIX'];
/** Asked for or generated by `provision` when the lifecycle deploys ARM templates. */
const AZURE_BUILT_INS = ['AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'RESOURCE_SUFFIX'];
/** aadApp/update generates it when the manifest uses it and it is empty. */
const AAD_UPDATE_GENERATED = 'AAD_APP_ACCESS_AS_USER_PERMISSION_ID';

/**
 * Rule 2: when an action runs, each of its placeholders has a value, as the toolkit requires
 * (an empty one stops the lifecycle with "Unresolved placeholders", and arm/deploy refuses a
 * parameters file with one left). A value comes from the environment file (non-empty), a variable
 * you set yourself (documented), an earlier action's output (writeToEnvironmentFile, `env`, the
 * Bicep template's outputs after arm/deploy), or the toolkit. `deploy` and `publish` run after
 * `provision` and see what it wrote.
 */
export function unresolvedVariables(
  project: ProjectFile,
  envFile: Record<string, string>,
  documented: DocumentedVariables,
  bicepOutputs: (templatePath: string) => string[],
  readFile: (path: string) => string = readRepoFile,
): string[] {
  const available = new Set<string>([
    ...BUILT_INS,
    ...Object.entries(envFile)
      .filter(([, value]) => value.trim() !== '')
      .map(([name]) => name),
    ...documented.yours,
  ]);
  const problems: string[] = [];
  for (const lifecycle of LIFECYCLES) {
    const actions = project[lifecycle] ?? [];
    if (lifecycle === 'provision' && actions.some((a) => a.uses === 'arm/deploy')) {
      for (const name of AZURE_BUILT_INS) available.add(name);
    }
    for (const action of actions) {
      const own = placeholdersOf({ with: action.with, env: action.env });
      const inFiles = expandedFilesOf(action).flatMap((file) => placeholders(readFile(file)));
      for (const name of new Set([...own, ...inFiles])) {
        const generated = action.uses === 'aadApp/update' && name === AAD_UPDATE_GENERATED;
        if (!available.has(name) && !generated) {
          problems.push(`${lifecycle} ${action.name ?? action.uses}: ${name} has no value yet`);
        }
      }
      if (action.uses === 'aadApp/update' && inFiles.includes(AAD_UPDATE_GENERATED)) {
        available.add(AAD_UPDATE_GENERATED);
      }
      for (const name of Object.values(action.writeToEnvironmentFile ?? {})) available.add(name);
      for (const name of Object.keys(action.env ?? {})) available.add(name);
      if (action.uses === 'arm/deploy') {
        const templates = (action.with?.templates ?? []) as { path: string }[];
        for (const t of templates) for (const name of bicepOutputs(t.path)) available.add(name);
      }
    }
  }
  return problems;
}

/**
 * Sample values of the server's tenant settings, as the toolkit and the Bicep template fill them
 * (the tests substitute them for variables and Bicep expressions).
 */
export const SAMPLE_TENANT_SETTINGS = {
  TENANT_ID: '8d3f1c2a-4b5e-4f60-9a7b-1c2d3e4f5a6b',
  CLIENT_ID: '2b4c6d8e-0f1a-4b3c-9d5e-7f8091a2b3c4',
  CLIENT_SECRET: 'resolved-from-key-vault',
  BOT_ID: '9e8d7c6b-5a49-4382-a716-253443526170',
  PUBLIC_HOSTNAME: 'ia-app.azurewebsites.net',
  ORGANISATION_CONFIG: 'config/organisation.json',
  TEAMS_APP_ID: '4f5e6d7c-8b9a-4c0d-8e1f-2a3b4c5d6e7f',
} as const;

// ---- Bicep ------------------------------------------------------------------------------

export interface BicepParam {
  name: string;
  hasDefault: boolean;
  /** Declared with the `@secure()` decorator. */
  secure: boolean;
}
export interface BicepResource {
  symbol: string;
  type: string;
  apiVersion: string;
}
export interface BicepTemplate {
  /** The template without comments. */
  code: string;
  params: BicepParam[];
  vars: string[];
  resources: BicepResource[];
  outputs: string[];
  modules: string[];
}

/** Removes `//` and `/* *\/` comments outside single-quoted strings. */
function stripComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === "'") inString = false;
    } else if (c === "'") {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * Reads the top-level declarations of a Bicep file: `param`, `resource`, `output`, `module`.
 * Not a Bicep compiler (none runs offline from npm): only what the checks below need.
 */
export function parseBicep(text: string): BicepTemplate {
  const code = stripComments(text);
  // Decorators (`@secure()`, `@allowed([...])` over several lines) belong to the next declaration.
  const params: BicepParam[] = [];
  let decorators: string[] = [];
  let depth = 0;
  for (const line of code.split('\n')) {
    const trimmed = line.trim();
    if (depth > 0 || trimmed.startsWith('@')) {
      if (depth === 0) decorators.push(trimmed);
      depth += (trimmed.match(/[([]/g) ?? []).length - (trimmed.match(/[)\]]/g) ?? []).length;
      continue;
    }
    const param = /^param\s+(\w+)\s+\S+[ \t]*(=)?/.exec(line);
    if (param) {
      params.push({
        name: param[1] ?? '',
        hasDefault: param[2] === '=',
        secure: decorators.some((d) => d.startsWith('@secure(')),
      });
    }
    if (trimmed !== '') decorators = [];
  }
  const vars = [...code.matchAll(/^var\s+(\w+)\s*=/gm)].map((m) => m[1] ?? '');
  const resources = [...code.matchAll(/^resource\s+(\w+)\s+'([^'@]+)@([^']+)'/gm)].map((m) => ({
    symbol: m[1] ?? '',
    type: m[2] ?? '',
    apiVersion: m[3] ?? '',
  }));
  const outputs = [...code.matchAll(/^output\s+(\w+)\s/gm)].map((m) => m[1] ?? '');
  const modules = [...code.matchAll(/^module\s+(\w+)\s/gm)].map((m) => m[1] ?? '');
  return { code, params, vars, resources, outputs, modules };
}

/** How often an identifier is used in the template besides its declaration. */
function uses(template: BicepTemplate, name: string): number {
  // Not as an object key (`location: location` uses the parameter once) nor inside a string.
  const pattern = new RegExp(`(?<![\\w.'])${name}\\b(?!'|\\s*:)`, 'g');
  return (template.code.match(pattern) ?? []).length - 1;
}

/** Bicep linter rules no-unused-params and no-unused-vars. */
export function unusedDeclarations(template: BicepTemplate): string[] {
  return [
    ...template.params
      .filter((p) => uses(template, p.name) < 1)
      .map((p) => `param ${p.name} is unused`),
    ...template.vars.filter((v) => uses(template, v) < 1).map((v) => `var ${v} is unused`),
  ];
}

/** Bicep linter rule outputs-should-not-contain-secrets: no output names a secure parameter. */
export function secretOutputs(template: BicepTemplate): string[] {
  const secure = template.params.filter((p) => p.secure).map((p) => p.name);
  const problems: string[] = [];
  for (const m of template.code.matchAll(/^output\s+(\w+)\s+\w+\s*=\s*(.+)$/gm)) {
    for (const name of secure) {
      if (new RegExp(`\\b${name}\\b`).test(m[2] ?? '')) {
        problems.push(`output ${m[1] ?? ''} contains the secure parameter ${name}`);
      }
    }
  }
  return problems;
}

/**
 * Bicep linter rule no-hardcoded-location: a resource's location is the `location` parameter or
 * 'global' (the Azure Bot and its channels), never a region written into the template.
 */
export function hardcodedLocations(template: BicepTemplate): string[] {
  return [...template.code.matchAll(/^\s+location:\s*'([^']*)'/gm)]
    .filter((m) => m[1] !== 'global')
    .map((m) => `location '${m[1] ?? ''}' is written into the template`);
}

/** Rule: the parameters file names every parameter the template declares without a default. */
export function missingParameters(template: BicepTemplate, parametersJson: unknown): string[] {
  const given = Object.keys((parametersJson as { parameters?: object }).parameters ?? {});
  return template.params
    .filter((p) => !p.hasDefault && !given.includes(p.name))
    .map((p) => `parameter ${p.name} has no default and no value in the parameters file`);
}

/** Rule: the parameters file names no parameter the template does not declare (ARM refuses it). */
export function unknownParameters(template: BicepTemplate, parametersJson: unknown): string[] {
  const declared = new Set(template.params.map((p) => p.name));
  return Object.keys((parametersJson as { parameters?: object }).parameters ?? {})
    .filter((name) => !declared.has(name))
    .map((name) => `parameter ${name} is not declared in the template`);
}

/** Rule: each resource's type and API version is the one listed beside the template. */
export function resourceVersionProblems(
  template: BicepTemplate,
  listed: Record<string, string>,
): string[] {
  const problems: string[] = [];
  for (const r of template.resources) {
    const version = listed[r.type];
    if (version === undefined) problems.push(`${r.symbol}: type ${r.type} is not listed`);
    else if (version !== r.apiVersion) {
      problems.push(`${r.symbol}: ${r.type}@${r.apiVersion}, listed ${version}`);
    }
    if (/preview/i.test(r.apiVersion)) problems.push(`${r.symbol}: preview API ${r.apiVersion}`);
  }
  const used = new Set(template.resources.map((r) => r.type));
  for (const type of Object.keys(listed)) {
    if (!used.has(type)) problems.push(`listed type ${type} is not used`);
  }
  for (const m of template.modules) problems.push(`module ${m}: modules are not checked`);
  return problems;
}

/**
 * The body of the first resource of a type (from its declaration to the next top-level
 * declaration), comments removed.
 */
export function resourceBody(text: string, type: string): string {
  const code = stripComments(text);
  const start = code.search(
    new RegExp(`^resource\\s+\\w+\\s+'${type.replace(/[./]/g, '\\$&')}@`, 'm'),
  );
  if (start < 0) return '';
  const rest = code.slice(start + 1);
  const next = rest.search(/^(resource|output|module|param|var)\s/m);
  return code.slice(start, next < 0 ? undefined : start + 1 + next);
}

/**
 * The app settings of the `Microsoft.Web/sites/config` resource named 'appsettings': each key with
 * its value as written in Bicep (a quoted literal without quotes, else the expression).
 */
export function appSettingsOf(text: string): Record<string, string> {
  const body = resourceBody(text, 'Microsoft.Web/sites/config');
  if (!/name:\s*'appsettings'/.test(body)) return {};
  const properties = body.slice(body.indexOf('properties: {'));
  const settings: Record<string, string> = {};
  for (const m of properties.matchAll(/^ {4}([A-Za-z_][A-Za-z0-9_]*):\s*(.+?)\s*$/gm)) {
    const value = m[2] ?? '';
    settings[m[1] ?? ''] = /^'[^']*'$/.test(value) ? value.slice(1, -1) : value;
  }
  return settings;
}
