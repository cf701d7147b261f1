import {
  fieldLabel,
  formatConsidered,
  label,
  type CompletenessStatus,
  type KeyFigureId,
  type Locale,
} from '../../domain/labels';
import type { RoundPhase } from '../../domain/reporting-status';
import { botTexts } from '../i18n';
import { escapeMarkdown } from './markdown';
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './schema';

/**
 * Builders of every card the bot sends. One answer is one bubble: the message carries the card
 * alone, with a short `summary` (its title) for notifications and no `text` (Teams and the
 * Playground show a message's text as a bubble of its own above the card, issue 18). The card's
 * `fallbackText` and `speak` hold its whole content as text for clients without card support and
 * screen readers.
 *
 * Text that comes from data (names, titles, what a user typed) goes through `escapeMarkdown`
 * (TextBlocks and facts render Markdown in Teams): the builders here escape every data value
 * themselves; composed sentences of `answerCard` are escaped by their callers around the data.
 */

/** A message activity with one Adaptive Card (what `ctx.send` and the connector accept). */
export interface CardMessage {
  type: 'message';
  /** A short line for notifications and activity feeds; clients do not show it as a bubble. */
  summary: string;
  attachments: Array<{ contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE; content: AdaptiveCard }>;
}

/** The whole text of a card message (its `fallbackText`): for logs, tests and text clients. */
export function messageText(message: CardMessage): string {
  return message.attachments[0]?.content.fallbackText ?? message.summary;
}

/** Data shown on a card (names, titles): Markdown-escaped, so it shows as written. */
const data = escapeMarkdown;

const heading = (text: string): CardElement => ({
  type: 'TextBlock',
  text,
  style: 'heading',
  size: 'medium',
  weight: 'bolder',
  wrap: true,
});
const paragraph = (
  text: string,
  extra: Partial<{ isSubtle: boolean; spacing: 'small' | 'medium' }> = {},
): CardElement => ({
  type: 'TextBlock',
  text,
  wrap: true,
  ...extra,
});
/** A button running `command` as if typed; its title is the command, cut to a short title. */
const commandButton = (command: string): CardAction => ({
  type: 'Action.Submit',
  title: command.length > 30 ? `${command.slice(0, 29)}…` : command,
  data: { command },
});
/** A button sending a command's verb, e.g. `rapport` from `rapport [år] [förvaltning]`. */
const verbButton = (syntax: string): CardAction => commandButton(syntax.split(' ')[0] ?? syntax);
const openUrl = (title: string, url: string): CardAction => ({
  type: 'Action.OpenUrl',
  title,
  url,
});

/** Wraps a body in a 1.5 card whose fallback text is `lines` joined; the summary is the first line. */
function cardMessage(
  locale: Locale,
  body: CardElement[],
  lines: string[],
  actions: CardAction[] = [],
): CardMessage {
  const text = lines.join('\n\n');
  const content: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    lang: locale,
    body,
    ...(actions.length > 0 ? { actions } : {}),
    fallbackText: text,
    speak: text,
  };
  const first = lines[0] ?? '';
  return {
    type: 'message',
    summary: first.length > 120 ? `${first.slice(0, 119)}…` : first,
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content }],
  };
}

/** A short answer (an error, a refusal, a hint) with optional commands offered as buttons. */
export function answerCard(locale: Locale, lines: string[], commands: string[] = []): CardMessage {
  const [first, ...rest] = lines;
  const body = [
    paragraph(first ?? ''),
    ...rest.map((line) => paragraph(line, { spacing: 'small' })),
  ];
  return cardMessage(locale, body, lines, commands.slice(0, 5).map(commandButton));
}

