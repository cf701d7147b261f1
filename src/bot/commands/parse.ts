import { matchAdministration, type AdministrationRef } from './administrations';
import { editDistance, fold, stripMentions } from './text';

/** The commands the bot understands (DESIGN.md §1: the coordinator's and contact persons' work). */
export const commandNames = ['report', 'status', 'remind', 'calls', 'help'] as const;
export type CommandName = (typeof commandNames)[number];

/** Why the arguments of a known command cannot be used; the handler explains it to the user. */
export type ArgumentProblem =
  | { code: 'future-year'; year: number }
  | { code: 'year-out-of-range'; value: string }
  | { code: 'unknown-administration'; query: string; suggestions: string[] }
  | { code: 'ambiguous-administration'; query: string; candidates: string[] }
  | { code: 'unexpected-argument'; value: string };

/** A parsed message: a command with its arguments, a command with bad arguments, or neither. */
export type ParsedCommand =
  | { kind: 'report'; year: number; administrationId?: string }
  | { kind: 'status'; year: number }
  | { kind: 'remind'; year: number }
  | { kind: 'calls'; administrationId?: string }
  | { kind: 'help' }
  | { kind: 'invalid'; command: CommandName; problem: ArgumentProblem }
  | { kind: 'too-long'; length: number }
  | { kind: 'empty' }
  | { kind: 'unknown'; word: string; suggestions: CommandName[] };

/** What the parser needs besides the text. */
export interface ParseContext {
  /** The organisation's administrations, for names in arguments. */
  administrations: readonly AdministrationRef[];
  /** "Now", for the default year (the last full year) and to refuse future years. */
  now: Date;
  /** Plain texts of the message's mention entities, removed like `<at>` tags. */
  mentionTexts?: readonly string[];
}

/** Verbs that only one language uses; `status` and `?` are both languages' and say nothing. */
const VERB_LANGUAGE: Record<string, 'sv' | 'en'> = {
  rapport: 'sv',
  arsrapport: 'sv',
  lage: 'sv',
  lagesbild: 'sv',
  paminn: 'sv',
  paminnelse: 'sv',
  paminnelser: 'sv',
  utlysningar: 'sv',
  utlysning: 'sv',
  hjalp: 'sv',
  report: 'en',
  remind: 'en',
  reminders: 'en',
  calls: 'en',
  call: 'en',
  help: 'en',
};

/** How far into a message a typed `@Name` may reach before the verb (an app name of a few words). */
const MAX_TYPED_MENTION_WORDS = 6;

/**
 * The message's words as typed, after mentions: tagged `<at>` mentions and mention entities are
 * removed by `stripMentions`; a mention typed as plain text (`@Internationellt arbete rapport
 * 2025`, or `@rapport 2025`) is dropped up to the first word that is a command (issue 18).
 */
