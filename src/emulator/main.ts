import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { faultsFromEnv } from './faults.js';
import { startEmulator } from './index.js';

/** `npm run emulator`: 127.0.0.1:GRAPH_EMULATOR_PORT (5100), database GRAPH_EMULATOR_DB (.data/graph.sqlite). */
async function main(): Promise<void> {
  const port = Number(process.env.GRAPH_EMULATOR_PORT ?? 5100);
  const dbPath = process.env.GRAPH_EMULATOR_DB ?? '.data/graph.sqlite';
  if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });
  const emulator = await startEmulator({ port, dbPath, faults: faultsFromEnv(process.env) });
  console.log(`Microsoft Graph emulator: ${emulator.baseUrl} (database ${dbPath})`);
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
