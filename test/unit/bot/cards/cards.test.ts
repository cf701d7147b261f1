import { describe, expect, it } from 'vitest';
import {
  answerCard,
  goodExampleCard,
  fundingCallsCard,
  helpCard,
  messageText,
  progressCard,
  reminderCard,
  reportCard,
  statusCard,
  welcomeCard,
  type CardMessage,
  type ReportSummary,
} from '../../../../src/bot/cards/cards';
import { adaptiveCardSchema } from '../../../../src/bot/cards/schema';
import type { Locale } from '../../../../src/domain/labels';

const summary: ReportSummary = {
  year: 2025,
  scope: 'hela kommunen',
  figures: {
    euOngoing: 3,
    euFinished: 1,
    otherOngoing: 2,
    otherFinished: 0,
    applications: 4,
    activities: 12,
    ongoingGrantedSek: '1 250 000 kr',
  },
  completeness: { total: 10, submitted: 8, missing: ['Vidingehem AB', 'Omsorgsförvaltningen'] },
  reportUrl: 'https://vaxjo.sharepoint.com/sites/natverket/arsrapport-2025.docx',
};

const builders: Array<[string, (locale: Locale) => CardMessage]> = [
  ['answer', (l) => answerCard(l, ['Rad ett', 'Rad två'], ['rapport 2025'])],
  ['help', (l) => helpCard(l, 'https://example.org/tab')],
  ['welcome', (l) => welcomeCard(l, 'Växjö kommun', 'https://example.org/tab')],
  ['progress', (l) => progressCard(l, 'Årsrapport 2025 tas fram', 1)],
  ['report', (l) => reportCard(l, summary)],
  ['report without link', (l) => reportCard(l, { ...summary, reportUrl: undefined })],
  [
    'status',
    (l) =>
      statusCard(l, {
        year: 2025,
        deadline: { date: '27 februari 2026', phase: 'open' },
        rows: [
          { administration: 'Utbildningsförvaltningen', status: 'submitted' },
          { administration: 'Omsorgsförvaltningen', status: 'missing' },
        ],
      }),
  ],
  [
    'reminder',
    (l) =>
      reminderCard(l, {
        administration: 'Omsorgsförvaltningen',
        year: 2025,
        deadline: { date: '27 februari 2026', phase: 'open' },
        draftUrl: 'https://example.org/tab?view=submission',
      }),
  ],
];

describe('cards', () => {
  describe.each(['sv', 'en'] as const)('in %s', (locale) => {
    it.each(builders)('should build a valid Adaptive Card 1.5 for %s', (_name, build) => {
      const card = build(locale).attachments[0]?.content;
      expect(adaptiveCardSchema.safeParse(card).error?.issues ?? []).toEqual([]);
    });

    it.each(builders)(
      'should send %s alone, one bubble: a summary, no text, fallbackText and speak alike',
      (_name, build) => {
        const message = build(locale);
        const card = message.attachments[0]?.content;
        expect(message).not.toHaveProperty('text');
        expect(message.attachments).toHaveLength(1);
        expect(message.summary.length).toBeGreaterThan(0);
        expect(card?.fallbackText.startsWith(message.summary.replace(/…$/, ''))).toBe(true);
        expect(card?.speak).toBe(card?.fallbackText);
      },
    );
  });

  it('should say in text that the report link is unavailable when there is none', () => {
    const message = reportCard('sv', { ...summary, reportUrl: undefined });
    expect(messageText(message)).toContain('Länken till Word-rapporten är inte tillgänglig');
    expect(message.attachments[0]?.content.actions).toBeUndefined();
  });

  it('should name the missing administrations in the report card', () => {
    expect(messageText(reportCard('sv', summary))).toContain(
      'Saknas: Vidingehem AB och Omsorgsförvaltningen.',
    );
  });

  it('should mark steps done, running and waiting in the progress card', () => {
    expect(messageText(progressCard('en', 'Working', 1))).toBe(
      [
        'Working',
        'Fetching projects and other international work: done',
        'Compiling key figures and who has submitted: running',
        'Creating the Word report: waiting',
        'Uploading the report: waiting',
      ].join('\n\n'),
    );
  });

  it('should say that no round is open when the status has no deadline', () => {
    expect(messageText(statusCard('sv', { year: 2024, rows: [] }))).toContain(
      'Ingen rapportomgång är öppnad för 2024.',
    );
  });
});