/** `hjälp` / `help`: every command with its syntax and purpose. */
export function helpCard(locale: Locale, tabUrl: string): CardMessage {
  const t = botTexts(locale);
  const commands = Object.keys(t.commandSyntax) as Array<keyof typeof t.commandSyntax>;
  const facts = commands.map((c) => ({ title: t.commandSyntax[c], value: t.commandPurpose[c] }));
  const lines = [
    t.helpTitle,
    t.helpIntro,
    ...facts.map((f) => `${f.title}: ${f.value}`),
    t.helpCoordinatorNote,
  ];
  return cardMessage(
    locale,
    [
      heading(t.helpTitle),
      paragraph(t.helpIntro),
      { type: 'FactSet', facts },
      paragraph(t.helpCoordinatorNote, { isSubtle: true }),
    ],
    lines,
    [
      verbButton(t.commandSyntax.report),
      verbButton(t.commandSyntax.status),
      openUrl(t.openTab, tabUrl),
    ],
  );
}

/** Sent when the bot is added to a team or a personal chat. */
export function welcomeCard(locale: Locale, organisationName: string, tabUrl: string): CardMessage {
  const t = botTexts(locale);
  const lines = [t.welcomeTitle, t.welcomeBody(organisationName), t.seeHelp];
  return cardMessage(
    locale,
    [
      heading(t.welcomeTitle),
      paragraph(t.welcomeBody(data(organisationName))),
      paragraph(t.seeHelp, { isSubtle: true }),
    ],
    lines,
    [commandButton(t.commandSyntax.help), openUrl(t.openTab, tabUrl)],
  );
}

/** The report's progress: steps before `current` are done, `current` runs, the rest wait. */
export function progressCard(locale: Locale, title: string, current: number): CardMessage {
  const t = botTexts(locale);
  const facts = t.reportSteps.map((step, index) => ({
    title: step,
    value: index < current ? t.stepDone : index === current ? t.stepRunning : t.stepWaiting,
  }));
  return cardMessage(
    locale,
    [heading(title), { type: 'FactSet', facts }],
    [title, ...facts.map((f) => `${f.title}: ${f.value}`)],
  );
}

/** The key figures on the report card, in the card's order; each is named by its domain label. */
export const reportCardFigures = [
  'euOngoing',
  'euFinished',
  'otherOngoing',
  'otherFinished',
  'applications',
  'activities',
  'ongoingGrantedSek',
] as const satisfies readonly KeyFigureId[];
export type ReportCardFigure = (typeof reportCardFigures)[number];

/** The figures and completeness shown in the final report card. */
export interface ReportSummary {
  year: number;
  scope: string;
  /** The card's figures by their key-figure id; money as its text (kronor, rates named). */
  figures: Record<Exclude<ReportCardFigure, 'ongoingGrantedSek'>, number> & {
    ongoingGrantedSek: string;
  };
  completeness: { total: number; submitted: number; missing: string[] };
  /**
   * The strategy's own indicator (issue 10): development initiatives of the year where external
   * funding was considered; present only when the report model carries it.
   */
  fundingConsidered?: { considered: number; initiatives: number; share: number | null };
  /** Where the Word report was uploaded; undefined when no upload is configured. */
  reportUrl?: string;
}

/** "3 av 4 (75 %)": the considered share; a dash when there are no initiatives to divide by. */
function consideredFact(
  locale: Locale,
  figure: NonNullable<ReportSummary['fundingConsidered']>,
): { title: string; value: string } {
  return {
    title: label(locale, 'keyFigure', 'fundingConsidered'),
    value: formatConsidered(locale, figure),
  };
}

