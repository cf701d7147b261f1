import type { Locale } from '../domain/labels';
import type { RoundPhase } from '../domain/reporting-status';
import type { CommandName } from './commands/parse';

/**
 * Every sentence the bot says, in Swedish and English. Functions take the values they need so the
 * word order can differ between the languages.
 */
export interface BotTexts {
  commandSyntax: Record<CommandName, string>;
  commandPurpose: Record<CommandName, string>;
  helpTitle: string;
  helpIntro: string;
  helpCoordinatorNote: string;
  welcomeTitle: string;
  welcomeBody: (organisation: string) => string;
  openTab: string;
  didNotUnderstand: (word: string) => string;
  didYouMean: (commands: string[]) => string;
  seeHelp: string;
  emptyMessage: string;
  tooLong: (length: number, max: number, example: string) => string;
  futureYear: (year: number, current: number) => string;
  yearOutOfRange: (value: string, min: number, current: number) => string;
  unknownAdministration: (query: string) => string;
  suggestions: (names: string[]) => string;
  knownAdministrations: (names: string[]) => string;
  ambiguousAdministration: (query: string, names: string[]) => string;
  unexpectedArgument: (value: string, example: string) => string;
  reportProgressTitle: (year: number, scope: string) => string;
  reportSteps: [string, string, string, string];
  stepDone: string;
  stepRunning: string;
  stepWaiting: string;
  reportTitle: (year: number, scope: string) => string;
  completenessHeading: string;
  submittedOf: (submitted: number, total: number) => string;
  missingList: (names: string[]) => string;
  openReport: string;
  /** The Word file's name: the date says which generation it is (a new file per day). */
  reportFileName: (year: number, scope: string | undefined, date: string) => string;
  reportLinkUnavailable: string;
  statusTitle: (year: number) => string;
  deadline: (date: string, phase: RoundPhase) => string;
  noRound: (year: number) => string;
  statusSummary: (counts: { submitted: number; returned: number; missing: number }) => string;
  remindRefused: string;
  networkOnly: string;
  remindNothingMissing: (year: number) => string;
  remindSent: (count: number, names: string[]) => string;
  remindWithoutContact: (names: string[]) => string;
  remindFailed: (names: string[]) => string;
  reminderTitle: (year: number) => string;
  reminderBody: (
    administration: string,
    year: number,
    deadline: { date: string; phase: RoundPhase } | undefined,
  ) => string;
  openDraft: string;
  callsUnavailable: (scope: string) => string;
  callsTitle: (scope: string) => string;
  noOpenCalls: (scope: string) => string;
  callsCount: (count: number) => string;
  callProgramme: string;
  callDeadline: string;
  callDaysLeft: (days: number) => string;
  callCoFinancing: string;
  callThemes: string;
  callClosingSoon: string;
  moreCallsInTab: (count: number) => string;
  openCallsInTab: string;
  /** The short title of one call's link button. */
  openCall: string;
  /** A polite refusal when a user asked for reports or reminders too often. */
  rateLimited: (seconds: number) => string;
  noAccess: string;
  somethingWentWrong: (requestId: string | undefined) => string;
  goodExampleTitle: (title: string) => string;
  goodExampleIntro: string;
  goodExampleKindLabel: string;
  goodExamplePeriod: string;
  openGoodExample: string;
  shareForbidden: string;
  shareNotFound: string;
  shareNotGoodExample: string;
  shareBotUnavailable: string;
  shareChannelMissing: string;
  sharePostFailed: string;
}

const listSv = (items: string[]) =>
  new Intl.ListFormat('sv', { type: 'conjunction' }).format(items);
const listEn = (items: string[]) =>
  new Intl.ListFormat('en', { type: 'conjunction' }).format(items);
const orSv = (items: string[]) => new Intl.ListFormat('sv', { type: 'disjunction' }).format(items);
const orEn = (items: string[]) => new Intl.ListFormat('en', { type: 'disjunction' }).format(items);