describe('adaptiveCardSchema', () => {
  const valid = () =>
    structuredClone(helpCard('sv', 'https://example.org/tab').attachments[0]?.content);

  it('should reject a card of version 1.6, which Teams does not render', () => {
    expect(adaptiveCardSchema.safeParse({ ...valid(), version: '1.6' }).success).toBe(false);
  });

  it('should reject an element type outside the whitelist', () => {
    const card = { ...valid(), body: [{ type: 'Image', url: 'https://example.org/a.png' }] };
    expect(adaptiveCardSchema.safeParse(card).success).toBe(false);
  });

  it('should reject a card without speak', () => {
    const { speak: _speak, ...card } = valid() ?? {};
    expect(adaptiveCardSchema.safeParse(card).success).toBe(false);
  });

  it('should reject a misspelt property instead of letting Teams ignore it', () => {
    const card = { ...valid(), body: [{ type: 'TextBlock', text: 'Hej', wrapp: true }] };
    expect(adaptiveCardSchema.safeParse(card).success).toBe(false);
  });

  it('should reject a link that is not http(s)', () => {
    const card = {
      ...valid(),
      actions: [{ type: 'Action.OpenUrl', title: 'x', url: 'javascript:alert(1)' }],
    };
    expect(adaptiveCardSchema.safeParse(card).success).toBe(false);
  });

  it('should reject a card larger than Teams accepts', () => {
    const card = {
      ...valid(),
      body: Array.from({ length: 10 }, () => ({ type: 'TextBlock', text: 'x'.repeat(3000) })),
    };
    expect(adaptiveCardSchema.safeParse(card).error?.issues[0]?.message).toBe('card-too-large');
  });
});

describe('reportCard with the considered-share indicator', () => {
  const indicator = { considered: 3, initiatives: 4, share: 0.75 };

  it('should show "Utvecklingsinsatser där extern finansiering övervägdes: X av Y (Z %)" in Swedish', () => {
    expect(messageText(reportCard('sv', { ...summary, fundingConsidered: indicator }))).toMatch(
      /Utvecklingsinsatser där extern finansiering övervägdes: 3 av 4 \(75\s%\)/,
    );
  });

  it('should show the indicator in English', () => {
    expect(messageText(reportCard('en', { ...summary, fundingConsidered: indicator }))).toContain(
      'Development initiatives where external funding was considered: 3 of 4 (75%)',
    );
  });

  it('should show a dash instead of a share when there are no initiatives', () => {
    const text = messageText(
      reportCard('sv', {
        ...summary,
        fundingConsidered: { considered: 0, initiatives: 0, share: null },
      }),
    );
    expect(text).toContain('Utvecklingsinsatser där extern finansiering övervägdes: 0 av 0 (–)');
  });

  it('should not mention the indicator when the summary has none', () => {
    expect(messageText(reportCard('sv', summary))).not.toContain('extern finansiering övervägdes');
  });
});

