import type { Locale } from '../../domain/labels';
import type { OrganisationConfig } from '../../domain/organisation';
import {
  MAX_COMMAND_LENGTH,
  MIN_YEAR,
  type ArgumentProblem,
  type CommandName,
} from '../commands/parse';
import { answerCard, helpCard, type CardMessage } from '../cards/cards';
import { escapeMarkdown as literal } from '../cards/markdown';
import { botTexts } from '../i18n';
import { administrationName } from './context';

/** An example of a command with an argument of each kind, in the user's language. */
function example(locale: Locale, command: CommandName, year: number): string {
  const verb = botTexts(locale).commandSyntax[command].split(' ')[0] ?? command;
  return command === 'calls' || command === 'help' ? verb : `${verb} ${year}`;
}

/** Explains why the arguments of a known command cannot be used, with what to type instead. */
export function invalidArgumentAnswer(
  locale: Locale,
  organisation: OrganisationConfig,
  command: CommandName,
  problem: ArgumentProblem,
  now: Date,
): CardMessage {
  const t = botTexts(locale);
  const current = now.getUTCFullYear();
  const verb = t.commandSyntax[command].split(' ')[0] ?? command;
  const names = (ids: string[]) => ids.map((id) => administrationName(organisation, id));
  switch (problem.code) {
    case 'future-year':
      return answerCard(locale, [t.futureYear(problem.year, current)], [`${verb} ${current - 1}`]);
    case 'year-out-of-range':
      return answerCard(
        locale,
        [t.yearOutOfRange(literal(problem.value), MIN_YEAR, current)],
        [`${verb} ${current - 1}`],
      );
    case 'unknown-administration':
      return answerCard(
        locale,
        [
          t.unknownAdministration(literal(problem.query)),
          problem.suggestions.length > 0
            ? t.suggestions(names(problem.suggestions))
            : t.knownAdministrations(organisation.administrations.map((a) => a.name)),
        ],
        problem.suggestions.map((id) => `${verb} ${id}`),
      );
    case 'ambiguous-administration':
      return answerCard(
        locale,
        [t.ambiguousAdministration(literal(problem.query), names(problem.candidates))],
        problem.candidates.map((id) => `${verb} ${id}`),
      );
    case 'unexpected-argument':
      return answerCard(locale, [
        t.unexpectedArgument(literal(problem.value), example(locale, command, current - 1)),
      ]);
  }
}

/** The answer to something that is not a command: what was not understood and what to try. */
export function unknownCommandAnswer(
  locale: Locale,
  word: string,
  suggestions: CommandName[],
): CardMessage {
  const t = botTexts(locale);
  const verbs = suggestions.map((c) => t.commandSyntax[c].split(' ')[0] ?? c);
  return answerCard(
    locale,
    [
      t.didNotUnderstand(literal(word)),
      ...(verbs.length > 0 ? [t.didYouMean(verbs)] : []),
      t.seeHelp,
    ],
    verbs.length > 0 ? verbs : [t.commandSyntax.help],
  );
}

/** Answers that need no data: help, an empty message, a too long message. */
export function simpleAnswer(
  locale: Locale,
  kind: 'help' | 'empty' | 'too-long',
  tabUrl: string,
  options: { length?: number; defaultYear: number },
): CardMessage {
  const t = botTexts(locale);
  if (kind === 'help') return helpCard(locale, tabUrl);
  if (kind === 'empty') return answerCard(locale, [t.emptyMessage], [t.commandSyntax.help]);
  return answerCard(
    locale,
    [
      t.tooLong(
        options.length ?? 0,
        MAX_COMMAND_LENGTH,
        example(locale, 'report', options.defaultYear),
      ),
    ],
    [t.commandSyntax.help],
  );
}

/**
 * `utlysningar` / `calls` when the data port has no funding-call source (a port written before
 * funding calls existed): the bot says so instead of inventing calls. See `handleCalls`.
 */
export function callsAnswer(
  locale: Locale,
  organisation: OrganisationConfig,
  administrationId: string | undefined,
): CardMessage {
  const t = botTexts(locale);
  const scope = administrationId
    ? administrationName(organisation, administrationId)
    : organisation.name;
  return answerCard(locale, [t.callsUnavailable(scope)]);
}
