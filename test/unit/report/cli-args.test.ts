import { describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/index.js';
import { CliArgumentError, parseReportCliArgs } from '../../../src/report/cli-args.js';

const now = new Date('2026-11-27T12:00:00Z');
const parse = (argv: string[]) => parseReportCliArgs(argv, defaultOrganisation, now);

/** The argument a CliArgumentError names. */
function badArgument(argv: string[]): string {
  try {
    parse(argv);
  } catch (error) {
    if (error instanceof CliArgumentError) return error.argument;
    throw error;
  }
  throw new Error('expected a CliArgumentError');
}

describe('parseReportCliArgs', () => {
  it('should read year, format and output path', () => {
    expect(parse(['--year', '2025', '--format', 'docx', '--out', 'r.docx'])).toEqual({
      year: 2025,
      format: 'docx',
      out: 'r.docx',
      locale: 'sv',
    });
  });

  it('should name the output after year and administration when --out is left out', () => {
    const args = parse(['--year', '2024', '--administration', 'utbildning', '--format', 'xlsx']);
    expect(args.out).toBe('arsrapport-2024-utbildning.xlsx');
  });

  it('should take English on request', () => {
    expect(parse(['--year', '2025', '--format', 'json', '--locale', 'en']).locale).toBe('en');
  });

  it('should name --year when it is before 2000', () => {
    expect(badArgument(['--year', '1999', '--format', 'docx'])).toBe('--year');
  });

  it('should name --year when it is in the future', () => {
    expect(badArgument(['--year', '2027', '--format', 'docx'])).toBe('--year');
  });

  it('should name --year when it is not a number', () => {
    expect(badArgument(['--year', 'i fjol', '--format', 'docx'])).toBe('--year');
  });

  it('should name --year when neither a year nor a mandate period is given', () => {
    expect(badArgument(['--format', 'docx'])).toBe('--year');
  });

  it('should name --administration and list the known ids when it is unknown', () => {
    expect(() =>
      parse(['--year', '2025', '--administration', 'polisen', '--format', 'docx']),
    ).toThrow(/--administration: .*polisen.*utbildning/);
  });

  it('should name --format when it is not docx, xlsx or json', () => {
    expect(badArgument(['--year', '2025', '--format', 'pdf'])).toBe('--format');
  });

  it('should resolve a configured mandate period and report up to its last year', () => {
    const args = parse(['--mandate-period', '2023-2026', '--format', 'docx']);
    expect(args.mandatePeriod).toMatchObject({ start: 2023, end: 2026 });
    expect(args.year).toBe(2026);
  });

  it('should name --mandate-period when the period is not in the organisation config', () => {
    expect(badArgument(['--mandate-period', '2020-2023', '--format', 'docx'])).toBe(
      '--mandate-period',
    );
  });

  it('should reject an unknown flag', () => {
    expect(badArgument(['--year', '2025', '--format', 'docx', '--colour', 'red'])).toBe(
      'arguments',
    );
  });
});
