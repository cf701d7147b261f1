import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Locale, OrganisationConfig } from '../domain/index.js';

/** Output formats of the report CLI; `json` is the report model itself. */
export const reportFormats = ['docx', 'xlsx', 'json'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** The report CLI's validated arguments. */
export interface ReportCliArgs {
  /** The report year; for a mandate-period report, the period's last year. */
  year: number;
  administrationId?: string;
  /** A mandate period of the organisation config, e.g. `{start: 2023, end: 2026}`. */
  mandatePeriod?: { start: number; end: number; label: string };
  format: ReportFormat;
  out: string;
  locale: Locale;
}

/** An argument is wrong; `argument` is its flag (e.g. `--year`). */
export class CliArgumentError extends Error {
  constructor(
    readonly argument: string,
    detail: string,
  ) {
    super(`${argument}: ${detail}`);
    this.name = 'CliArgumentError';
  }
}

/** Usage text printed on `--help` and with argument errors. */
export const REPORT_USAGE = `Usage: npm run report -- --year YEAR [--administration ID] [--mandate-period START-END]
                         --format docx|xlsx|json [--out PATH] [--locale sv|en]

  --year            report year (2000 up to this year); not needed with --mandate-period
  --administration  one administration's report (an id from the organisation config)
  --mandate-period  mandate-period follow-up, e.g. 2023-2026 (docx or json)
  --format          docx (Word), xlsx (Excel) or json (the report model)
  --out             output file (default: arsrapport-<year>[-<administration>].<format>)
  --locale          sv (default) or en`;

/**
 * Parses and validates the report CLI's arguments against the organisation config (known
 * administration, configured mandate period).
 * @throws {CliArgumentError} naming the argument that is wrong.
 */
export function parseReportCliArgs(
  argv: string[],
  organisation: OrganisationConfig,
  now: Date = new Date(),
): ReportCliArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        year: { type: 'string' },
        administration: { type: 'string' },
        'mandate-period': { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        locale: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CliArgumentError('arguments', (error as Error).message);
  }

  const currentYear = now.getFullYear();
  const check = <T>(flag: string, schema: z.ZodType<T>, value: unknown): T => {
    const result = schema.safeParse(value);
    if (!result.success) throw new CliArgumentError(flag, result.error.issues[0]?.message ?? '');
    return result.data;
  };

  const format = check(
    '--format',
    z.enum(reportFormats, { error: `one of ${reportFormats.join(', ')}` }),
    values.format,
  );
  const locale = check(
    '--locale',
    z.enum(['sv', 'en'], { error: 'sv or en' }),
    values.locale ?? organisation.locale,
  );

  const administrationIds = organisation.administrations.map((a) => a.id);
  const administrationId =
    values.administration === undefined
      ? undefined
      : check(
          '--administration',
          z.enum(administrationIds as [string, ...string[]], {
            error: `unknown administration "${String(values.administration)}"; known: ${administrationIds.join(', ')}`,
          }),
          values.administration,
        );

  let mandatePeriod: ReportCliArgs['mandatePeriod'];
  if (values['mandate-period'] !== undefined) {
    const spec = String(values['mandate-period']);
    const found = organisation.mandatePeriods.find((p) => `${p.start}-${p.end}` === spec);
    if (!found) {
      const known = organisation.mandatePeriods.map((p) => `${p.start}-${p.end}`).join(', ');
      throw new CliArgumentError('--mandate-period', `unknown period "${spec}"; known: ${known}`);
    }
    if (format === 'xlsx') {
      throw new CliArgumentError('--format', 'a mandate-period report is docx or json');
    }
    mandatePeriod = { start: found.start, end: found.end, label: found.label };
  }

  const yearSchema = z.coerce
    .number({ error: 'a year such as 2025' })
    .int('a whole year')
    .min(2000, 'from 2000')
    .max(currentYear, `up to ${currentYear}`);
  let year: number;
  if (values.year !== undefined) {
    year = check('--year', yearSchema, values.year);
  } else if (mandatePeriod) {
    year = Math.min(mandatePeriod.end, currentYear);
  } else {
    throw new CliArgumentError('--year', 'required (or --mandate-period)');
  }

  const stem = mandatePeriod
    ? `mandatperiod-${mandatePeriod.start}-${mandatePeriod.end}`
    : `arsrapport-${year}`;
  const out =
    typeof values.out === 'string' && values.out !== ''
      ? values.out
      : `${stem}${administrationId ? `-${administrationId}` : ''}.${format}`;
  return {
    year,
    ...(administrationId ? { administrationId } : {}),
    ...(mandatePeriod ? { mandatePeriod } : {}),
    format,
    out,
    locale,
  };
}
