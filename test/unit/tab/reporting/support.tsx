import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { I18nextProvider } from 'react-i18next';
import { defaultOrganisation } from '../../../../src/domain/organisation';
import {
  reportingRoundSchema,
  submissionSchema,
  type ReportingRound,
  type ReviewDecision,
  type ReviewDecisionInput,
  type Submission,
} from '../../../../src/domain/records';
import { createI18n } from '../../../../src/tab/i18n';
import { DataProvider } from '../../../../src/tab/data/DataContext';
import type { DataAccess } from '../../../../src/tab/data/data-access';
import {
  ReportingProvider,
  type PublishedReportFile,
  type ReportFile,
  type ReportingAccess,
  type ReportingRoundInput,
  type SubmissionInput,
} from '../../../../src/tab/data/reporting-access';
import { GraphError } from '../../../../src/graph/errors';
import { memoryRepository } from '../support';

export const coordinatorUpn = 'samordnare@vaxjo.example';
export const contactUpn = 'kontakt.utbildning@vaxjo.example';

/** A schema-valid submission with overrides. */
export function aSubmission(overrides: Partial<SubmissionInput> = {}): Submission {
  return submissionSchema.parse({ administrationId: 'utbildning', year: 2025, ...overrides });
}

/** A schema-valid reporting round with overrides. */
export function aRound(overrides: Partial<ReportingRoundInput> = {}): ReportingRound {
  return reportingRoundSchema.parse({ year: 2025, deadline: '2026-02-15', ...overrides });
}

/**
 * An in-memory ReportingAccess behaving like the Graph one: eTags from the store and 412 as
 * `ConflictError`; published files are kept in `published`.
 */
export function memoryReporting(
  options: {
    user?: string;
    coordinator?: boolean;
    rounds?: ReportingRound[];
    submissions?: Submission[];
    decisions?: ReviewDecision[];
    /** Reports already in the network site's library (the list readers see). */
    publishedFiles?: PublishedReportFile[];
    /** Display names by lower-cased UPN, as the directory answers. */
    names?: Record<string, string>;
    /** The store refuses the user's submission writes with 403 (not a member of the group). */
    refuseSubmissions?: boolean;
  } = {},
) {
  const rounds = memoryRepository<ReportingRound, ReportingRoundInput>(options.rounds ?? []);
  const submissions = memoryRepository<Submission, SubmissionInput>(options.submissions ?? []);
  const decisions = memoryRepository<ReviewDecision, ReviewDecisionInput>(options.decisions ?? []);
  const published: ReportFile[] = [];
  const save = <T, I>(
    repo: typeof rounds | typeof submissions,
    input: I,
    existing?: { id?: string | undefined; etag?: string | undefined },
  ) =>
    (existing?.id && existing.etag
      ? repo.update(existing.id, input as never, existing.etag)
      : repo.create(input as never)) as Promise<T>;
  const reporting: ReportingAccess = {
    organisation: defaultOrganisation,
    user: options.user ?? contactUpn,
    isCoordinator: async () => options.coordinator ?? false,
    rounds: async () => [...rounds.items.values()],
    saveRound: (input, existing) =>
      save<ReportingRound, ReportingRoundInput>(rounds, input, existing),
    reporting: async () => ({
      submissions: [...submissions.items.values()],
      decisions: [...decisions.items.values()],
    }),
    saveSubmission: async (input, existing) => {
      if (options.refuseSubmissions) {
        throw new GraphError({ status: 403, code: 'accessDenied', message: 'Access denied' });
      }
      // SharePoint's version label goes up with every write; decisions name it.
      const saved = await save<Submission, SubmissionInput>(submissions, input, existing);
      const before = Number(existing?.id ? submissions.items.get(saved.id ?? '')?.version : 0);
      const versioned = { ...saved, version: `${(Number.isFinite(before) ? before : 0) + 1}.0` };
      submissions.items.set(saved.id ?? '', versioned);
      return versioned;
    },
    saveDecision: (input) => decisions.create(input) as Promise<ReviewDecision>,
    publishReport: async (file) => {
      published.push(file);
      const path = `Nätverket/Årsrapporter/${file.year}/${file.name}`;
      return { name: file.name, path, webUrl: `https://example.test/${path}` };
    },
    publishedReports: async () => [...(options.publishedFiles ?? [])],
    displayNames: async (upns) =>
      new Map(
        upns
          .map((u) => [u.toLowerCase(), options.names?.[u.toLowerCase()]] as const)
          .filter((e): e is readonly [string, string] => e[1] !== undefined),
      ),
  };
  return { reporting, rounds, submissions, decisions, published };
}

/** Renders with Fluent, i18n (Swedish unless told), the data access and the reporting access. */
export function renderReporting(
  ui: ReactElement,
  data: DataAccess,
  reporting: ReportingAccess,
  locale: 'sv' | 'en' = 'sv',
) {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <FluentProvider theme={teamsLightTheme}>
        <DataProvider value={data}>
          <ReportingProvider value={reporting}>{ui}</ReportingProvider>
        </DataProvider>
      </FluentProvider>
    </I18nextProvider>,
  );
}
