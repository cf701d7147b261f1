import { defineFeatureStrings } from '../../i18n/feature-strings';

/** The follow-up's strings; English mirrors Swedish key for key. */
const sv = {
  heading: 'Uppföljning per mandatperiod',
  intro:
    'Kommunstyrelsen följer upp den internationella strategin minst en gång per mandatperiod. Här står periodens fyra år sida vid sida, med samma siffror som årsrapporterna.',
  period: 'Mandatperiod',
  loading: 'Laddar uppföljningen…',
  metric: 'Mått',
  ongoingYear: '{{year}} (pågår)',
  change: 'Förändring',
  trend: 'Trend',
  direction: { up: '↑ Ökar', down: '↓ Minskar', flat: '→ Oförändrad', unknown: '– Okänd' },
  export: 'Exportera till Word',
  exporting: 'Skapar Word-dokumentet…',
  exported: '{{name}} är nedladdad.',
  fileName: 'Uppföljning {{label}}.docx',
};

const en = {
  heading: 'Follow-up per mandate period',
  intro:
    'The executive board follows up the international strategy at least once per mandate period. Here the four years of the period stand side by side, with the same figures as the yearly reports.',
  period: 'Mandate period',
  loading: 'Loading the follow-up…',
  metric: 'Measure',
  ongoingYear: '{{year}} (ongoing)',
  change: 'Change',
  trend: 'Trend',
  direction: { up: '↑ Up', down: '↓ Down', flat: '→ Flat', unknown: '– Unknown' },
  export: 'Export to Word',
  exporting: 'Creating the Word document…',
  exported: '{{name}} was downloaded.',
  fileName: 'Follow-up {{label}}.docx',
};

/** The strings of this feature, registered the one way every feature's are. */
export const followUpStrings = defineFeatureStrings('follow-up', sv, en);

/** This feature's `t`. */
export const useFollowUpTranslation = followUpStrings.useStrings;