const sv: BotTexts = {
  commandSyntax: {
    report: 'rapport [år] [förvaltning]',
    status: 'status [år]',
    remind: 'påminn [år]',
    calls: 'utlysningar [förvaltning]',
    help: 'hjälp',
  },
  commandPurpose: {
    report: 'tar fram årsrapporten med nyckeltal och en länk till Word-rapporten',
    status:
      'visar vilka förvaltningar och bolag som har lämnat in, fått tillbaka eller saknar rapport',
    remind: 'påminner kontaktpersonerna som inte har lämnat in (bara samordnaren)',
    calls: 'visar aktuella utlysningar',
    help: 'visar den här hjälpen',
  },
  helpTitle: 'Det här kan jag',
  helpIntro: 'Skriv ett kommando till mig. Utan år gäller det förra året.',
  helpCoordinatorNote: 'Projekt och annat internationellt arbete registrerar du i fliken.',
  welcomeTitle: 'Välkommen till Internationellt arbete',
  welcomeBody: (organisation) =>
    `Jag hjälper ${organisation} att följa upp det internationella arbetet: årsrapporten, vilka som har lämnat in och påminnelser.`,
  openTab: 'Öppna fliken',
  didNotUnderstand: (word) => `Jag förstod inte ”${word}”.`,
  didYouMean: (commands) => `Menade du ${orSv(commands)}?`,
  seeHelp: 'Skriv hjälp för att se vad jag kan.',
  emptyMessage: 'Hej! Skriv hjälp för att se vad jag kan.',
  tooLong: (length, max, example) =>
    `Meddelandet är för långt för att vara ett kommando (${length} tecken, högst ${max}). Skriv till exempel: ${example}.`,
  futureYear: (year, current) => `${year} ligger i framtiden. Välj ett år till och med ${current}.`,
  yearOutOfRange: (value, min, current) =>
    `”${value}” är inget år som det finns uppgifter för. Välj ett år från ${min} till ${current}.`,
  unknownAdministration: (query) =>
    `Jag hittar ingen förvaltning eller bolag som heter ”${query}”.`,
  suggestions: (names) => `Menade du ${orSv(names)}?`,
  knownAdministrations: (names) => `Förvaltningar och bolag: ${listSv(names)}.`,
  ambiguousAdministration: (query, names) =>
    `”${query}” passar flera: ${listSv(names)}. Skriv lite mer av namnet.`,
  unexpectedArgument: (value, example) => `Jag förstår inte ”${value}” här. Exempel: ${example}.`,
  reportProgressTitle: (year, scope) => `Årsrapport ${year} för ${scope} tas fram …`,
  reportSteps: [
    'Hämtar projekt och annat internationellt arbete',
    'Sammanställer nyckeltal och vilka som har lämnat in',
    'Skapar Word-rapporten',
    'Laddar upp rapporten',
  ],
  stepDone: 'klart',
  stepRunning: 'pågår',
  stepWaiting: 'väntar',
  reportTitle: (year, scope) => `Årsrapport ${year}: ${scope}`,
  completenessHeading: 'Inlämnade rapporter',
  submittedOf: (submitted, total) => `${submitted} av ${total} har lämnat in.`,
  missingList: (names) => `Saknas: ${listSv(names)}.`,
  openReport: 'Öppna Word-rapporten',
  reportFileName: (year, scope, date) =>
    `Årsrapport ${year}${scope ? ` – ${scope}` : ''} (skapad ${date}).docx`,
  reportLinkUnavailable:
    'Länken till Word-rapporten är inte tillgänglig: uppladdning av rapporter är inte konfigurerad.',
  statusTitle: (year) => `Årsrapporterna ${year}: status`,
  deadline: (date, phase) =>
    ({
      open: `Sista dag: ${date}`,
      overdue: `Sista dagen var ${date}; sena rapporter tas emot tills omgången stängs`,
      closed: `Sista dag: ${date} (omgången är stängd)`,
    })[phase],
  noRound: (year) => `Ingen rapportomgång är öppnad för ${year}.`,
  statusSummary: ({ submitted, returned, missing }) =>
    `Inlämnade: ${submitted}, återsända: ${returned}, saknas: ${missing}.`,
  remindRefused:
    'Bara den internationella samordnaren kan skicka påminnelser. Hör av dig till samordnaren om någon behöver en påminnelse.',
  networkOnly:
    'Årsrapporter och status visas bara för nätverket för internationella frågor: kontaktpersonerna och samordnaren. Hör av dig till samordnaren om du behöver uppgifterna.',
  remindNothingMissing: (year) =>
    `Alla har lämnat in sin årsrapport för ${year}. Ingen påminnelse behövs.`,
  remindSent: (count, names) =>
    `Påminnelse skickad till ${count} ${count === 1 ? 'kontaktperson' : 'kontaktpersoner'}: ${listSv(names)}.`,
  remindWithoutContact: (names) => `Ingen kontaktperson är registrerad för ${listSv(names)}.`,
  remindFailed: (names) => `Påminnelsen kunde inte skickas till ${listSv(names)}.`,
  reminderTitle: (year) => `Påminnelse: årsrapport ${year}`,
  reminderBody: (administration, year, deadline) =>
    `Årsrapporten ${year} för ${administration} är inte inlämnad ännu.${
      !deadline
        ? ''
        : deadline.phase === 'open'
          ? ` Sista dag är ${deadline.date}.`
          : ` Sista dagen var ${deadline.date}; lämna in den så snart du kan.`
    }`,
  openDraft: 'Öppna utkastet',
  callsUnavailable: (scope) =>
    `Utlysningar för ${scope} finns inte i appen ännu, så jag kan inte visa några. Följ EU-programmens egna sidor tills vidare.`,
  callsTitle: (scope) => `Öppna utlysningar – ${scope}`,
  noOpenCalls: (scope) => `Det finns inga öppna utlysningar för ${scope} just nu.`,
  callsCount: (count) =>
    `${count} ${count === 1 ? 'öppen utlysning' : 'öppna utlysningar'}, den som stänger först överst.`,
  callProgramme: 'Program',
  callDeadline: 'Sista ansökningsdag',
  callDaysLeft: (days) =>
    days === 0 ? 'stänger i dag' : `om ${days} ${days === 1 ? 'dag' : 'dagar'}`,
  callCoFinancing: 'Finansieringsgrad',
  callThemes: 'Teman',
  callClosingSoon: 'Stänger inom 30 dagar',
  moreCallsInTab: (count) => `${count} till finns i fliken.`,
  openCallsInTab: 'Alla utlysningar',
  openCall: 'Öppna utlysningen',
  rateLimited: (seconds) =>
    `Du har bett om det här många gånger på kort tid. Vänta ${seconds} sekunder och försök igen.`,
  noAccess: 'Jag har inte behörighet att läsa de uppgifterna.',
  somethingWentWrong: (requestId) =>
    `Något gick fel när jag hämtade uppgifterna. Försök igen om en stund.${requestId ? ` (Felkod: ${requestId})` : ''}`,
  goodExampleTitle: (title) => `Gott exempel: ${title}`,
  goodExampleIntro: 'Samordnaren delar ett gott exempel från kommunens internationella arbete.',
  goodExampleKindLabel: 'Typ',
  goodExamplePeriod: 'Period',
  openGoodExample: 'Öppna i appen',
  shareForbidden: 'Bara den internationella samordnaren kan dela goda exempel i nätverkets kanal.',
  shareNotFound: 'Posten finns inte (längre).',
  shareNotGoodExample:
    'Posten är inte markerad som gott exempel med en sammanfattning. Markera den först.',
  shareBotUnavailable:
    'Boten kan inte skriva i kanalen ännu: den har inte fått något meddelande från Teams sedan start och ingen BOT_SERVICE_URL är inställd. Skriv något till boten och försök igen.',
  shareChannelMissing:
    'Nätverkets delade kanal finns inte ännu, så det finns ingenstans att dela exemplet.',
  sharePostFailed:
    'Kanalen tog inte emot kortet. Kontrollera att appen är installerad i nätverkets team och försök igen.',
};

