import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Runs `src/server/main.ts` (what `npm start` runs after the build) with the given env. */
function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, TENANT_ID: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => {
      if (stdout.includes('Health:')) resolve();
    });
    void exited.then(() => reject(new Error(`exited before ready: ${stderr}`)));
  });
  // A run that is meant to fail never becomes ready; only tests that await `ready` care.
  ready.catch(() => {});
  return { child, ready, exited, output: () => ({ stdout, stderr }) };
}

describe('npm start entry (src/server/main.ts)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ia-main-'));
  const env = { PORT: '0', GRAPH_EMULATOR_PORT: '0', DATA_DIR: dataDir };
  let first = { stdout: '', code: null as number | null };

  beforeAll(async () => {
    const main = startMain(env);
    await main.ready;
    main.child.kill('SIGTERM');
    first = { stdout: main.output().stdout, code: await main.exited };
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('should print the tab, bot and Graph URLs and the user to open as', () => {
    expect(first.stdout).toMatch(/Tab: +http:\/\/localhost:\d+\//);
    expect(first.stdout).toMatch(/Bot: +http:\/\/localhost:\d+\/api\/messages/);
    expect(first.stdout).toMatch(/Graph: +http:\/\/127\.0\.0\.1:\d+\/v1\.0/);
    expect(first.stdout).toContain('?user=samordnare@vaxjo.example');
  });

  it('should stop cleanly with exit code 0 on SIGTERM', () => {
    expect(first.code).toBe(0);
  });

  it('should create nothing when started again on the same data', async () => {
    const main = startMain(env);
    await main.ready;
    main.child.kill('SIGINT');
    await main.exited;
    expect(main.output().stdout).toMatch(/Provisioning: 0 created, \d+ found\./);
  });

  it('should exit with 1 naming the setting when the configuration is wrong', async () => {
    const main = startMain({ ...env, PORT: 'abc' });
    expect(await main.exited).toBe(1);
    expect(main.output().stderr).toContain('Configuration error: PORT');
  });
});