/** The final report card: key figures, who has submitted, and the Word report's link. */
export function reportCard(locale: Locale, summary: ReportSummary): CardMessage {
  const t = botTexts(locale);
  const title = t.reportTitle(summary.year, data(summary.scope));
  const facts = [
    ...reportCardFigures.map((id) => ({
      title: label(locale, 'keyFigure', id),
      value: String(summary.figures[id]),
    })),
    ...(summary.fundingConsidered ? [consideredFact(locale, summary.fundingConsidered)] : []),
  ];
  const completeness = [
    t.submittedOf(summary.completeness.submitted, summary.completeness.total),
    ...(summary.completeness.missing.length > 0
      ? [t.missingList(summary.completeness.missing.map(data))]
      : []),
  ];
  const link = summary.reportUrl ? [] : [t.reportLinkUnavailable];
  const lines = [
    title,
    ...facts.map((f) => `${f.title}: ${f.value}`),
    t.completenessHeading,
    ...completeness,
    ...link,
  ];
  return cardMessage(
    locale,
    [
      heading(title),
      { type: 'FactSet', facts },
      {
        type: 'Container',
        separator: true,
        items: [
          { type: 'TextBlock', text: t.completenessHeading, weight: 'bolder', wrap: true },
          ...completeness.map((line) => paragraph(line, { spacing: 'small' })),
        ],
      },
      ...link.map((line) => paragraph(line, { isSubtle: true })),
    ],
    lines,
    summary.reportUrl ? [openUrl(t.openReport, summary.reportUrl)] : [],
  );
}

/** One administration's line in the status card. */
export interface StatusRow {
  administration: string;
  status: CompletenessStatus;
}

/** `status`: the round's deadline and each administration's submission status. */
export function statusCard(
  locale: Locale,
  input: { year: number; deadline?: { date: string; phase: RoundPhase }; rows: StatusRow[] },
): CardMessage {
  const t = botTexts(locale);
  const title = t.statusTitle(input.year);
  const round = input.deadline
    ? t.deadline(input.deadline.date, input.deadline.phase)
    : t.noRound(input.year);
  const count = (status: CompletenessStatus) =>
    input.rows.filter((r) => r.status === status).length;
  const summary = t.statusSummary({
    submitted: count('submitted') + count('approved'),
    returned: count('returned'),
    missing: count('missing') + count('draft'),
  });
  const facts = input.rows.map((row) => ({
    title: data(row.administration),
    value: label(locale, 'completenessStatus', row.status),
  }));
  // A ColumnSet rather than a FactSet: a fact's title column is narrow and breaks long
  // administration names mid-word; here the name takes the free width and wraps between words.
  const rows: CardElement[] = facts.map((fact, index) => ({
    type: 'ColumnSet',
    spacing: index === 0 ? 'medium' : 'small',
    columns: [
      { type: 'Column', width: 'stretch', items: [paragraph(fact.title)] },
      {
        type: 'Column',
        width: 'auto',
        items: [{ type: 'TextBlock', text: fact.value, weight: 'bolder', wrap: true }],
      },
    ],
  }));
  return cardMessage(
    locale,
    [heading(title), paragraph(round), paragraph(summary, { spacing: 'small' }), ...rows],
    [title, round, summary, ...facts.map((f) => `${f.title}: ${f.value}`)],
  );
}

/** The proactive reminder to a contact person, with a button to their draft in the tab. */
export function reminderCard(
  locale: Locale,
  input: {
    administration: string;
    year: number;
    deadline?: { date: string; phase: RoundPhase };
    draftUrl: string;
  },
): CardMessage {
  const t = botTexts(locale);
  const title = t.reminderTitle(input.year);
  const body = t.reminderBody(data(input.administration), input.year, input.deadline);
  return cardMessage(
    locale,
    [heading(title), paragraph(body)],
    [title, body],
    [openUrl(t.openDraft, input.draftUrl)],
  );
}

/** A good example as the network's channel sees it (texts as stored; the builder escapes them). */
export interface GoodExampleCardInput {
  title: string;
  administration: string;
  kind: 'project' | 'activity';
  summary: string;
  /** "2024-09-01 – 2026-06-30", or one date; undefined when the record has none. */
  period?: string | undefined;
  link: string;
}