describe('goodExampleCard', () => {
  const input = {
    title: 'Erasmus+ lärarutbyte',
    administration: 'Utbildningsförvaltningen',
    kind: 'project' as const,
    summary: 'Lärare från fem länder byter erfarenheter.',
    period: '1 september 2024 – 30 juni 2026',
    link: 'https://example.org/tab?feature=network',
  };

  it('should name the example, administration, kind and period in text', () => {
    const text = messageText(goodExampleCard('sv', input));
    expect(text).toContain('Gott exempel: Erasmus+ lärarutbyte');
    expect(text).toContain('Förvaltning/bolag: Utbildningsförvaltningen');
    expect(text).toContain('Typ: Projekt');
    expect(text).toContain('Period: 1 september 2024 – 30 juni 2026');
    expect(text).toContain('Lärare från fem länder byter erfarenheter.');
  });

  it('should link to the tab with one button', () => {
    expect(goodExampleCard('en', input).attachments[0]?.content.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open in the app', url: input.link },
    ]);
  });

  it('should leave the period out when the record has none', () => {
    expect(messageText(goodExampleCard('en', { ...input, period: undefined }))).not.toContain(
      'Period',
    );
  });

  it('should pass our Adaptive Card schema', () => {
    const card = goodExampleCard('sv', input).attachments[0]?.content;
    expect(adaptiveCardSchema.safeParse(card).error?.issues ?? []).toEqual([]);
  });
});

describe('escaping data on cards', () => {
  const link = '[klicka](https://evil.example)';
  const escaped = '\\[klicka\\]\\(https://evil.example\\)';
  const cards: Array<[string, CardMessage]> = [
    ['status', statusCard('sv', { year: 2025, rows: [{ administration: link, status: 'draft' }] })],
    [
      'report',
      reportCard('sv', {
        ...summary,
        scope: link,
        completeness: { total: 2, submitted: 1, missing: [link] },
      }),
    ],
    [
      'calls',
      fundingCallsCard('sv', {
        scope: link,
        tabUrl: 'https://app.example/',
        calls: [
          {
            title: link,
            programme: link,
            deadline: '2026-01-31',
            daysLeft: 20,
            closingSoon: false,
            themes: [link],
            url: 'https://call.example/',
          },
        ],
      }),
    ],
    [
      'good example',
      goodExampleCard('sv', {
        title: link,
        administration: link,
        kind: 'project',
        summary: link,
        link: 'https://app.example/',
      }),
    ],
    [
      'reminder',
      reminderCard('sv', { administration: link, year: 2025, draftUrl: 'https://app.example/' }),
    ],
    ['welcome', welcomeCard('sv', link, 'https://app.example/')],
  ];

  it.each(cards)('should escape every Markdown link from data on the %s card', (_name, message) => {
    const json = JSON.stringify(message.attachments[0]?.content.body);
    expect(json).toContain(JSON.stringify(escaped).slice(1, -1));
    expect(json.replaceAll(JSON.stringify(escaped).slice(1, -1), '')).not.toContain('](');
  });

  it("should give a call's link button a short title, not the call's name", () => {
    const [, calls] = cards[2] ?? [];
    const body = JSON.stringify(calls?.attachments[0]?.content.body);
    expect(body).toContain('"title":"Öppna utlysningen"');
  });
});

describe('the round’s deadline on the status and reminder cards', () => {
  const deadline = (phase: 'open' | 'overdue' | 'closed') => ({ date: '27 februari 2026', phase });
  const status = (phase: 'open' | 'overdue' | 'closed') =>
    messageText(statusCard('sv', { year: 2025, deadline: deadline(phase), rows: [] }));
  const reminder = (phase: 'open' | 'overdue' | 'closed') =>
    messageText(
      reminderCard('sv', {
        administration: 'Omsorgsförvaltningen',
        year: 2025,
        deadline: deadline(phase),
        draftUrl: 'https://app.example/',
      }),
    );

  it('should say a deadline ahead as the last day', () => {
    expect(status('open')).toContain('Sista dag: 27 februari 2026');
    expect(reminder('open')).toContain('Sista dag är 27 februari 2026.');
  });

  it('should say a passed deadline as passed, never as the last day ahead', () => {
    expect(status('overdue')).toContain('Sista dagen var 27 februari 2026; sena rapporter');
    expect(reminder('overdue')).toContain('Sista dagen var 27 februari 2026; lämna in den');
    expect(reminder('overdue')).not.toContain('Sista dag är');
    expect(status('closed')).toContain('(omgången är stängd)');
  });
});
