// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../dom-setup';
import { defaultOrganisation } from '../../../../src/domain/organisation';
import { freezeReportModel, frozenModelOf } from '../../../../src/domain/report-model';
import { ReportingPage } from '../../../../src/tab/features/reporting/ReportingPage';
import { liveModel } from '../../../../src/tab/features/reporting/submission-flow';
import { FundingAccessContext } from '../../../../src/tab/data/funding-access';
import { initiative } from '../../report/fixtures';
import { fundingAccess, readableFrom } from '../funding/fake-funding';
import { aProject, fakeData } from '../support';
import { makeReviewDecision } from '../../domain/factories';
import {
  aRound,
  aSubmission,
  contactUpn,
  coordinatorUpn,
  memoryReporting,
  renderReporting,
} from './support';

/** The page opens on the last full year. */
const year = new Date().getFullYear() - 1;
const ongoing = (id: string, title: string) =>
  aProject({ id, title, kind: 'eu', status: 'ongoing', startDate: `${year}-02-01` });
const otherWork = 'Övrigt internationellt arbete under året';
const results = 'Resultat av det internationella arbetet';

function frozenSubmission() {
  const model = liveModel(
    {
      organisation: defaultOrganisation,
      year,
      projects: [ongoing('p1', 'Skolutbyte Kaunas')],
      activities: [],
      submissions: [],
    },
    'utbildning',
    `${year + 1}-01-20T10:00:00Z`,
  );
  return aSubmission({
    id: '1',
    year,
    status: 'submitted',
    version: '2.0',
    resultsNarrative: 'Nya arbetssätt i skolan',
    submittedBy: contactUpn,
    submittedAt: `${year + 1}-01-20T10:00:00Z`,
    snapshot: freezeReportModel(model),
  });
}

function asContact(options: Parameters<typeof memoryReporting>[0] = {}) {
  const { data } = fakeData({
    projects: [ongoing('p1', 'Skolutbyte Kaunas')],
    mine: ['utbildning'],
  });
  const memory = memoryReporting({ rounds: [aRound({ year })], ...options });
  const view = renderReporting(<ReportingPage />, data, memory.reporting);
  return { ...memory, view };
}

function asCoordinator(options: Parameters<typeof memoryReporting>[0] = {}) {
  const { data } = fakeData({ mine: [], user: coordinatorUpn });
  const memory = memoryReporting({
    user: coordinatorUpn,
    coordinator: true,
    rounds: [aRound({ year })],
    ...options,
  });
  renderReporting(<ReportingPage />, data, memory.reporting);
  return memory;
}

const stored = (memory: ReturnType<typeof memoryReporting>) => [
  ...memory.submissions.items.values(),
];
const decided = (memory: ReturnType<typeof memoryReporting>) => [
  ...memory.decisions.items.values(),
];

