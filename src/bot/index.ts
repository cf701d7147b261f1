/**
 * The bot (issue "The bot"): a Teams SDK v2 app mounted into the server's Express app.
 *
 * The server mounts it with
 * `app.post('/api/messages', await createBotHandler({ client, organisation, config }))`, or builds
 * it with `createBot(deps)` and mounts `bot.handler` (see README.md here).
 */
export { createBot, dispatch, type Bot, type BotCredentials, type BotDeps } from './app';
export { lineLog } from './app.logging';
export { parseCommand, type ParsedCommand } from './commands/parse';
export { adaptiveCardSchema, type AdaptiveCard } from './cards/schema';
export type { BotData, DirectoryUser } from './data';
export { createGraphBotData, createGraphReportUploader, type BotSites } from './graph-data';
export type {
  BotLogger,
  ProactiveMessage,
  ProactiveSender,
  ReportRenderer,
} from './handlers/context';
export {
  createBotFromServer,
  createBotHandler,
  type BotHandlerOptions,
  type BotServerConfig,
} from './server-entry';
