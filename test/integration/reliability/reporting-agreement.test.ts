import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphBotData } from '../../../src/bot/graph-data.js';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import { buildReportModel } from '../../../src/domain/report-model';
import { completenessOf, isAwaitingReview } from '../../../src/domain/reporting-status.js';
import type { Submission } from '../../../src/domain/records.js';
import type { GraphClient } from '../../../src/graph/client.js';
import { GraphError } from '../../../src/graph/errors.js';
import { loadReporting } from '../../../src/graph/reporting.js';
import type { OrganisationSites } from '../../../src/graph/sites.js';
import { createGraphReportingAccess } from '../../../src/tab/data/reporting-access.js';
import {
  completenessRows,
  draftInput,
  liveModel,
  reviewDecisionInput,
  submittedInput,
} from '../../../src/tab/features/reporting/submission-flow.js';
import { recordFigures } from './figures.js';
import {
  COORDINATOR,
  provisionSample,
  startReliabilityHarness,
  type ReliabilityHarness,
} from './harness.js';

/**
 * Random sequences of submit / edit / resubmit / return / approve, each by a right or a wrong
 * person with their own token through the tab's data access. After every step the tab's
 * completeness table, the bot's `status` rows and the report model's completeness (each read
 * through its own data path: the tab's access as the coordinator, the bot's app-only data port,
 * the report's loader) give every administration the same status; a wrong person's step is
 * refused with 403 and changes nothing.
 */
const ADMIN = 'utbildning';
const people = {
  contact: 'kontakt.utbildning@vaxjo.example',
  deputy: 'personal1.utbildning@vaxjo.example',
  coordinator: COORDINATOR,
  otherContact: 'kontakt.omsorg@vaxjo.example',
  outsider: 'extern.gast@vaxjo.example',
} as const;
type Person = keyof typeof people;
const members: readonly Person[] = ['contact', 'deputy', 'coordinator'];

type Step =
  | { kind: 'save' | 'submit'; by: Person; text: string }
  | { kind: 'approve' | 'return'; by: Person };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('save' as const, 'submit' as const),
    by: fc.constantFrom(...(Object.keys(people) as Person[])),
    text: fc.string({ minLength: 1, maxLength: 12 }),
  }),
  fc.record({
    kind: fc.constantFrom('approve' as const, 'return' as const),
    by: fc.constantFrom(...(Object.keys(people) as Person[])),
  }),
);

describe('the status of every administration: tab, bot and report agree', () => {
  let h: ReliabilityHarness;
  let sites: OrganisationSites;
  let app: GraphClient;
  let year = 2040;
  const tally = { runs: 0, steps: 0, refused: 0, landed: 0 };

  beforeAll(async () => {
    h = await startReliabilityHarness();
    sites = await provisionSample(h);
    app = h.appClient('agreement-app');
  }, 60_000);
  afterAll(async () => {
    recordFigures('reporting agreement', tally);
    await h?.close();
  });

  const access = (who: Person) =>
    createGraphReportingAccess({
      graphBaseUrl: h.baseUrl,
      getToken: () => h.userToken(people[who]),
      organisation: defaultOrganisation,
      user: people[who],
    });

  const views = async (y: number) => {
    const tab = completenessRows(defaultOrganisation, await access('coordinator').reporting(), y);
    const bot = await createGraphBotData(app, async () => sites).reporting(y);
    const botLines = completenessOf(
      defaultOrganisation.administrations,
      y,
      bot.submissions,
      bot.decisions,
    ).lines;
    const report = buildReportModel({
      organisation: defaultOrganisation,
      year: y,
      projects: [],
      activities: [],
      ...(await loadReporting(app, sites, { year: y })),
      generatedAt: '2041-01-01T00:00:00Z',
    }).completeness.administrations;
    return {
      tab: tab.map((r) => [r.administrationId, r.status]),
      bot: botLines.map((l) => [l.administrationId, l.status]),
      report: report.map((e) => [e.administrationId, e.status]),
      mine: tab.find((r) => r.administrationId === ADMIN),
    };
  };

  it('should agree after every step, and refuse the wrong people without a trace', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 7 }), async (steps) => {
        year += 1;
        tally.runs += 1;
        let current = await views(year);
        for (const s of steps) {
          tally.steps += 1;
          const submission: Submission | undefined = current.mine?.submission;
          const status = current.mine?.status ?? 'missing';
          const now = new Date().toISOString();
          const rightPerson =
            s.kind === 'approve' || s.kind === 'return'
              ? s.by === 'coordinator'
              : members.includes(s.by);
          // Commands the tab would not offer in this status are not tried (they are no attack).
          if (
            (s.kind === 'approve' || s.kind === 'return') &&
            (!submission || !isAwaitingReview(status))
          )
            continue;
          if (
            (s.kind === 'save' || s.kind === 'submit') &&
            !['missing', 'draft', 'returned'].includes(status)
          )
            continue;
          const who = access(s.by);
          const run = async () => {
            if (s.kind === 'approve' || s.kind === 'return') {
              if (!submission) return;
              await who.saveDecision(
                reviewDecisionInput(
                  submission,
                  s.kind === 'approve' ? 'approved' : 'returned',
                  'k',
                  { user: s.by, now },
                ),
              );
              return;
            }
            const narratives = {
              otherWorkNarrative: '',
              resultsNarrative: 'text' in s ? s.text : '',
            };
            const input =
              s.kind === 'save'
                ? draftInput(ADMIN, year, narratives, submission)
                : submittedInput(
                    ADMIN,
                    year,
                    narratives,
                    liveModel(
                      {
                        organisation: defaultOrganisation,
                        year,
                        projects: [],
                        activities: [],
                        submissions: [],
                      },
                      ADMIN,
                      now,
                    ),
                    { user: s.by, now },
                    submission,
                  );
            await who.saveSubmission(input, submission);
          };
          const error = await run().then(
            () => undefined,
            (e: unknown) => e,
          );
          const after = await views(year);
          if (rightPerson) {
            expect(error).toBeUndefined();
            tally.landed += 1;
          } else {
            expect(error).toBeInstanceOf(GraphError);
            expect((error as GraphError).status).toBe(403);
            expect(after.tab).toEqual(current.tab);
            tally.refused += 1;
          }
          expect(after.bot).toEqual(after.tab);
          expect(after.report).toEqual(after.tab);
          current = after;
        }
      }),
      { numRuns: 12 },
    );
    // The runs did exercise both sides: steps landed and steps refused by the store.
    expect(tally.landed).toBeGreaterThan(0);
    expect(tally.refused).toBeGreaterThan(0);
  }, 240_000);
});
