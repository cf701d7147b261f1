import { describe, expect, it } from 'vitest';
import { parseCommand, type ParsedCommand } from '../../../../src/bot/commands/parse';
import { defaultOrganisation } from '../../../../src/domain/organisation';

const now = new Date('2026-03-15T09:00:00Z');
const parse = (text: string, mentionTexts?: string[]) =>
  parseCommand(text, { administrations: defaultOrganisation.administrations, now, mentionTexts });

describe('parseCommand', () => {
  const table: Array<[string, ParsedCommand]> = [
    ['rapport', { kind: 'report', year: 2025 }],
    ['Rapport 2024', { kind: 'report', year: 2024 }],
    ['  RAPPORT   2024  ', { kind: 'report', year: 2024 }],
    ['report 2023', { kind: 'report', year: 2023 }],
    ['rapport 2024 utbildning', { kind: 'report', year: 2024, administrationId: 'utbildning' }],
    [
      'rapport Utbildningsförvaltningen',
      { kind: 'report', year: 2025, administrationId: 'utbildning' },
    ],
    [
      'rapport utbildningsforvaltningen 2024',
      { kind: 'report', year: 2024, administrationId: 'utbildning' },
    ],
    [
      'report 2024 kultur och fritid',
      { kind: 'report', year: 2024, administrationId: 'kultur-fritid' },
    ],
    ['rapport vidingehem', { kind: 'report', year: 2025, administrationId: 'vidingehem' }],
    ['rapport Växjö Energi AB', { kind: 'report', year: 2025, administrationId: 'vaxjo-energi' }],
    ['rapport arbete-valfard', { kind: 'report', year: 2025, administrationId: 'arbete-valfard' }],
    ['årsrapport 2024', { kind: 'report', year: 2024 }],
    ['status', { kind: 'status', year: 2025 }],
    ['Status 2024.', { kind: 'status', year: 2024 }],
    ['påminn', { kind: 'remind', year: 2025 }],
    ['paminn 2025', { kind: 'remind', year: 2025 }],
    ['remind 2025', { kind: 'remind', year: 2025 }],
    ['utlysningar', { kind: 'calls' }],
    ['utlysningar omsorg', { kind: 'calls', administrationId: 'omsorg' }],
    ['calls', { kind: 'calls' }],
    ['hjälp', { kind: 'help' }],
    ['HJALP', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['help me with the report', { kind: 'help' }],
    ['?', { kind: 'help' }],
    ['/rapport', { kind: 'report', year: 2025 }],
    ['rapport 2026', { kind: 'report', year: 2026 }],
  ];
  it.each(table)('should parse %j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it('should strip an <at> mention of the bot in a channel', () => {
    expect(parse('<at>Internationellt arbete</at> rapport 2024')).toEqual({
      kind: 'report',
      year: 2024,
    });
  });

  it('should strip a mention given only as the entity text', () => {
    expect(parse('@Internationellt arbete status', ['@Internationellt arbete'])).toEqual({
      kind: 'status',
      year: 2025,
    });
  });

  it('should strip HTML paragraphs and entities that Teams adds', () => {
    expect(parse('<p><at>Bot</at>&nbsp;report&nbsp;2024</p>')).toEqual({
      kind: 'report',
      year: 2024,
    });
  });

  it('should refuse a future year', () => {
    expect(parse('rapport 2031')).toEqual({
      kind: 'invalid',
      command: 'report',
      problem: { code: 'future-year', year: 2031 },
    });
  });

  it('should refuse a year before the records begin', () => {
    expect(parse('rapport 1066')).toEqual({
      kind: 'invalid',
      command: 'report',
      problem: { code: 'year-out-of-range', value: '1066' },
    });
  });

  it('should refuse an absurdly long number without echoing all of it', () => {
    const parsed = parse(`status ${'9'.repeat(50)}`);
    expect(parsed).toMatchObject({ kind: 'invalid', problem: { code: 'year-out-of-range' } });
    expect(JSON.stringify(parsed).length).toBeLessThan(200);
  });

  it('should refuse two years', () => {
    expect(parse('rapport 2023 2024')).toMatchObject({
      kind: 'invalid',
      problem: { code: 'unexpected-argument', value: '2024' },
    });
  });

  it('should report an unknown administration with close suggestions', () => {
    expect(parse('rapport utbilding')).toEqual({
      kind: 'invalid',
      command: 'report',
      problem: { code: 'unknown-administration', query: 'utbilding', suggestions: ['utbildning'] },
    });
  });

  it('should report an unknown administration without suggestions when nothing is close', () => {
    expect(parse('rapport brandkåren')).toMatchObject({
      problem: { code: 'unknown-administration', suggestions: [] },
    });
  });

  it('should report an ambiguous administration with its candidates', () => {
    expect(parse('rapport växjö')).toEqual({
      kind: 'invalid',
      command: 'report',
      problem: {
        code: 'ambiguous-administration',
        query: 'växjö',
        candidates: ['vaxjo-energi', 'vaxjo-kommunforetag'],
      },
    });
  });

  it('should refuse an administration on status, which covers all of them', () => {
    expect(parse('status utbildning')).toMatchObject({
      kind: 'invalid',
      command: 'status',
      problem: { code: 'unexpected-argument' },
    });
  });

  it('should refuse 10 KB of text as too long', () => {
    expect(parse(`rapport ${'x'.repeat(10_000)}`)).toEqual({ kind: 'too-long', length: 10_008 });
  });

  it('should answer an empty message (only a mention) as empty', () => {
    expect(parse('<at>Internationellt arbete</at>  ')).toEqual({ kind: 'empty' });
  });

  it('should suggest the command a typo is close to', () => {
    expect(parse('raport 2024')).toEqual({
      kind: 'unknown',
      word: 'raport',
      suggestions: ['report'],
    });
  });

  it('should echo an unknown administration as typed, with its diacritics', () => {
    expect(parse('rapport Brandkåren')).toMatchObject({ problem: { query: 'Brandkåren' } });
  });

  it('should answer small talk as unknown without suggestions', () => {
    expect(parse('vad tycker du om fika')).toEqual({
      kind: 'unknown',
      word: 'vad',
      suggestions: [],
    });
  });
});
