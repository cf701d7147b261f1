import type { CallResponseStatus, FundingOutcome } from '../funding';
import type { Locale } from './locale';

/** The funding codes (src/domain/funding.ts), keyed by the code's type. */
export interface FundingGroups {
  callResponseStatus: CallResponseStatus;
  fundingOutcome: FundingOutcome;
}

/** An administration's answer to a funding call, and an initiative's funding outcome. */
export const fundingLabels: Record<
  Locale,
  { [G in keyof FundingGroups]: Record<FundingGroups[G], string> }
> = {
  sv: {
    callResponseStatus: {
      looking: 'Vi tittar på den',
      'not-relevant': 'Inte aktuell',
      applying: 'Vi söker',
    },
    fundingOutcome: {
      applied: 'Ansökan gjord',
      'not-suitable': 'Ingen lämplig finansiering',
      'no-call-found': 'Ingen utlysning hittades',
    },
  },
  en: {
    callResponseStatus: {
      looking: 'We are looking at it',
      'not-relevant': 'Not relevant',
      applying: 'We apply',
    },
    fundingOutcome: {
      applied: 'Applied',
      'not-suitable': 'No suitable funding',
      'no-call-found': 'No call found',
    },
  },
};