describe('ReportingPage (contact person)', () => {
  it('should show the live figures of the administration', async () => {
    asContact();
    const figures = await screen.findByRole('table', {
      name: `Siffror för ${year} (direkt från registren)`,
    });
    const row = within(figures).getByRole('row', { name: /Pågående EU-projekt/ });
    expect(within(row).getByText('1')).toBeTruthy();
  });

  it('should save the narratives as a draft', async () => {
    const memory = asContact();
    await userEvent.type(await screen.findByRole('textbox', { name: otherWork }), 'Studiebesök');
    await userEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    await screen.findByText('Utkastet är sparat.');
    expect(stored(memory)[0]).toMatchObject({
      administrationId: 'utbildning',
      year,
      status: 'draft',
      otherWorkNarrative: 'Studiebesök',
    });
  });

  it('should restore unsaved text after a reload', async () => {
    const first = asContact();
    await userEvent.type(await screen.findByRole('textbox', { name: results }), 'Ny kunskap');
    first.view.unmount();
    asContact();
    const box = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: results });
    expect(box.value).toBe('Ny kunskap');
  });

  it('should freeze the report model in the snapshot on submit', async () => {
    const memory = asContact();
    await userEvent.type(await screen.findByRole('textbox', { name: results }), 'Nya metoder');
    await userEvent.click(screen.getByRole('button', { name: 'Lämna in' }));
    await screen.findByText('Rapporten är inlämnad och siffrorna är låsta.');
    const submission = stored(memory)[0];
    expect(submission?.status).toBe('submitted');
    expect(frozenModelOf(submission!)?.keyFigures.counts.euOngoing).toBe(1);
  });

  it('should speak English when the locale is English', async () => {
    const { data } = fakeData({ mine: ['utbildning'] });
    const { reporting } = memoryReporting({ rounds: [aRound({ year })] });
    renderReporting(<ReportingPage />, data, reporting, 'en');
    expect(
      await screen.findByRole('heading', { name: 'Yearly report of Utbildningsförvaltningen' }),
    ).toBeTruthy();
  });

  it('should not offer submitting while no round is open for the year', async () => {
    asContact({ rounds: [] });
    const submit = await screen.findByRole<HTMLButtonElement>('button', { name: 'Lämna in' });
    expect(submit.disabled).toBe(true);
  });

  it('should show record changes made after the submission', async () => {
    const { data } = fakeData({
      projects: [ongoing('p1', 'Skolutbyte Kaunas'), ongoing('p2', 'Klimatskolan')],
      mine: ['utbildning'],
    });
    const memory = memoryReporting({
      rounds: [aRound({ year })],
      submissions: [frozenSubmission()],
    });
    renderReporting(<ReportingPage />, data, memory.reporting);
    const changes = await screen.findByRole('table', {
      name: 'Ändringar i registren sedan inlämningen',
    });
    expect(within(changes).getByRole('row', { name: /Tillagd – Klimatskolan/ })).toBeTruthy();
  });

  it("should show the coordinator's comment on a returned report and let it be fixed", async () => {
    const memory = asContact({
      submissions: [frozenSubmission()],
      decisions: [
        makeReviewDecision({
          administrationId: 'utbildning',
          year,
          decision: 'returned',
          comment: 'Komplettera resultaten',
          submissionId: '1',
          submissionVersion: '2.0',
          decidedBy: coordinatorUpn,
        }),
      ],
    });
    expect(
      await screen.findByText(`Kommentar från ${coordinatorUpn}: Komplettera resultaten`),
    ).toBeTruthy();
    const box = await screen.findByRole('textbox', { name: results });
    await userEvent.type(box, ' Och mer.');
    await userEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    await screen.findByText('Utkastet är sparat.');
    expect(stored(memory)[0]).toMatchObject({
      status: 'draft',
      resultsNarrative: 'Nya arbetssätt i skolan Och mer.',
    });
  });

  it('should keep the typed text and say who may save when the store refuses it', async () => {
    const first = asContact({ refuseSubmissions: true });
    await userEvent.type(await screen.findByRole('textbox', { name: results }), 'Viktig text');
    await userEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    expect(await screen.findByText('Du kan inte spara den här rapporten')).toBeTruthy();
    expect(screen.getByText(/Bara medlemmar i gruppen för Utbildningsförvaltningen/)).toBeTruthy();
    first.view.unmount();
    asContact();
    const box = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: results });
    expect(box.value).toBe('Viktig text');
  });

  it('should keep the typed text and offer it again when someone saved in between', async () => {
    const memory = asContact({ submissions: [aSubmission({ id: 's1', year, status: 'draft' })] });
    const box = await screen.findByRole('textbox', { name: results });
    const current = memory.submissions.items.get('s1')!;
    await memory.submissions.update(
      's1',
      { ...current, resultsNarrative: 'Annan text' },
      current.etag!,
    );
    await userEvent.type(box, 'Min text');
    await userEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Spara min text' }));
    await screen.findByText('Utkastet är sparat.');
    expect(memory.submissions.items.get('s1')?.resultsNarrative).toBe('Min text');
  });

  it("should show the considered share of the administration's own initiatives of the year", async () => {
    const { data } = fakeData({ mine: ['utbildning'] });
    const memory = memoryReporting({ rounds: [aRound({ year })] });
    const funding = fundingAccess({
      readableInitiatives: readableFrom([
        initiative({ id: 'd1', year, fundingConsidered: true, fundingOutcome: 'applied' }),
        initiative({ id: 'd2', year }),
        initiative({
          id: 'd3',
          year: year - 1,
          fundingConsidered: true,
          fundingOutcome: 'applied',
        }),
        initiative({
          id: 'd4',
          year,
          administrationId: 'omsorg',
          fundingConsidered: true,
          fundingOutcome: 'applied',
        }),
      ]),
    });
    renderReporting(
      <FundingAccessContext.Provider value={funding}>
        <ReportingPage />
      </FundingAccessContext.Provider>,
      data,
      memory.reporting,
    );
    const figures = await screen.findByRole('table', {
      name: `Siffror för ${year} (direkt från registren)`,
    });
    const row = within(figures).getByRole('row', {
      name: /Utvecklingsinsatser där extern finansiering övervägdes/,
    });
    expect(within(row).getAllByRole('cell')[1]?.textContent?.replace(/\s/gu, ' ')).toBe(
      '1 av 2 (50 %)',
    );
  });
});

