import { defineFeatureStrings } from '../../i18n/feature-strings';

/**
 * The network feature's own strings, added to the app's i18next instance as a resource bundle
 * under `network.*` so the shell's sv.json/en.json stay the tab engineer's. English mirrors
 * Swedish key for key (a unit test pins it).
 */
const sv = {
  heading: 'Nätverket',
  sharedChannel: 'Delad kanal',
  administrations: 'Förvaltningar och bolag',
  contact: 'Kontaktperson',
  deputy: 'Ersättare',
  status: 'Rapport {{year}}',
  noContact: 'Kontaktperson saknas',
  withoutContact_one: '{{count}} förvaltning eller bolag saknar kontaktperson: {{names}}',
  withoutContact_other: '{{count}} förvaltningar eller bolag saknar kontaktperson: {{names}}',
  editContact: 'Redigera kontaktperson för {{name}}',
  appoint: 'Utse kontaktperson för {{name}}',
  appointShort: 'Utse',
  memberships: 'Internationella nätverk',
  noMemberships: 'Kommunen är inte registrerad som medlem i något nätverk.',
  addMembership: 'Lägg till nätverk',
  editMembership: 'Redigera {{name}}',
  newMembership: 'Nytt nätverk',
  deadlines: 'Kommande deadlines',
  noDeadlines: 'Inga kommande deadlines.',
  deadline: 'Årsrapport {{year}}: senast {{date}}',
  saved: 'Sparat.',
  sync: 'Synkronisera kanalmedlemmar',
  syncHeading: 'Medlemmar i den delade kanalen',
  syncPlanning: 'Jämför registret med kanalen…',
  toAdd: 'Läggs till ({{count}})',
  toRemove: 'Är inte längre kontaktpersoner ({{count}})',
  nothingToDo: 'Kanalen stämmer med registret. Inget att ändra.',
  apply: 'Lägg till saknade',
  applyWithRemoval: 'Lägg till och ta bort',
  confirmTitle: 'Ta bort medlemmar ur kanalen?',
  confirmBody:
    'Följande tas bort ur den delade kanalen eftersom de inte längre är kontaktpersoner eller ersättare:',
  confirmRemove: 'Ta bort',
  resultTitle: 'Synkroniseringen är klar',
  result: '{{added}} tillagda, {{removed}} borttagna, {{unchanged}} oförändrade.',
  failedTitle: 'Kunde inte läggas till',
  removeFailedTitle: 'Kunde inte tas bort',
  failure: '{{name}} ({{upn}}): {{reason}}',
};

const en = {
  heading: 'The network',
  sharedChannel: 'Shared channel',
  administrations: 'Administrations and companies',
  contact: 'Contact person',
  deputy: 'Deputy',
  status: 'Report {{year}}',
  noContact: 'No contact person',
  withoutContact_one: '{{count}} administration or company has no contact person: {{names}}',
  withoutContact_other: '{{count}} administrations or companies have no contact person: {{names}}',
  editContact: 'Edit contact person of {{name}}',
  appoint: 'Appoint a contact person for {{name}}',
  appointShort: 'Appoint',
  memberships: 'International networks',
  noMemberships: 'The municipality is not registered as a member of any network.',
  addMembership: 'Add network',
  editMembership: 'Edit {{name}}',
  newMembership: 'New network',
  deadlines: 'Upcoming deadlines',
  noDeadlines: 'No upcoming deadlines.',
  deadline: 'Yearly report {{year}}: due {{date}}',
  saved: 'Saved.',
  sync: 'Sync channel members',
  syncHeading: 'Members of the shared channel',
  syncPlanning: 'Comparing the registry with the channel…',
  toAdd: 'To add ({{count}})',
  toRemove: 'No longer contact persons ({{count}})',
  nothingToDo: 'The channel matches the registry. Nothing to change.',
  apply: 'Add missing',
  applyWithRemoval: 'Add and remove',
  confirmTitle: 'Remove members from the channel?',
  confirmBody:
    'These will be removed from the shared channel because they are no longer contact persons or deputies:',
  confirmRemove: 'Remove',
  resultTitle: 'Sync finished',
  result: '{{added}} added, {{removed}} removed, {{unchanged}} unchanged.',
  failedTitle: 'Could not be added',
  removeFailedTitle: 'Could not be removed',
  failure: '{{name}} ({{upn}}): {{reason}}',
};

/** The strings of this feature, registered the one way every feature's are. */
export const networkStrings = defineFeatureStrings('network', sv, en);

/** This feature's `t`. */
export const useNetworkTranslation = networkStrings.useStrings;
