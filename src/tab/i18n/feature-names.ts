import { label, type Locale } from '../../domain/labels';
import { nav as svNav } from './sv.json';
import { nav as enNav } from './en.json';

/** The features that have a name in the shell's strings (`nav.*`). */
type ShellNamed = keyof typeof svNav;

/** A feature whose content is a section of the yearly report is named by that section's label. */
const sectionNamed = {
  activities: 'otherWork',
  funding: 'externalFunding',
  dashboard: 'keyFigures',
} as const;
type SectionNamed = keyof typeof sectionNamed;

const shellNames: Record<Locale, Record<ShellNamed, string>> = { sv: svNav, en: enNav };

/**
 * A feature's name in the navigation, the configurable tab's choices and a feature's heading. The
 * other international work, external funding and key figures are the report's section names in
 * the domain, so a feature and the report never word them differently.
 */
export function featureName(locale: Locale, id: ShellNamed | SectionNamed): string {
  return id in sectionNamed
    ? label(locale, 'reportSection', sectionNamed[id as SectionNamed])
    : shellNames[locale][id as ShellNamed];
}
