import { useTranslation } from 'react-i18next';

/** The reporting feature's strings; English mirrors Swedish key for key. */
const sv = {
  title: 'Årsrapport',
  year: 'År',
  loading: 'Laddar årsrapporten…',
  noNetwork:
    'Årsrapporterna finns i nätverkets webbplats. Du behöver vara med i nätverket för internationella kontaktpersoner för att se dem.',
  round: {
    heading: 'Rapporteringsomgång {{year}}',
    none: 'Samordnaren har inte öppnat rapporteringen för {{year}} ännu.',
    open: 'Öppen, senast {{deadline}}',
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
    frozenFigures: 'Siffror fryste vid inlämning {{when}}',
    otherWork: 'Övrigt internationellt arbete under året',
    otherWorkHint: 'Konferenser, nätverk, studiebesök, delegationer, kompetensutveckling…',
    results: 'Resultat av det internationella arbetet',
    save: 'Spara utkast',
    saved: 'Utkastet är sparat.',
    submit: 'Lämna in',
    submitted: 'Rapporten är inlämnad och fryst.',
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
      'Hela kommunens rapport byggs från de inlämnade rapporterna (frysta) och registren för dem som inte lämnat in.',
    word: 'Skapa Word-rapport',
    excel: 'Skapa Excel-fil',
    progress: 'Skapar rapporten',
    steps: {
      load: 'Hämtar register och inlämningar…',
      build: 'Räknar fram rapporten…',
      render: 'Skriver dokumentet…',
      upload: 'Laddar upp till nätverkets kanal…',
      done: 'Klar',
    },
    uploadedChannel: 'Uppladdad till nätverkets delade kanal: {{path}}',
    uploadedSite:
      'Nätverket har ingen Team-kanal ännu, så rapporten är uppladdad till nätverkets webbplats: {{path}}',
    open: 'Öppna {{name}}',
    download: 'Ladda ned {{name}}',
  },
};

const en: typeof sv = {
  title: 'Yearly report',
  year: 'Year',
  loading: 'Loading the yearly report…',
  noNetwork:
    'The yearly reports live on the network site. You need to be in the network of international contact persons to see them.',
  round: {
    heading: 'Reporting round {{year}}',
    none: 'The coordinator has not opened reporting for {{year}} yet.',
    open: 'Open, due {{deadline}}',
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
    frozenFigures: 'Figures frozen at submission {{when}}',
    otherWork: 'Other international work during the year',
    otherWorkHint: 'Conferences, networks, study visits, delegations, competence development…',
    results: 'Results of the international work',
    save: 'Save draft',
    saved: 'The draft is saved.',
    submit: 'Submit',
    submitted: 'The report is submitted and frozen.',
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
      "The municipality's report is built from the submitted (frozen) reports and from the records of those that have not submitted.",
    word: 'Create Word report',
    excel: 'Create Excel file',
    progress: 'Creating the report',
    steps: {
      load: 'Loading records and submissions…',
      build: 'Computing the report…',
      render: 'Writing the document…',
      upload: "Uploading to the network's channel…",
      done: 'Done',
    },
    uploadedChannel: "Uploaded to the network's shared channel: {{path}}",
    uploadedSite:
      "The network has no Teams channel yet, so the report was uploaded to the network's site: {{path}}",
    open: 'Open {{name}}',
    download: 'Download {{name}}',
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