/** The card the coordinator shares into the network's channel (issue 10, "spreading what works"). */
export function goodExampleCard(locale: Locale, input: GoodExampleCardInput): CardMessage {
  const t = botTexts(locale);
  const title = t.goodExampleTitle(data(input.title));
  const facts = [
    { title: fieldLabel(locale, 'project', 'administrationId'), value: data(input.administration) },
    { title: t.goodExampleKindLabel, value: label(locale, 'recordKind', input.kind) },
    ...(input.period ? [{ title: t.goodExamplePeriod, value: input.period }] : []),
  ];
  return cardMessage(
    locale,
    [
      heading(title),
      paragraph(t.goodExampleIntro, { isSubtle: true, spacing: 'small' }),
      paragraph(data(input.summary)),
      { type: 'FactSet', facts },
    ],
    [title, t.goodExampleIntro, data(input.summary), ...facts.map((f) => `${f.title}: ${f.value}`)],
    [openUrl(t.openGoodExample, input.link)],
  );
}

/** One open call as the `utlysningar` card shows it (labels already resolved by the caller). */
export interface CallRow {
  title: string;
  programme: string;
  deadline: string;
  daysLeft: number;
  closingSoon: boolean;
  coFinancingRate?: number | undefined;
  themes: string[];
  url?: string | undefined;
}

/** Calls shown on the card; the rest are counted and left to the tab (the card's size limit). */
export const MAX_CALLS_ON_CARD = 8;

/** `utlysningar` / `calls`: the open calls, soonest deadline first, each with its facts and link. */
export function fundingCallsCard(
  locale: Locale,
  input: { scope: string; calls: CallRow[]; tabUrl: string },
): CardMessage {
  const t = botTexts(locale);
  const title = t.callsTitle(data(input.scope));
  if (input.calls.length === 0) {
    const none = t.noOpenCalls(data(input.scope));
    return cardMessage(locale, [heading(title), paragraph(none)], [title, none]);
  }
  const shown = input.calls.slice(0, MAX_CALLS_ON_CARD);
  const rest = input.calls.length - shown.length;
  const summary = t.callsCount(input.calls.length);
  const percent = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE', { style: 'percent' });
  const blocks = shown.map((call): CardElement => {
    const deadline = `${call.deadline} (${t.callDaysLeft(call.daysLeft)})`;
    const facts = [
      { title: t.callProgramme, value: data(call.programme) },
      { title: t.callDeadline, value: deadline },
      ...(call.coFinancingRate === undefined
        ? []
        : [{ title: t.callCoFinancing, value: percent.format(call.coFinancingRate / 100) }]),
      ...(call.themes.length > 0
        ? [{ title: t.callThemes, value: call.themes.map(data).join(', ') }]
        : []),
    ];
    return {
      type: 'Container',
      separator: true,
      spacing: 'medium',
      items: [
        { type: 'TextBlock', text: data(call.title), weight: 'bolder', wrap: true },
        ...(call.closingSoon
          ? [
              {
                type: 'TextBlock' as const,
                text: t.callClosingSoon,
                color: 'attention' as const,
                wrap: true,
                spacing: 'none' as const,
              },
            ]
          : []),
        { type: 'FactSet', facts },
        ...(call.url
          ? [{ type: 'ActionSet' as const, actions: [openUrl(t.openCall, call.url)] }]
          : []),
      ],
    };
  });
  const more = rest > 0 ? [t.moreCallsInTab(rest)] : [];
  return cardMessage(
    locale,
    [
      heading(title),
      paragraph(summary),
      ...blocks,
      ...more.map((line) => paragraph(line, { isSubtle: true })),
    ],
    [
      title,
      summary,
      ...shown.map(
        (c) =>
          `${data(c.title)}: ${data(c.programme)}, ${t.callDeadline.toLowerCase()} ${c.deadline} (${t.callDaysLeft(c.daysLeft)})`,
      ),
      ...more,
    ],
    [openUrl(t.openCallsInTab, input.tabUrl)],
  );
}
