import type { ILogger } from '@microsoft/teams.common';
import type { BotLogger } from './handlers/context';

/** The default log: the console, one line per call. */
export const consoleLog: BotLogger = {
  info: (message, details) => console.info(message, details ? JSON.stringify(details) : ''),
  warn: (message, details) => console.warn(message, details ? JSON.stringify(details) : ''),
  error: (message, details) => console.error(message, details ? JSON.stringify(details) : ''),
};

/**
 * A bot log that writes whole lines to the server's log (its `log` option), so the bot's lines go
 * where the server's go (and a test that silences the server silences the bot).
 */
export function lineLog(write: (line: string) => void): BotLogger {
  const line = (level: string) => (message: string, details?: Record<string, unknown>) =>
    write(`bot ${level}: ${message}${details ? ` ${JSON.stringify(details)}` : ''}`);
  return { info: line('info'), warn: line('warn'), error: line('error') };
}

/** Routes the SDK's chatty logging to ours: warnings and errors only. */
export function sdkLogger(log: BotLogger, name = 'teams'): ILogger {
  const text = (msg: unknown[]) =>
    msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' ');
  const logger: ILogger = {
    debug: () => undefined,
    info: () => undefined,
    trace: () => undefined,
    log: () => undefined,
    warn: (...msg: unknown[]) => log.warn(`${name}: ${text(msg)}`),
    error: (...msg: unknown[]) => log.error(`${name}: ${text(msg)}`),
    child: (child: string) => sdkLogger(log, `${name}/${child}`),
  };
  return logger;
}

/**
 * The one structured line logged per message (issue 18): what kind of conversation, which command
 * (the parsed kind, never the text typed), the answer's language, how long it took and how it
 * ended. Ids only: the activity's, the conversation's and the user's object id; no names, no text.
 */
export interface MessageLogLine {
  activityId: string | undefined;
  conversationId: string;
  conversationType: string;
  userId: string | undefined;
  command: string;
  locale: string;
  durationMs: number;
  outcome: 'answered' | 'refused' | 'rate-limited' | 'failed';
}

/** Writes the per-message line (`bot: message` with the fields as details). */
export function logMessage(log: BotLogger, line: MessageLogLine): void {
  const details = { ...line } as Record<string, unknown>;
  if (line.outcome === 'failed') log.error('bot: message', details);
  else log.info('bot: message', details);
}