const en: BotTexts = {
  commandSyntax: {
    report: 'report [year] [administration]',
    status: 'status [year]',
    remind: 'remind [year]',
    calls: 'calls [administration]',
    help: 'help',
  },
  commandPurpose: {
    report: 'produces the yearly report with key figures and a link to the Word report',
    status:
      'shows which administrations and companies have submitted, been returned or are missing',
    remind: 'reminds the contact persons who have not submitted (coordinator only)',
    calls: 'shows current funding calls',
    help: 'shows this help',
  },
  helpTitle: 'What I can do',
  helpIntro: 'Send me a command. Without a year it means last year.',
  helpCoordinatorNote: 'Record projects and other international work in the tab.',
  welcomeTitle: 'Welcome to International work',
  welcomeBody: (organisation) =>
    `I help ${organisation} follow up its international work: the yearly report, who has submitted, and reminders.`,
  openTab: 'Open the tab',
  didNotUnderstand: (word) => `I did not understand “${word}”.`,
  didYouMean: (commands) => `Did you mean ${orEn(commands)}?`,
  seeHelp: 'Type help to see what I can do.',
  emptyMessage: 'Hello! Type help to see what I can do.',
  tooLong: (length, max, example) =>
    `That message is too long to be a command (${length} characters, at most ${max}). Try, for example: ${example}.`,
  futureYear: (year, current) => `${year} is in the future. Choose a year up to ${current}.`,
  yearOutOfRange: (value, min, current) =>
    `“${value}” is not a year with any records. Choose a year from ${min} to ${current}.`,
  unknownAdministration: (query) => `I cannot find an administration or company called “${query}”.`,
  suggestions: (names) => `Did you mean ${orEn(names)}?`,
  knownAdministrations: (names) => `Administrations and companies: ${listEn(names)}.`,
  ambiguousAdministration: (query, names) =>
    `“${query}” matches several: ${listEn(names)}. Type a little more of the name.`,
  unexpectedArgument: (value, example) =>
    `I do not understand “${value}” here. Example: ${example}.`,
  reportProgressTitle: (year, scope) => `Producing the ${year} yearly report for ${scope} …`,
  reportSteps: [
    'Fetching projects and other international work',
    'Compiling key figures and who has submitted',
    'Creating the Word report',
    'Uploading the report',
  ],
  stepDone: 'done',
  stepRunning: 'running',
  stepWaiting: 'waiting',
  reportTitle: (year, scope) => `Yearly report ${year}: ${scope}`,
  completenessHeading: 'Submitted reports',
  submittedOf: (submitted, total) => `${submitted} of ${total} have submitted.`,
  missingList: (names) => `Missing: ${listEn(names)}.`,
  openReport: 'Open the Word report',
  reportFileName: (year, scope, date) =>
    `Yearly report ${year}${scope ? ` – ${scope}` : ''} (created ${date}).docx`,
  reportLinkUnavailable:
    'The link to the Word report is unavailable: report upload is not configured.',
  statusTitle: (year) => `Yearly reports ${year}: status`,
  deadline: (date, phase) =>
    ({
      open: `Deadline: ${date}`,
      overdue: `The deadline was ${date}; late reports are accepted until the round is closed`,
      closed: `Deadline: ${date} (the round is closed)`,
    })[phase],
  noRound: (year) => `No reporting round has been opened for ${year}.`,
  statusSummary: ({ submitted, returned, missing }) =>
    `Submitted: ${submitted}, returned: ${returned}, missing: ${missing}.`,
  remindRefused:
    'Only the international coordinator can send reminders. Please contact the coordinator if someone needs a reminder.',
  networkOnly:
    'Yearly reports and status are shown only to the international network: the contact persons and the coordinator. Please contact the coordinator if you need the figures.',
  remindNothingMissing: (year) =>
    `Everyone has submitted their ${year} yearly report. No reminder is needed.`,
  remindSent: (count, names) =>
    `Reminder sent to ${count} contact ${count === 1 ? 'person' : 'persons'}: ${listEn(names)}.`,
  remindWithoutContact: (names) => `No contact person is registered for ${listEn(names)}.`,
  remindFailed: (names) => `The reminder could not be sent to ${listEn(names)}.`,
  reminderTitle: (year) => `Reminder: yearly report ${year}`,
  reminderBody: (administration, year, deadline) =>
    `The ${year} yearly report of ${administration} has not been submitted yet.${
      !deadline
        ? ''
        : deadline.phase === 'open'
          ? ` The deadline is ${deadline.date}.`
          : ` The deadline was ${deadline.date}; please hand it in as soon as you can.`
    }`,
  openDraft: 'Open the draft',
  callsUnavailable: (scope) =>
    `Funding calls for ${scope} are not available in the app yet, so I cannot show any. Please follow the EU programmes' own pages for now.`,
  callsTitle: (scope) => `Open funding calls – ${scope}`,
  noOpenCalls: (scope) => `There are no open funding calls for ${scope} right now.`,
  callsCount: (count) =>
    `${count} open ${count === 1 ? 'call' : 'calls'}, the one closing first on top.`,
  callProgramme: 'Programme',
  callDeadline: 'Deadline',
  callDaysLeft: (days) =>
    days === 0 ? 'closes today' : `in ${days} ${days === 1 ? 'day' : 'days'}`,
  callCoFinancing: 'Funding rate',
  callThemes: 'Themes',
  callClosingSoon: 'Closes within 30 days',
  moreCallsInTab: (count) => `${count} more in the tab.`,
  openCallsInTab: 'All funding calls',
  openCall: 'Open the call',
  rateLimited: (seconds) =>
    `You have asked for this many times in a short while. Please wait ${seconds} seconds and try again.`,
  noAccess: 'I am not allowed to read that information.',
  somethingWentWrong: (requestId) =>
    `Something went wrong while fetching the information. Please try again in a while.${requestId ? ` (Error code: ${requestId})` : ''}`,
  goodExampleTitle: (title) => `Good example: ${title}`,
  goodExampleIntro:
    "The coordinator shares a good example from the municipality's international work.",
  goodExampleKindLabel: 'Kind',
  goodExamplePeriod: 'Period',
  openGoodExample: 'Open in the app',
  shareForbidden:
    "Only the international coordinator can share good examples in the network's channel.",
  shareNotFound: 'The record does not exist (any more).',
  shareNotGoodExample: 'The record is not marked as a good example with a summary. Mark it first.',
  shareBotUnavailable:
    'The bot cannot post in the channel yet: it has had no message from Teams since it started and no BOT_SERVICE_URL is set. Write something to the bot and try again.',
  shareChannelMissing:
    "The network's shared channel does not exist yet, so there is nowhere to share the example.",
  sharePostFailed:
    "The channel did not accept the card. Check that the app is installed in the network's team and try again.",
};

/** The bot's texts in the given language. */
export function botTexts(locale: Locale): BotTexts {
  return locale === 'en' ? en : sv;
}
