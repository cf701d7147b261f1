import type { Locale } from './locale';

/**
 * Headings of the yearly report's sections (issue 5), shared by the Word/Excel report, the tab
 * and the bot.
 */
export const reportSectionCodes = [
  'euProjects',
  'otherProjects',
  'ongoing',
  'finished',
  'applications',
  'otherWork',
  'results',
  'keyFigures',
  'completeness',
  'perAdministration',
  'goodExamples',
  'externalFunding',
  'fundingConsidered',
] as const;
export type ReportSectionCode = (typeof reportSectionCodes)[number];

/** What a report or a figure covers: the whole municipality (or one administration, by name). */
export type ReportScopeCode = 'whole';

/** The groups this module labels, keyed by the code's type. */
export interface SectionGroups {
  reportSection: ReportSectionCode;
  reportScope: ReportScopeCode;
}

/** The headings of the report's sections and the name of its scope. */
export const sectionLabels: Record<
  Locale,
  { [G in keyof SectionGroups]: Record<SectionGroups[G], string> }
> = {
  sv: {
    reportSection: {
      euProjects: 'EU-projekt',
      otherProjects: 'Andra internationella projekt',
      ongoing: 'Pågående',
      finished: 'Avslutade under året',
      applications: 'Inlämnade ansökningar',
      otherWork: 'Övrigt internationellt arbete',
      results: 'Resultat',
      keyFigures: 'Nyckeltal',
      completeness: 'Inrapportering',
      perAdministration: 'Per förvaltning och bolag',
      goodExamples: 'Goda exempel',
      externalFunding: 'Extern finansiering',
      fundingConsidered: 'Extern finansiering övervägd',
    },
    reportScope: { whole: 'Hela kommunen' },
  },
  en: {
    reportSection: {
      euProjects: 'EU projects',
      otherProjects: 'Other international projects',
      ongoing: 'Ongoing',
      finished: 'Finished during the year',
      applications: 'Applications submitted',
      otherWork: 'Other international work',
      results: 'Results',
      keyFigures: 'Key figures',
      completeness: 'Reporting status',
      perAdministration: 'Per administration and company',
      goodExamples: 'Good examples',
      externalFunding: 'External funding',
      fundingConsidered: 'External funding considered',
    },
    reportScope: { whole: 'The whole municipality' },
  },
};
