import { describe, expect, it } from 'vitest';
import {
  answerCard,
  fundingCallsCard,
  goodExampleCard,
  helpCard,
  progressCard,
  reminderCard,
  reportCard,
  statusCard,
  welcomeCard,
  type CardMessage,
  type ReportSummary,
} from '../../../../src/bot/cards/cards';
import type { Locale } from '../../../../src/domain/labels';
import { officialCardProblems } from './official-card-check';

/** Text a user or a record could carry into a card: markup, Markdown, JSON, emoji, odd spacing. */
const HOSTILE = [
  '<script>alert("xss")</script>',
  '[klicka](https://evil.example) **fet** _kursiv_ `kod`',
  '"}],"type":"Image","url":"https://evil.example/x.png',
  '{{DATE(2025-01-01T00:00:00Z)}} ${title} \\u0000',
  '👩🏽‍💻 Åäö ß ‮höger-till-vänster',
  'x'.repeat(900),
];
const hostile = (i: number) => HOSTILE[i % HOSTILE.length] ?? '';

const summary = (text: string): ReportSummary => ({
  year: 2025,
  scope: text,
  figures: {
    euOngoing: 3,
    euFinished: 1,
    otherOngoing: 2,
    otherFinished: 0,
    applications: 4,
    activities: 12,
    ongoingGrantedSek: '1 250 000 kr',
  },
  completeness: { total: 10, submitted: 8, missing: [text, 'Omsorgsförvaltningen'] },
  reportUrl: 'https://vaxjo.sharepoint.com/sites/natverket/arsrapport-2025.docx',
});

/** Every card builder of src/bot/cards/cards.ts, fed crafted (and hostile) data. */
const builders: Array<[string, (locale: Locale, text: string) => CardMessage]> = [
  ['answer', (l, s) => answerCard(l, [s, s], [`rapport 2025 ${s}`.slice(0, 200)])],
  ['help', (l) => helpCard(l, 'https://example.org/tab')],
  ['welcome', (l, s) => welcomeCard(l, s, 'https://example.org/tab')],
  ['progress', (l, s) => progressCard(l, s, 1)],
  ['report', (l, s) => reportCard(l, summary(s))],
  ['report without link', (l, s) => reportCard(l, { ...summary(s), reportUrl: undefined })],
  [
    'report with the considered share',
    (l, s) =>
      reportCard(l, {
        ...summary(s),
        fundingConsidered: { considered: 3, initiatives: 4, share: 0.75 },
      }),
  ],
  [
    'good example',
    (l, s) =>
      goodExampleCard(l, {
        title: s,
        administration: 'Utbildningsförvaltningen',
        kind: 'activity',
        summary: s,
        period: '12 maj 2025',
        link: 'https://teams.microsoft.com/l/entity/app/tab?webUrl=x&label=y&context=%7B%7D',
      }),
  ],
  [
    'status',
    (l, s) =>
      statusCard(l, {
        year: 2025,
        deadline: { date: '27 februari 2026', phase: 'open' },
        rows: [
          { administration: s, status: 'submitted' },
          { administration: 'Omsorgsförvaltningen', status: 'missing' },
        ],
      }),
  ],
  ['status without round', (l) => statusCard(l, { year: 2024, rows: [] })],
  [
    'reminder',
    (l, s) =>
      reminderCard(l, {
        administration: s,
        year: 2025,
        deadline: { date: '27 februari 2026', phase: 'open' },
        draftUrl: 'https://teams.microsoft.com/l/entity/app/tab?context=%7B%7D',
      }),
  ],
  [
    'funding calls',
    (l, s) =>
      fundingCallsCard(l, {
        scope: s,
        tabUrl: 'https://example.org/tab',
        calls: Array.from({ length: 10 }, (_, i) => ({
          title: `${hostile(i)} ${i}`.trim(),
          programme: 'Interreg',
          deadline: '2026-04-01',
          daysLeft: 17,
          closingSoon: i % 2 === 0,
          coFinancingRate: 60,
          themes: [hostile(i + 1).slice(0, 50)],
          url: `https://example.org/call/${i}`,
        })),
      }),
  ],
  [
    'no funding calls',
    (l, s) => fundingCallsCard(l, { scope: s, tabUrl: 'https://example.org/tab', calls: [] }),
  ],
];

const contentOf = (message: CardMessage) => message.attachments[0]?.content;

describe('officialCardProblems', () => {
  describe.each(['sv', 'en'] as const)('in %s', (locale) => {
    it.each(builders)(
      'should find the %s card valid against Adaptive Cards 1.5 with plain text',
      (_name, build) => {
        expect(officialCardProblems(contentOf(build(locale, 'Växjö kommun')))).toEqual([]);
      },
    );

    it.each(builders)(
      'should find the %s card valid against Adaptive Cards 1.5 with hostile text',
      (_name, build) => {
        for (const text of HOSTILE) {
          expect(officialCardProblems(contentOf(build(locale, text)))).toEqual([]);
        }
      },
    );
  });

  const valid = () => structuredClone(contentOf(helpCard('sv', 'https://example.org/tab')));

  it('should fail a card with an unknown element type', () => {
    const card = { ...valid(), body: [{ type: 'Marquee', text: 'Hej' }] };
    expect(officialCardProblems(card).join('\n')).toContain('UnknownElementType');
  });

  it('should fail a card with an unknown action type', () => {
    const card = { ...valid(), actions: [{ type: 'Action.Teleport', title: 'x' }] };
    expect(officialCardProblems(card).join('\n')).toContain('UnknownActionType');
  });

  it('should fail a card using a property that only Adaptive Cards 1.6 has', () => {
    // `role` on actions came with 1.6; Teams (1.5) would ignore it.
    const card = {
      ...valid(),
      actions: [{ type: 'Action.OpenUrl', title: 'x', url: 'https://example.org', role: 'Link' }],
    };
    expect(officialCardProblems(card).join('\n')).toContain('UnsupportedProperty');
  });

  it('should fail a card without a version', () => {
    const { version: _version, ...card } = valid() ?? {};
    expect(officialCardProblems(card).join('\n')).toContain('version');
  });

  it('should fail a card of version 1.6', () => {
    expect(officialCardProblems({ ...valid(), version: '1.6' })).not.toEqual([]);
  });

  it('should fail an invalid enum value', () => {
    const card = { ...valid(), body: [{ type: 'TextBlock', text: 'Hej', size: 'huge' }] };
    expect(officialCardProblems(card).join('\n')).toContain('InvalidPropertyValue');
  });
});
