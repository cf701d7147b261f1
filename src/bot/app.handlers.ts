import type { Locale } from '../domain/labels';
import { answerCard } from './cards/cards';
import { commandLanguage, parseCommand, type ParsedCommand } from './commands/parse';
import type { CommandLimiter } from './app.guards';
import { handleCalls } from './handlers/calls';
import { invalidArgumentAnswer, simpleAnswer, unknownCommandAnswer } from './handlers/answers';
import type { HandlerContext } from './handlers/context';
import { handleRemind } from './handlers/remind';
import { handleReport } from './handlers/report';
import { handleStatus } from './handlers/status';
import { logMessage } from './app.logging';
import { botTexts } from './i18n';
import type { IncomingMessage, Turn } from './turn';

type Kind = ParsedCommand['kind'];
type CommandHandler<K extends Kind> = (
  ctx: HandlerContext,
  turn: Turn,
  command: Extract<ParsedCommand, { kind: K }>,
) => Promise<void>;

/** The year an example in an answer uses: the default year (the last full one). */
const defaultYear = (ctx: HandlerContext) => ctx.now().getUTCFullYear() - 1;

/** One handler per parsed kind: adding a command is one parser case and one entry here. */
export const commandHandlers: { [K in Kind]: CommandHandler<K> } = {
  report: (ctx, turn, command) => handleReport(ctx, turn, command),
  status: (ctx, turn, command) => handleStatus(ctx, turn, command.year),
  remind: (ctx, turn, command) => handleRemind(ctx, turn, command.year),
  calls: (ctx, turn, command) => handleCalls(ctx, turn, command.administrationId),
  help: async (ctx, turn) => {
    await turn.send(
      simpleAnswer(turn.locale, 'help', ctx.tabUrl, { defaultYear: defaultYear(ctx) }),
    );
  },
  empty: async (ctx, turn) => {
    await turn.send(
      simpleAnswer(turn.locale, 'empty', ctx.tabUrl, { defaultYear: defaultYear(ctx) }),
    );
  },
  'too-long': async (ctx, turn, command) => {
    await turn.send(
      simpleAnswer(turn.locale, 'too-long', ctx.tabUrl, {
        length: command.length,
        defaultYear: defaultYear(ctx),
      }),
    );
  },
  invalid: async (ctx, turn, command) => {
    await turn.send(
      invalidArgumentAnswer(
        turn.locale,
        ctx.organisation,
        command.command,
        command.problem,
        ctx.now(),
      ),
    );
  },
  unknown: async (_ctx, turn, command) => {
    await turn.send(unknownCommandAnswer(turn.locale, command.word, command.suggestions));
  },
};

/**
 * The language of the answer (README, "Language"): the command word's when it belongs to one
 * language (`hjälp`, `rapport` → Swedish; `help`, `report` → English), otherwise the client's
 * locale as the turn carries it (which falls back to the organisation's language).
 */
export function answerLocale(text: string, mentionTexts: readonly string[], turn: Turn): Locale {
  return commandLanguage(text, mentionTexts) ?? turn.locale;
}

/** What `dispatch` did, for the per-message log line. */
export interface DispatchResult {
  command: Kind;
  locale: Locale;
  outcome: 'answered' | 'refused' | 'rate-limited';
}

/** Parses the message, applies the per-user limits, and runs the matching command handler. */
export async function dispatch(
  ctx: HandlerContext,
  turn: Turn,
  text: string,
  mentionTexts: readonly string[],
  limiter?: CommandLimiter,
): Promise<DispatchResult> {
  const locale = answerLocale(text, mentionTexts, turn);
  const answering: Turn = { ...turn, locale };
  const parsed = parseCommand(text, {
    administrations: ctx.organisation.administrations,
    now: ctx.now(),
    mentionTexts,
  });
  if (limiter && (parsed.kind === 'report' || parsed.kind === 'remind')) {
    const taken = await limiter.take(parsed.kind, turn.userAadObjectId ?? 'anonymous');
    if (!taken.ok) {
      await answering.send(
        answerCard(locale, [botTexts(locale).rateLimited(taken.retryAfterSeconds)]),
      );
      return { command: parsed.kind, locale, outcome: 'rate-limited' };
    }
  }
  await (commandHandlers[parsed.kind] as CommandHandler<Kind>)(ctx, answering, parsed);
  const refused =
    parsed.kind === 'invalid' || parsed.kind === 'unknown' || parsed.kind === 'too-long';
  return { command: parsed.kind, locale, outcome: refused ? 'refused' : 'answered' };
}

/**
 * Answers one message and writes its log line (`app.logging.ts`), also when the command fails;
 * the failure is passed on to the caller's last line of defence.
 */
export async function answerMessage(
  ctx: HandlerContext,
  turn: Turn,
  message: IncomingMessage,
  limiter?: CommandLimiter,
): Promise<void> {
  const started = performance.now();
  const durationMs = () => Math.round(performance.now() - started);
  await dispatch(ctx, turn, message.text, message.mentionTexts, limiter).then(
    (result) => logMessage(ctx.log, { ...message.ids, ...result, durationMs: durationMs() }),
    (error: unknown) => {
      logMessage(ctx.log, {
        ...message.ids,
        command: 'unknown',
        locale: turn.locale,
        outcome: 'failed',
        durationMs: durationMs(),
      });
      throw error;
    },
  );
}

/**
 * Runs commands after the HTTP answer: the connector expects 200 within seconds, a report may take
 * longer. Each handler catches its own failures; `run`'s catch is the last line of defence.
 */
export function createCommandRunner(log: HandlerContext['log']): {
  run(work: Promise<void>): void;
  /** Resolves when every command started so far has finished (tests, graceful shutdown). */
  idle(): Promise<void>;
} {
  const pending = new Set<Promise<void>>();
  return {
    run: (work) => {
      const guarded = work.catch((error: unknown) => {
        log.error('bot: command crashed', {
          message: error instanceof Error ? error.message : String(error),
        });
      });
      pending.add(guarded);
      void guarded.finally(() => pending.delete(guarded));
    },
    idle: async () => {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}