function commandWords(plain: string): string[] {
  const typed = plain
    .replace(/[!.,;:?]+$/g, '')
    .split(' ')
    .filter((t) => t.length > 0);
  const [first] = typed;
  if (first === undefined || !first.startsWith('@')) return typed;
  const words = [first.slice(1), ...typed.slice(1)];
  const verbAt = words
    .slice(0, MAX_TYPED_MENTION_WORDS)
    .findIndex((word) => VERBS[fold(word).replace(/^\//, '')] !== undefined);
  return verbAt >= 0 ? words.slice(verbAt) : typed;
}

/**
 * The language a message's command word belongs to (`hjälp`, `rapport` → sv; `help`, `report` →
 * en), or undefined when the word is both languages' (`status`) or no command.
 */
export function commandLanguage(
  text: string,
  mentionTexts: readonly string[] = [],
): 'sv' | 'en' | undefined {
  const plain = stripMentions(text.slice(0, 20 * MAX_COMMAND_LENGTH), mentionTexts);
  const [verb] = commandWords(plain);
  return verb === undefined ? undefined : VERB_LANGUAGE[fold(verb).replace(/^\//, '')];
}

/** Longer messages are not commands; refusing early keeps matching cheap on 10 KB pastes. */
export const MAX_COMMAND_LENGTH = 300;
/** The earliest year the records' schemas accept (records.ts: `year` min 2000). */
export const MIN_YEAR = 2000;

// Both languages, with and without diacritics; the folded form is what is compared.
const VERBS: Record<string, CommandName> = {
  rapport: 'report',
  arsrapport: 'report',
  report: 'report',
  status: 'status',
  lage: 'status',
  lagesbild: 'status',
  paminn: 'remind',
  paminnelse: 'remind',
  paminnelser: 'remind',
  remind: 'remind',
  reminders: 'remind',
  utlysningar: 'calls',
  utlysning: 'calls',
  calls: 'calls',
  call: 'calls',
  hjalp: 'help',
  help: 'help',
  '?': 'help',
};

type YearArgument = { ok: true; year: number } | { ok: false; problem: ArgumentProblem };

function parseYear(token: string, now: Date): YearArgument {
  const year = Number(token);
  if (!Number.isSafeInteger(year) || year < MIN_YEAR || token.length > 4) {
    return { ok: false, problem: { code: 'year-out-of-range', value: token.slice(0, 12) } };
  }
  if (year > now.getUTCFullYear()) return { ok: false, problem: { code: 'future-year', year } };
  return { ok: true, year };
}

function suggestCommands(word: string): CommandName[] {
  const scored = Object.entries(VERBS)
    .filter(([verb]) => verb.length > 1)
    .map(([verb, name]) => ({ name, distance: editDistance(word, verb) }))
    .filter((s) => s.distance <= Math.max(1, Math.floor(word.length / 3)))
    .sort((a, b) => a.distance - b.distance);
  return [...new Set(scored.map((s) => s.name))];
}

/**
 * Parses a chat message into a command. Pure: no I/O, the clock comes in `ctx.now`.
 *
 * Grammar (either language, any case, with or without an @mention, arguments in any order):
 * `rapport|report [år|year] [förvaltning|administration]`, `status [år]`, `påminn|remind [år]`,
 * `utlysningar|calls [förvaltning]`, `hjälp|help`. No year means the last full year.
 */
export function parseCommand(text: string, ctx: ParseContext): ParsedCommand {
  const plain = stripMentions(text.slice(0, 20 * MAX_COMMAND_LENGTH), ctx.mentionTexts);
  if (plain.length > MAX_COMMAND_LENGTH || text.length > 20 * MAX_COMMAND_LENGTH) {
    return { kind: 'too-long', length: text.length };
  }
  // Words as typed, for echoing back; their folded forms for matching.
  const typed = commandWords(plain);
  const [typedVerb = plain, ...typedRest] = typed;
  const verb = fold(typedVerb);
  if (verb === '') return { kind: 'empty' };
  const command = VERBS[verb.replace(/^\//, '')];
  if (command === undefined) {
    return { kind: 'unknown', word: typedVerb.slice(0, 40), suggestions: suggestCommands(verb) };
  }
  const rest = typedRest.map(fold);

  // Help ignores its arguments: "hjälp rapport" is still a request for help.
  if (command === 'help') return { kind: 'help' };

  const defaultYear = ctx.now.getUTCFullYear() - 1;
  const numbers = rest.filter((t) => /^\d+$/.test(t));
  const words = typedRest.filter((t) => !/^\d+$/.test(t));
  const invalid = (problem: ArgumentProblem): ParsedCommand => ({
    kind: 'invalid',
    command,
    problem,
  });

  let year = defaultYear;
  const [firstNumber, secondNumber] = numbers;
  if (secondNumber !== undefined)
    return invalid({ code: 'unexpected-argument', value: secondNumber });
  if (firstNumber !== undefined) {
    const parsed = parseYear(firstNumber, ctx.now);
    if (!parsed.ok) return invalid(parsed.problem);
    year = parsed.year;
  }

  let administrationId: string | undefined;
  const query = words.join(' ');
  if (query !== '') {
    if (command !== 'report' && command !== 'calls') {
      return invalid({ code: 'unexpected-argument', value: query.slice(0, 40) });
    }
    const match = matchAdministration(query, ctx.administrations);
    if (match.kind === 'ambiguous') {
      return invalid({
        code: 'ambiguous-administration',
        query: query.slice(0, 80),
        candidates: match.candidates,
      });
    }
    if (match.kind === 'unknown') {
      return invalid({
        code: 'unknown-administration',
        query: query.slice(0, 80),
        suggestions: match.suggestions,
      });
    }
    administrationId = match.administrationId;
  }

  switch (command) {
    case 'report':
      return administrationId
        ? { kind: 'report', year, administrationId }
        : { kind: 'report', year };
    case 'status':
      return { kind: 'status', year };
    case 'remind':
      return { kind: 'remind', year };
    case 'calls':
      if (firstNumber !== undefined)
        return invalid({ code: 'unexpected-argument', value: firstNumber });
      return administrationId ? { kind: 'calls', administrationId } : { kind: 'calls' };
  }
}