describe('ReportingPage (coordinator)', () => {
  it('should show every administration with its status', async () => {
    asCoordinator({ submissions: [frozenSubmission()] });
    const table = await screen.findByRole('table', { name: `Inlämning ${year}` });
    const row = within(table).getByRole('row', { name: /Utbildningsförvaltningen/ });
    expect(within(row).getByText('Inlämnad')).toBeTruthy();
    expect(within(table).getAllByText('Saknas')).toHaveLength(
      defaultOrganisation.administrations.length - 1,
    );
  });

  it("should open one administration's report from the table, not all of them", async () => {
    asCoordinator({ submissions: [frozenSubmission()] });
    await screen.findByRole('table', { name: `Inlämning ${year}` });
    expect(screen.queryByRole('region', { name: /Årsrapport för/ })).toBeNull();
    await userEvent.click(
      screen.getByRole('button', { name: 'Öppna årsrapporten för Utbildningsförvaltningen' }),
    );
    expect(
      await screen.findByRole('region', { name: 'Årsrapport för Utbildningsförvaltningen' }),
    ).toBeTruthy();
    expect(screen.getAllByRole('region', { name: /Årsrapport för/ })).toHaveLength(1);
  });

  it('should approve a submitted report', async () => {
    const memory = asCoordinator({ submissions: [frozenSubmission()] });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Godkänn Utbildningsförvaltningen' }),
    );
    await screen.findByText('Utbildningsförvaltningen är godkänd.');
    expect(decided(memory)[0]).toMatchObject({
      decision: 'approved',
      decidedBy: coordinatorUpn,
      submissionId: '1',
      submissionVersion: '2.0',
    });
    expect(stored(memory)[0]?.version).toBe('2.0');
  });

  it('should return a submitted report with a comment', async () => {
    const memory = asCoordinator({ submissions: [frozenSubmission()] });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Skicka tillbaka Utbildningsförvaltningen' }),
    );
    // In jsdom Tabster's modalizer leaves the surface aria-hidden (no focus events); Chromium does not (e2e).
    const dialog = await screen.findByRole('dialog', { hidden: true });

    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Kommentar till kontaktpersonen/, hidden: true }),
      'Komplettera resultaten',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Skicka tillbaka', hidden: true }),
    );
    await screen.findByText('Utbildningsförvaltningen är återsänd.');
    expect(decided(memory)[0]).toMatchObject({
      decision: 'returned',
      comment: 'Komplettera resultaten',
      submissionVersion: '2.0',
    });
  });

  it('should open the reporting round with a deadline', async () => {
    const memory = asCoordinator({ rounds: [] });
    const deadline = await screen.findByLabelText('Sista dag för inlämning');
    await userEvent.clear(deadline);
    await userEvent.type(deadline, `${year + 1}-03-01`);
    await userEvent.click(screen.getByRole('button', { name: 'Öppna rapporteringen' }));
    await screen.findByRole('button', { name: 'Stäng omgången' });
    expect([...memory.rounds.items.values()][0]).toMatchObject({
      year,
      deadline: `${year + 1}-03-01`,
      open: true,
    });
  });

  it("should generate the municipality's Word report and upload it", async () => {
    const memory = asCoordinator({ submissions: [frozenSubmission()] });
    await userEvent.click(await screen.findByRole('button', { name: 'Skapa Word-rapport' }));
    await screen.findByText(/Publicerad i nätverkets webbplats/, {}, { timeout: 30_000 });
    const file = memory.published[0];
    expect(file?.name).toBe(`Årsrapport ${year}.docx`);
    // A .docx is a zip: it starts with "PK".
    expect(String.fromCharCode(...(file?.bytes.slice(0, 2) ?? []))).toBe('PK');
  });
});

