import { defineFeatureStrings } from '../../i18n/feature-strings';

/**
 * The funding feature's strings, added to the app's i18next instance under `funding.*` so the
 * shell's sv.json/en.json stay the tab engineer's. English mirrors Swedish key for key.
 */
const sv = {
  callsTab: 'Utlysningar',
  callsHeading: 'Öppna utlysningar',
  noCalls: 'Det finns inga öppna utlysningar just nu.',
  closingSoon: 'Stänger inom 30 dagar',
  closes: 'Sista ansökningsdag {{date}}',
  coFinancing: 'Finansieringsgrad {{rate}} %',
  concerns: 'Berör: {{names}}',
  allAdministrations: 'alla förvaltningar och bolag',
  answeringFor: 'Svara för',
  answer: 'Svar: {{status}}',
  noAnswer: 'Inte besvarad',
  reason: 'Varför är utlysningen inte aktuell?',
  saveReason: 'Spara svaret',
  applied: 'Ett planerat projekt har skapats och kopplats till utlysningen.',
  readMore: 'Läs om utlysningen',
  galleryIntro: 'Projekt och aktiviteter som förvaltningarna och bolagen vill sprida.',
  noExamples: 'Inga goda exempel är markerade ännu.',
  initiativesTab: 'Verksamhetsutveckling',
  initiativesIntro:
    'Strategin säger att extern finansiering alltid ska övervägas när verksamheten utvecklas. Registrera utvecklingsinsatser och om finansiering övervägdes.',
  consideredShare:
    'Extern finansiering övervägd i {{considered}} av {{total}} insatser {{year}} ({{share}} %).',
  noInitiatives: 'Inga utvecklingsinsatser är registrerade för {{year}}.',
  newInitiative: 'Ny utvecklingsinsats',
  initiativeTitle: 'Utvecklingsinsats',
  fundingConsidered: 'Extern finansiering övervägdes',
  outcome: 'Utfall',
  outcomeReason: 'Varför passade ingen finansiering?',
  save: 'Spara',
  notConsidered: 'Inte övervägd',
  newCall: 'Ny utlysning',
  editCall: 'Redigera utlysning: {{title}}',
  editCallButton: 'Redigera {{title}}',
  callSaved: 'Utlysningen är sparad.',
  opensOn: 'Öppnar {{date}}',
  addTheme: 'Lägg till tema',
  removeTheme: 'Ta bort temat {{theme}}',
  noneMeansAll: 'Ingen vald: utlysningen kan beröra alla förvaltningar och bolag.',
  groups: { call: 'Utlysning', scope: 'Teman och berörda' },
  share: 'Dela i kanalen',
  shareLabel: 'Dela i kanalen: {{title}}',
  shared: 'Delat i kanalen',
  sharing: 'Delar…',
  shareFailed: 'Kunde inte dela: {{message}}',
  botUnavailable:
    'Boten når inte nätverkets kanal ännu. Lägg först till appen i kanalen (eller vänta tills boten har nåtts) och försök igen.',
};

const en = {
  callsTab: 'Funding calls',
  callsHeading: 'Open funding calls',
  noCalls: 'There are no open funding calls right now.',
  closingSoon: 'Closes within 30 days',
  closes: 'Deadline {{date}}',
  coFinancing: 'Funding rate {{rate}} %',
  concerns: 'Concerns: {{names}}',
  allAdministrations: 'every administration and company',
  answeringFor: 'Answer for',
  answer: 'Answer: {{status}}',
  noAnswer: 'Not answered',
  reason: 'Why is the call not relevant?',
  saveReason: 'Save the answer',
  applied: 'A planned project has been created and linked to the call.',
  readMore: 'Read about the call',
  galleryIntro: 'Projects and activities the administrations and companies want to spread.',
  noExamples: 'No good examples have been marked yet.',
  initiativesTab: 'Development initiatives',
  initiativesIntro:
    'The strategy says external funding should always be considered when developing the organisation. Record development initiatives and whether funding was considered.',
  consideredShare:
    'External funding considered in {{considered}} of {{total}} initiatives in {{year}} ({{share}} %).',
  noInitiatives: 'No development initiatives are recorded for {{year}}.',
  newInitiative: 'New development initiative',
  initiativeTitle: 'Development initiative',
  fundingConsidered: 'External funding was considered',
  outcome: 'Outcome',
  outcomeReason: 'Why was no funding suitable?',
  save: 'Save',
  notConsidered: 'Not considered',
  newCall: 'New funding call',
  editCall: 'Edit funding call: {{title}}',
  editCallButton: 'Edit {{title}}',
  callSaved: 'The funding call is saved.',
  opensOn: 'Opens {{date}}',
  addTheme: 'Add theme',
  removeTheme: 'Remove the theme {{theme}}',
  noneMeansAll: 'None chosen: the call may concern every administration and company.',
  groups: { call: 'Funding call', scope: 'Themes and who it concerns' },
  share: 'Share in the channel',
  shareLabel: 'Share in the channel: {{title}}',
  shared: 'Shared in the channel',
  sharing: 'Sharing…',
  shareFailed: 'Could not share: {{message}}',
  botUnavailable:
    'The bot cannot reach the network channel yet. Add the app to the channel first (or wait until the bot has been reached) and try again.',
};

/** The strings of this feature, registered the one way every feature's are. */
export const fundingStrings = defineFeatureStrings('funding', sv, en);

/** This feature's `t`. */
export const useFundingTranslation = fundingStrings.useStrings;
