import { useTranslation } from 'react-i18next';

/** The reporting feature's strings; English mirrors Swedish key for key. */
const sv = {
  title: 'Årsrapport',
  year: 'År',
  loading: 'Laddar årsrapporten…',
  noNetwork:
    'Årsrapporterna finns på nätverkets webbplats och läses av nätverket för internationella frågor och kommunstyrelsens läsare. Be samordnaren om åtkomst.',
  round: {
    heading: 'Rapporteringsomgång {{year}}',
    none: 'Samordnaren har inte öppnat rapporteringen för {{year}} ännu.',
    open: 'Öppen, sista dag {{deadline}}',
    overdue:
      'Sista dagen var {{deadline}} och tiden för inlämning har gått ut. Sena rapporter tas emot tills samordnaren stänger omgången.',
    closed: 'Stängd (sista dag var {{deadline}})',
    deadline: 'Sista dag för inlämning',
    openButton: 'Öppna rapporteringen',
    closeButton: 'Stäng omgången',
    reopenButton: 'Öppna igen',
    opened: 'Rapporteringen för {{year}} är öppen.',
  },
  mine: {
    heading: 'Årsrapport för {{name}}',
    none: 'Du är inte kontaktperson för någon förvaltning eller något bolag.',
    figures: 'Siffror för {{year}} (direkt från registren)',
    frozenFigures: 'Siffrorna låstes vid inlämningen {{when}}',
    otherWork: 'Övrigt internationellt arbete under året',
    otherWorkHint: 'Konferenser, nätverk, studiebesök, delegationer, kompetensutveckling…',
    results: 'Resultat av det internationella arbetet',
    save: 'Spara utkast',
    saved: 'Utkastet är sparat.',
    submit: 'Lämna in',
    submitted: 'Rapporten är inlämnad och siffrorna är låsta.',
    restored: 'Din osparade text från förra gången är återställd.',
    returnedTitle: 'Rapporten är återsänd',
    approvedTitle: 'Rapporten är godkänd',
    changedTitle: 'Rapporten är ändrad efter godkännandet och granskas igen',
    refusedTitle: 'Du kan inte spara den här rapporten',
    refused:
      'Bara medlemmar i gruppen för {{name}} (dess kontaktpersoner och personal) får skriva dess årsrapport. Din text finns kvar här och sparas i webbläsaren. Be förvaltningens kontaktperson eller samordnaren lägga till dig i gruppen, eller be en medlem spara texten.',
    open: 'Öppna',
    openFor: 'Öppna årsrapporten för {{name}}',
    close: 'Stäng',
    commentBy: 'Kommentar från {{who}}: {{comment}}',
    noComment: 'Ingen kommentar.',
    conflict: 'Någon annan har ändrat rapporten medan du skrev.',
    conflictBody:
      'Din text finns kvar i fälten. Välj om du vill spara den över den nya versionen eller använda den nya.',
    keepMine: 'Spara min text',
    takeTheirs: 'Använd den nya versionen',
    changesTitle: 'Ändringar i registren sedan inlämningen',
    noChanges: 'Inga ändringar sedan inlämningen.',
    changesCount_one: '{{count}} ändring sedan inlämningen',
    changesCount_other: '{{count}} ändringar sedan inlämningen',
    change: { added: 'Tillagd', removed: 'Borttagen', changed: 'Ändrad' },
    what: 'Vad',
    kind: 'Ändring',
    before: 'Vid inlämning',
    after: 'Nu',
  },
  completeness: {
    heading: 'Inlämning {{year}}',
    summary: '{{submitted}} av {{total}} inlämnade',
    administration: 'Förvaltning/bolag',
    status: 'Status',
    submittedBy: 'Inlämnad av',
    submittedAt: 'Inlämnad',
    actions: 'Åtgärder',
    approve: 'Godkänn',
    return: 'Skicka tillbaka',
    returnFor: 'Skicka tillbaka årsrapporten för {{name}}',
    comment: 'Kommentar till kontaktpersonen',
    confirmReturn: 'Skicka tillbaka',
    cancel: 'Avbryt',
    approved: '{{name}} är godkänd.',
    returned: '{{name}} är återsänd.',
  },
  municipality: {
    heading: 'Kommunens årsrapport {{year}}',
    intro:
      'Hela kommunens rapport byggs av de inlämnade rapporterna (med siffrorna från inlämningen) och av registren för dem som inte lämnat in.',
    word: 'Skapa Word-rapport',
    excel: 'Skapa Excel-fil',
    progress: 'Skapar rapporten',
    steps: {
      load: 'Hämtar register och inlämningar…',
      build: 'Räknar fram rapporten…',
      render: 'Skriver dokumentet…',
      upload: 'Publicerar i nätverkets webbplats…',
      done: 'Klar',
    },
    uploaded:
      'Publicerad i nätverkets webbplats, där nätverket och kommunstyrelsens läsare hittar den: {{path}}',
    open: 'Öppna {{name}}',
    download: 'Ladda ned {{name}}',
  },
  published: {
    heading: 'Publicerade årsrapporter',
    intro:
      'Kommunens årsrapporter som samordnaren har publicerat. Öppna en rapport för att läsa den.',
    loading: 'Hämtar de publicerade årsrapporterna…',
    none: 'Inga årsrapporter är publicerade ännu.',
    noAccess:
      'De publicerade årsrapporterna kan läsas av nätverket och av kommunstyrelsens läsare. Be samordnaren om åtkomst.',
    name: 'Fil',
    year: 'År',
    language: 'Språk',
    date: 'Publicerad',
    open: 'Öppna',
    openFor: 'Öppna {{name}}',
    languages: { sv: 'Svenska', en: 'Engelska', other: '{{code}}' },
  },
};