describe('ReportingPage (words and order)', () => {
  it("should start the coordinator's page with the completeness table, naming who submitted", async () => {
    asCoordinator({
      submissions: [frozenSubmission()],
      names: { [contactUpn]: 'Erik Andersson' },
    });
    const table = await screen.findByRole('table', { name: `Inlämning ${year}` });
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings[0]).toBe(`Inlämning ${year}`);
    const row = within(table).getByRole('row', { name: /Utbildningsförvaltningen/ });
    expect(within(row).getByText('Erik Andersson')).toBeTruthy();
    expect(row.textContent).not.toContain(contactUpn);
  });

  it('should say that the deadline has passed for a round left open after it', async () => {
    asContact({ rounds: [aRound({ year, deadline: `${year - 1}-02-15`, open: true })] });
    expect(await screen.findByText(/Sista dagen var 15 februari .* har gått ut/)).toBeTruthy();
    expect(screen.queryByText(/Öppen, sista dag/)).toBeNull();
  });

  it('should name the reviewer of a returned report, not their address', async () => {
    const submission = frozenSubmission();
    asContact({
      submissions: [{ ...submission, status: 'draft' }],
      decisions: [
        makeReviewDecision({
          administrationId: 'utbildning',
          year,
          decision: 'returned',
          comment: 'Komplettera resultaten.',
          decidedBy: coordinatorUpn,
          submissionVersion: submission.version,
        }),
      ],
      names: { [coordinatorUpn]: 'Sara Lind' },
    });
    expect(
      await screen.findByText('Kommentar från Sara Lind: Komplettera resultaten.'),
    ).toBeTruthy();
  });

  it("should show the board's reader the published reports and no editor", async () => {
    const { data } = fakeData({ mine: [], user: 'ks.ledamot@vaxjo.example' });
    const memory = memoryReporting({
      user: 'ks.ledamot@vaxjo.example',
      rounds: [aRound({ year })],
      publishedFiles: [
        {
          id: 'f1',
          name: `Årsrapport ${year}.docx`,
          year,
          language: undefined,
          modified: `${year + 1}-03-01T09:00:00Z`,
          webUrl: 'https://example.test/a.docx',
          size: 9000,
        },
        {
          id: 'f2',
          name: `Yearly report ${year}.docx`,
          year,
          language: 'en',
          modified: `${year + 1}-03-02T09:00:00Z`,
          webUrl: 'https://example.test/b.docx',
          size: 9000,
        },
      ],
    });
    renderReporting(<ReportingPage />, data, memory.reporting);
    const table = await screen.findByRole('table', { name: 'Publicerade årsrapporter' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      `Årsrapport ${year}.docx${year}Svenska1 mars ${year + 1}Öppna`,
      `Yearly report ${year}.docx${year}Engelska2 mars ${year + 1}Öppna`,
    ]);
    expect(
      within(table)
        .getByRole('link', { name: `Öppna Årsrapport ${year}.docx` })
        .getAttribute('href'),
    ).toBe('https://example.test/a.docx');
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /Spara|Lämna in|Skapa|Godkänn/ })).toBeNull();
  });
});
