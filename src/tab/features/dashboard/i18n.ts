import { defineFeatureStrings } from '../../i18n/feature-strings';

/** The dashboard's strings; English mirrors Swedish key for key. */
const sv = {
  intro: 'Siffrorna räknas med årsrapportens regler från de register du kan läsa.',
  year: 'År för siffrorna per förvaltning',
  summary: 'Året {{year}} i korthet',
  goodExamples: 'Goda exempel under året',
  consideredOf: 'Extern finansiering övervägd i {{considered}} av {{total}} utvecklingsinsatser',
  loading: 'Laddar siffrorna…',
  showTable: 'Visa som tabell',
  chartFailed: 'Diagrammet kunde inte visas; tabellen visar samma siffror.',
  category: 'Kategori',
  charts: {
    funding: 'Beviljad extern finansiering per år och program (kr)',
    perAdministration: 'Pågående projekt per förvaltning och bolag {{year}}',
    successRate: '{{metric}} per år (%)',
    travel: 'Flygresor per år: klimatkompenserade och inte',
    climate: '{{metric}} per år',
    fundingConsidered: '{{metric}} per förvaltning och bolag {{year}} (%)',
  },
  series: {
    compensated: 'Klimatkompenserade',
    notCompensated: 'Inte klimatkompenserade',
    co2e: 'kg CO2e',
  },
  empty: 'Inga siffror ännu.',
  money: {
    converted: 'Belopp i annan valuta är omräknade till kronor med årets kurser: {{rates}}.',
    missing: '{{year}}: {{amounts}} saknar växelkurs och ingår inte i staplarna.',
  },
};

const en = {
  intro: "Figures are counted with the yearly report's rules from the records you can read.",
  year: 'Year of the figures per administration',
  summary: '{{year}} at a glance',
  goodExamples: 'Good examples during the year',
  consideredOf:
    'External funding considered in {{considered}} of {{total}} development initiatives',
  loading: 'Loading the figures…',
  showTable: 'Show as table',
  chartFailed: 'The chart could not be shown; the table has the same figures.',
  category: 'Category',
  charts: {
    funding: 'External funding granted per year and programme (SEK)',
    perAdministration: 'Ongoing projects per administration and company {{year}}',
    successRate: '{{metric}} per year (%)',
    travel: 'Flights per year: climate-compensated and not',
    climate: '{{metric}} per year',
    fundingConsidered: '{{metric}} per administration and company {{year}} (%)',
  },
  series: {
    compensated: 'Climate-compensated',
    notCompensated: 'Not climate-compensated',
    co2e: 'kg CO2e',
  },
  empty: 'No figures yet.',
  money: {
    converted: "Amounts in other currencies are converted to SEK with the year's rates: {{rates}}.",
    missing: '{{year}}: {{amounts}} has no exchange rate and is not included in the bars.',
  },
};

/** The strings of this feature, registered the one way every feature's are. */
export const dashboardStrings = defineFeatureStrings('dashboard', sv, en);

/** This feature's `t`. */
export const useDashboardTranslation = dashboardStrings.useStrings;
