import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../../../src/bot/handlers/figures';
import { defaultOrganisation } from '../../../../src/domain/organisation';
import { buildReportModel } from '../../../../src/domain/report-model';
import { makeActivity, makeProject, makeSubmission } from '../../domain/factories';
import type { ExchangeRate } from '../../../../src/domain/records';
import { reportCard } from '../../../../src/bot/cards/cards';
import { EUR, eurRate, moneyModel, nokRate } from '../../domain/money-fixture';

describe('summaryOf', () => {
  const model = buildReportModel({
    organisation: defaultOrganisation,
    year: 2025,
    projects: [
      makeProject({
        administrationId: 'utbildning',
        startDate: '2024-01-01',
        endDate: '2026-06-30',
        grantedAmount: 800_000,
      }),
      makeProject({
        administrationId: 'omsorg',
        kind: 'international',
        programme: 'icld',
        currency: 'EUR',
        grantedAmount: 20_000,
        startDate: '2025-02-01',
        endDate: '2026-01-31',
      }),
    ],
    activities: [makeActivity({ administrationId: 'utbildning', startDate: '2025-04-01' })],
    submissions: [
      makeSubmission({ administrationId: 'utbildning', year: 2025, status: 'submitted' }),
    ],
    generatedAt: '2026-03-15T09:00:00Z',
  });

  it('should read the counts from the report model', () => {
    expect(summaryOf('sv', model, 'hela kommunen', undefined).figures).toMatchObject({
      euOngoing: 1,
      otherOngoing: 1,
      activities: 1,
    });
  });

  it('should keep EUR without a rate beside the kronor, flagged, instead of adding or dropping it', () => {
    const funding = summaryOf('en', model, 'all', undefined).figures.ongoingGrantedSek;
    expect(funding.replace(/\s/g, ' ')).toBe('SEK 800,000 + EUR 20,000 (no exchange rate)');
  });

  it('should list the administrations that have not submitted by name', () => {
    const summary = summaryOf('sv', model, 'hela kommunen', undefined);
    expect(summary.completeness.submitted).toBe(1);
    expect(summary.completeness.missing).toContain('Omsorgsförvaltningen');
    expect(summary.completeness.missing).not.toContain('Utbildningsförvaltningen');
  });

  it('should keep the report link only when there is one', () => {
    expect(summaryOf('sv', model, 'x', 'https://example.org/r.docx').reportUrl).toBe(
      'https://example.org/r.docx',
    );
    expect(summaryOf('sv', model, 'x', undefined)).not.toHaveProperty('reportUrl');
  });

  it('should carry the considered-share indicator when the report model has it', () => {
    const withIndicator = {
      ...model,
      keyFigures: {
        ...model.keyFigures,
        fundingConsidered: {
          initiatives: 4,
          considered: 3,
          share: 0.75,
          byOutcome: { applied: 1, 'not-suitable': 1, 'no-call-found': 1 },
        },
      },
    };
    expect(summaryOf('sv', withIndicator, 'x', undefined).fundingConsidered).toEqual({
      initiatives: 4,
      considered: 3,
      share: 0.75,
    });
  });

  it('should leave the indicator out when the report model has none', () => {
    expect(summaryOf('sv', model, 'x', undefined)).not.toHaveProperty('fundingConsidered');
  });
});

describe('summaryOf with SEK, EUR and NOK', () => {
  const build = (rates: ExchangeRate[]) => moneyModel(rates);
  const plain = (text: string) => text.replace(/\s/g, ' ');

  it('should show the ongoing projects’ funding in kronor converted with the round’s rates', () => {
    const model = build([eurRate, nokRate]);
    // Ongoing in 2025: the SEK and the EUR project (the NOK one starts in 2026).
    const kronor = Math.round(1_000_000 + 94_000 * EUR).toLocaleString('sv-SE');
    expect(plain(summaryOf('sv', model, 'x', undefined).figures.ongoingGrantedSek)).toBe(
      plain(`${kronor} kr (omräknat: 1 EUR = 11,07 kr)`),
    );
    expect(model.keyFigures.funding.ongoingGrantedSek).toBeCloseTo(1_000_000 + 94_000 * EUR, 2);
  });

  it('should put the same figure on the card that the bot sends', () => {
    const summary = summaryOf('sv', build([eurRate]), 'x', undefined);
    expect(JSON.stringify(reportCard('sv', summary))).toContain(
      JSON.stringify(summary.figures.ongoingGrantedSek).slice(1, -1),
    );
  });

  it('should name EUR in euros and flag it when the round has no EUR rate, never 0 kr', () => {
    const text = plain(summaryOf('sv', build([nokRate]), 'x', undefined).figures.ongoingGrantedSek);
    expect(text).toBe('1 000 000 kr + 94 000 EUR (kurs saknas)');
  });
});
