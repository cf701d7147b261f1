import { fundingLabels, type FundingGroups } from './funding';
import { keyFigureLabels, type KeyFigureGroups } from './key-figures';
import type { Locale } from './locale';
import { messageLabels, type MessageGroups } from './messages';
import { recordEnumLabels, type RecordEnumGroups } from './record-enums';
import { sectionLabels, type SectionGroups } from './sections';
import { statusLabels, type StatusGroups } from './statuses';

/** Every group of codes with a label, keyed by the code's type so the compiler catches a gap. */
export interface LabelGroups
  extends
    RecordEnumGroups,
    StatusGroups,
    MessageGroups,
    SectionGroups,
    KeyFigureGroups,
    FundingGroups {}
export type LabelGroup = keyof LabelGroups;
type GroupTable = { [G in LabelGroup]: Record<LabelGroups[G], string> };

const tables: Record<Locale, GroupTable> = {
  sv: {
    ...recordEnumLabels.sv,
    ...statusLabels.sv,
    ...messageLabels.sv,
    ...sectionLabels.sv,
    ...keyFigureLabels.sv,
    ...fundingLabels.sv,
  },
  en: {
    ...recordEnumLabels.en,
    ...statusLabels.en,
    ...messageLabels.en,
    ...sectionLabels.en,
    ...keyFigureLabels.en,
    ...fundingLabels.en,
  },
};

/**
 * The label of a code in the user's language, e.g. `label('sv', 'programme', 'erdf')` is
 * "Regionalfonden", `label('en', 'keyFigure', 'successRate')` "Share of decided applications
 * granted". An unknown code (data written by a newer version) is returned as is rather than
 * hidden.
 */
export function label<G extends LabelGroup>(
  locale: Locale,
  group: G,
  code: LabelGroups[G],
): string {
  const table: Record<string, string> = tables[locale][group];
  return table[code] ?? code;
}

/** All codes of a label group, in the order the labels are declared (used by pickers). */
export function labelCodes<G extends LabelGroup>(group: G): LabelGroups[G][] {
  return Object.keys(tables.sv[group]) as LabelGroups[G][];
}