const en: typeof sv = {
  title: 'Yearly report',
  year: 'Year',
  loading: 'Loading the yearly report…',
  noNetwork:
    "The yearly reports live on the network's site and are read by the network for international affairs and the executive board's readers. Ask the coordinator for access.",
  round: {
    heading: 'Reporting round {{year}}',
    none: 'The coordinator has not opened reporting for {{year}} yet.',
    open: 'Open, due {{deadline}}',
    overdue:
      'The deadline was {{deadline}} and the time for handing in is over. Late reports are accepted until the coordinator closes the round.',
    closed: 'Closed (the deadline was {{deadline}})',
    deadline: 'Deadline',
    openButton: 'Open reporting',
    closeButton: 'Close the round',
    reopenButton: 'Reopen',
    opened: 'Reporting for {{year}} is open.',
  },
  mine: {
    heading: 'Yearly report of {{name}}',
    none: 'You are not the contact person of any administration or company.',
    figures: 'Figures for {{year}} (live from the records)',
    frozenFigures: 'Figures locked when submitted {{when}}',
    otherWork: 'Other international work during the year',
    otherWorkHint: 'Conferences, networks, study visits, delegations, competence development…',
    results: 'Results of the international work',
    save: 'Save draft',
    saved: 'The draft is saved.',
    submit: 'Submit',
    submitted: 'The report is submitted and its figures are locked.',
    restored: 'Your unsaved text from last time has been restored.',
    returnedTitle: 'The report was returned',
    approvedTitle: 'The report is approved',
    changedTitle: 'The report was changed after approval and is reviewed again',
    refusedTitle: 'You cannot save this report',
    refused:
      'Only members of the group of {{name}} (its contact persons and staff) may write its yearly report. Your text is kept here and in the browser. Ask the contact person or the coordinator to add you to the group, or ask a member to save the text.',
    open: 'Open',
    openFor: 'Open the yearly report of {{name}}',
    close: 'Close',
    commentBy: 'Comment from {{who}}: {{comment}}',
    noComment: 'No comment.',
    conflict: 'Someone else changed the report while you were writing.',
    conflictBody:
      'Your text is still in the fields. Choose whether to save it over the new version or use the new one.',
    keepMine: 'Save my text',
    takeTheirs: 'Use the new version',
    changesTitle: 'Changes in the records since submission',
    noChanges: 'No changes since submission.',
    changesCount_one: '{{count}} change since submission',
    changesCount_other: '{{count}} changes since submission',
    change: { added: 'Added', removed: 'Removed', changed: 'Changed' },
    what: 'What',
    kind: 'Change',
    before: 'At submission',
    after: 'Now',
  },
  completeness: {
    heading: 'Submissions {{year}}',
    summary: '{{submitted}} of {{total}} submitted',
    administration: 'Administration/company',
    status: 'Status',
    submittedBy: 'Submitted by',
    submittedAt: 'Submitted',
    actions: 'Actions',
    approve: 'Approve',
    return: 'Return',
    returnFor: 'Return the yearly report of {{name}}',
    comment: 'Comment to the contact person',
    confirmReturn: 'Return',
    cancel: 'Cancel',
    approved: '{{name}} is approved.',
    returned: '{{name}} was returned.',
  },
  municipality: {
    heading: "The municipality's yearly report {{year}}",
    intro:
      "The municipality's report is built from the submitted reports (with their figures as submitted) and from the records of those that have not submitted.",
    word: 'Create Word report',
    excel: 'Create Excel file',
    progress: 'Creating the report',
    steps: {
      load: 'Loading records and submissions…',
      build: 'Computing the report…',
      render: 'Writing the document…',
      upload: "Publishing on the network's site…",
      done: 'Done',
    },
    uploaded:
      "Published on the network's site, where the network and the executive board's readers find it: {{path}}",
    open: 'Open {{name}}',
    download: 'Download {{name}}',
  },
  published: {
    heading: 'Published yearly reports',
    intro:
      "The municipality's yearly reports as the coordinator published them. Open one to read it.",
    loading: 'Loading the published yearly reports…',
    none: 'No yearly report has been published yet.',
    noAccess:
      "The published yearly reports are read by the network and the executive board's readers. Ask the coordinator for access.",
    name: 'File',
    year: 'Year',
    language: 'Language',
    date: 'Published',
    open: 'Open',
    openFor: 'Open {{name}}',
    languages: { sv: 'Swedish', en: 'English', other: '{{code}}' },
  },
};

const namespace = 'reporting';

/** The reporting feature's `t`, registering its strings on the app's i18n instance once. */
export function useReportingTranslation() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('sv', namespace)) {
    i18n.addResourceBundle('sv', namespace, sv);
    i18n.addResourceBundle('en', namespace, en);
  }
  return useTranslation(namespace);
}
