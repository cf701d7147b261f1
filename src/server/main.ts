import { existsSync } from 'node:fs';
import { RuntimeAccessError, startServer } from './app.js';
import { ConfigError } from './config.js';

/**
 * `npm start`: reads `.env` when present (the shell's environment wins), starts the server with
 * persistent data in DATA_DIR (`.data/`), and shuts down cleanly on SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const starting = startServer();

  // Registered before start-up finishes: a signal during start-up (or right after the banner)
  // still closes the emulator's database cleanly instead of killing the process mid-write.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    starting
      .then((server) => server.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await starting;
}

main().catch((error: unknown) => {
  const code = (error as { code?: string }).code;
  if (error instanceof ConfigError || error instanceof RuntimeAccessError) {
    console.error(error.message);
  } else if (code === 'EADDRINUSE') {
    // The usual cause is a second `npm start` (or `npm run emulator`) still running.
    const port = (error as { port?: number }).port;
    console.error(
      `Port ${port ?? '?'} is in use: is the app or the emulator already running? Set PORT or GRAPH_EMULATOR_PORT to use other ports.`,
    );
  } else {
    console.error('Start-up failed:', error);
  }
  process.exit(1);
});
