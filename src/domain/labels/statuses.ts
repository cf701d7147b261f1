import type { ReviewDecisionKind, SubmissionStatus } from '../records';
import type { Locale } from './locale';

/**
 * An administration's reporting status for the year, derived by `reportingStatusOf`
 * (src/domain/reporting-status.ts): `missing` without a submission, `changed` when the approved
 * report was edited afterwards.
 */
export const completenessStatuses = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'changed',
  'missing',
] as const satisfies readonly (SubmissionStatus | ReviewDecisionKind | 'changed' | 'missing')[];
export type CompletenessStatus = (typeof completenessStatuses)[number];

/** The status groups, keyed by the code's type. */
export interface StatusGroups {
  submissionStatus: SubmissionStatus;
  completenessStatus: CompletenessStatus;
}

/**
 * The one wording of every status: the tab, the bot, the Word/Excel report and the reminders
 * name a status by these labels.
 */
export const statusLabels: Record<
  Locale,
  { [G in keyof StatusGroups]: Record<StatusGroups[G], string> }
> = {
  sv: {
    submissionStatus: {
      draft: 'Utkast',
      submitted: 'Inlämnad',
    },
    completenessStatus: {
      draft: 'Utkast',
      submitted: 'Inlämnad',
      returned: 'Återsänd',
      approved: 'Godkänd',
      changed: 'Ändrad efter godkännande',
      missing: 'Saknas',
    },
  },
  en: {
    submissionStatus: {
      draft: 'Draft',
      submitted: 'Submitted',
    },
    completenessStatus: {
      draft: 'Draft',
      submitted: 'Submitted',
      returned: 'Returned',
      approved: 'Approved',
      changed: 'Changed since approval',
      missing: 'Missing',
    },
  },
};
