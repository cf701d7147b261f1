import { parentPort } from 'node:worker_threads';
import { startEmulator } from '../../src/emulator/index.js';

/**
 * Runs the Graph emulator on its own thread, so on a multi-core machine the server's work (SQLite,
 * JSON) does not share one event loop with the client being measured, as with a real Graph.
 */
const emulator = await startEmulator({ port: 0, dbPath: ':memory:' });
parentPort?.postMessage({ baseUrl: emulator.baseUrl, origin: emulator.origin });
parentPort?.on('message', (message: unknown) => {
  if (message === 'close') void emulator.close().then(() => process.exit(0));
});
