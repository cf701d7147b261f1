import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm run package (manifest/package.ts)', () => {
  it('should exit with code 1 and name the wrong variable', async () => {
    const failure = await run('npx', ['tsx', 'manifest/package.ts'], {
      env: { ...process.env, BOT_ID: 'not-a-guid' },
    }).then(
      () => undefined,
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('BOT_ID: expected a GUID');
  }, 30_000);
});
