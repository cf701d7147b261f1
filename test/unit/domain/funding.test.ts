import { describe, expect, it } from 'vitest';
import {
  callResponseSchema,
  daysUntilClose,
  developmentInitiativeSchema,
  fundingCallSchema,
  fundingConsideredFigure,
  goodExamplesOfYear,
  isClosingSoon,
  isOpenCall,
  openCalls,
  plannedProjectFromCall,
  type DevelopmentInitiative,
  type FundingCall,
} from '../../../src/domain/funding';
import { activitySchema, projectSchema } from '../../../src/domain/records';
import { label } from '../../../src/domain/labels';

const call = (over: Partial<FundingCall> = {}): FundingCall =>
  fundingCallSchema.parse({
    id: '1',
    title: 'Erasmus+ KA220 Samarbetspartnerskap',
    programme: 'erasmus-plus',
    opens: '2026-01-10',
    closes: '2026-03-05',
    ...over,
  });

const initiative = (over: Partial<DevelopmentInitiative>): DevelopmentInitiative =>
  developmentInitiativeSchema.parse({
    administrationId: 'utbildning',
    title: 'Digitalt lärande',
    year: 2025,
    fundingConsidered: false,
    ...over,
  });

describe('fundingCallSchema', () => {
  it('should name the closing date when it is before the opening date', () => {
    const result = fundingCallSchema.safeParse({ ...call(), opens: '2026-04-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['closes']);
  });

  it('should default themes and administrations to empty lists', () => {
    expect(call()).toMatchObject({ themes: [], administrationIds: [] });
  });
});

describe('callResponseSchema', () => {
  it('should require a reason when the call is not relevant', () => {
    const result = callResponseSchema.safeParse({
      callId: '1',
      administrationId: 'omsorg',
      status: 'not-relevant',
    });
    expect(result.error?.issues[0]?.path).toEqual(['reason']);
  });
});

describe('developmentInitiativeSchema', () => {
  it('should require an outcome when funding was considered', () => {
    const result = developmentInitiativeSchema.safeParse({
      ...initiative({}),
      fundingConsidered: true,
    });
    expect(result.error?.issues[0]?.path).toEqual(['fundingOutcome']);
  });

  it('should require a reason when no suitable funding was found', () => {
    const result = developmentInitiativeSchema.safeParse({
      ...initiative({}),
      fundingConsidered: true,
      fundingOutcome: 'not-suitable',
    });
    expect(result.error?.issues[0]?.path).toEqual(['outcomeReason']);
  });
});

describe('isClosingSoon', () => {
  it('should flag an open call closing in exactly 30 days', () => {
    expect(isClosingSoon(call({ closes: '2026-03-31' }), '2026-03-01')).toBe(true);
  });

  it('should not flag an open call closing in 31 days', () => {
    expect(isClosingSoon(call({ closes: '2026-04-01' }), '2026-03-01')).toBe(false);
  });

  it('should not flag a call whose closing day has passed', () => {
    expect(isClosingSoon(call({ closes: '2026-02-28' }), '2026-03-01')).toBe(false);
  });

  it('should flag a call on its closing day', () => {
    expect(isClosingSoon(call({ closes: '2026-03-01' }), '2026-03-01')).toBe(true);
  });
});

describe('isOpenCall', () => {
  it('should not count a call that has not opened yet', () => {
    expect(isOpenCall(call({ opens: '2026-05-01', closes: '2026-09-01' }), '2026-03-01')).toBe(
      false,
    );
  });
});

describe('daysUntilClose', () => {
  it('should count whole days across a daylight-saving change', () => {
    expect(daysUntilClose({ closes: '2026-04-01' }, '2026-03-20')).toBe(12);
  });
});

describe('openCalls', () => {
  const calls = [
    call({ id: 'a', title: 'LIFE', programme: 'life', closes: '2026-09-01' }),
    call({
      id: 'b',
      title: 'ESF+',
      programme: 'esf-plus',
      closes: '2026-04-01',
      administrationIds: ['arbete-valfard'],
    }),
    call({ id: 'c', title: 'Gammal', closes: '2026-01-31' }),
    call({ id: 'd', title: 'Interreg', programme: 'interreg', closes: '2026-03-15' }),
  ];

  it('should list open calls soonest deadline first', () => {
    expect(openCalls(calls, '2026-03-01').map((c) => c.id)).toEqual(['d', 'b', 'a']);
  });

  it('should leave out calls naming other administrations', () => {
    expect(openCalls(calls, '2026-03-01', 'utbildning').map((c) => c.id)).toEqual(['d', 'a']);
  });
});

describe('plannedProjectFromCall', () => {
  it('should create a valid planned project linked to the call', () => {
    const project = projectSchema.parse(
      plannedProjectFromCall({ ...call(), id: '7' }, 'utbildning'),
    );
    expect(project).toMatchObject({
      status: 'planned',
      callId: '7',
      kind: 'eu',
      programme: 'erasmus-plus',
    });
  });

  it('should make a project under a non-EU programme an other international project', () => {
    const project = plannedProjectFromCall({ ...call({ programme: 'icld' }), id: '7' }, 'omsorg');
    expect(project.kind).toBe('international');
  });
});

describe('fundingConsideredFigure', () => {
  it("should give the share of the year's initiatives where funding was considered", () => {
    const figure = fundingConsideredFigure(
      [
        initiative({ fundingConsidered: true, fundingOutcome: 'applied' }),
        initiative({ fundingConsidered: true, fundingOutcome: 'no-call-found' }),
        initiative({}),
        initiative({}),
        initiative({ year: 2024, fundingConsidered: true, fundingOutcome: 'applied' }),
      ],
      2025,
    );
    expect(figure).toEqual({
      initiatives: 4,
      considered: 2,
      share: 0.5,
      byOutcome: { applied: 1, 'not-suitable': 0, 'no-call-found': 1 },
    });
  });

  it('should give a null share without initiatives in the year', () => {
    expect(fundingConsideredFigure([initiative({ year: 2024 })], 2025).share).toBeNull();
  });
});

describe('goodExamplesOfYear', () => {
  const project = projectSchema.parse({
    administrationId: 'kommunledning',
    title: 'Gröna städer',
    kind: 'eu',
    status: 'ongoing',
    programme: 'interreg',
    role: 'partner',
    startDate: '2024-01-01',
    goodExample: true,
    goodExampleSummary: 'Klimatanpassning som andra hamnstäder kopierat.',
  });
  const activity = activitySchema.parse({
    administrationId: 'utbildning',
    title: 'Studiebesök i Tartu',
    type: 'study-visit',
    startDate: '2025-05-10',
    goodExample: true,
    goodExampleSummary: 'Digital skola.',
  });

  it('should list flagged projects ongoing in the year and flagged activities of the year', () => {
    expect(
      goodExamplesOfYear({ projects: [project], activities: [activity] }, 2025).map((g) => g.title),
    ).toEqual(['Gröna städer', 'Studiebesök i Tartu']);
  });

  it('should leave out an activity of another year', () => {
    expect(goodExamplesOfYear({ projects: [], activities: [activity] }, 2024)).toEqual([]);
  });

  it('should leave out a flagged record without a public summary', () => {
    const { goodExampleSummary: _s, ...withoutSummary } = activity;
    expect(goodExamplesOfYear({ projects: [], activities: [withoutSummary] }, 2025)).toEqual([]);
  });
});

describe('label of funding codes', () => {
  it('should word a response status in English', () => {
    expect(label('en', 'callResponseStatus', 'applying')).toBe('We apply');
  });
});

describe('fundingCallSchema text', () => {
  it('should refuse a line break in the title, naming the field', () => {
    const result = fundingCallSchema.safeParse({ ...call(), title: 'Två\nrader' });
    expect(result.error?.issues[0]?.path).toEqual(['title']);
  });
});
