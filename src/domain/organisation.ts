import { z } from 'zod';
import vaxjo from './organisations/vaxjo.json';
import { describeIssues } from './issues';
import { administrationKindSchema, localeSchema } from './records';

/**
 * The organisation config (DESIGN.md §4): one JSON file per municipality, validated here. Växjö's
 * is the default; another municipality edits only such a file in `organisations/`.
 */

const name = z.string().trim().min(1).max(255);
/** Graph ids (group, site) are opaque strings; we only require them to be non-empty. */
const graphId = z.string().trim().min(1).max(500);
/** Exchange mailNickname rules: no spaces or the characters Graph rejects. */
const mailNickname = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,64}$/, 'mail-nickname')
  .max(64);

/** A förvaltning or kommunalt bolag: one Microsoft 365 group and site each (DESIGN.md §3). */
export const administrationSchema = z.object({
  /** Stable id used in list items, URLs and group names: lower-case kebab-case. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case-id'),
  name,
  shortName: name.optional(),
  kind: administrationKindSchema,
  /** The nämnd of a förvaltning, or the styrelse of a bolag. */
  committee: name,
  /** Defaults to `ia-<id>` (see `mailNicknameOf`). */
  mailNickname: mailNickname.optional(),
  /** Set in a tenant to map an existing Microsoft 365 group instead of provisioning one. */
  groupId: graphId.optional(),
  siteId: graphId.optional(),
});
export type Administration = z.infer<typeof administrationSchema>;

/** A mandate period (mandatperiod), e.g. 2023–2026; follow-up is done per period. */
export const mandatePeriodSchema = z
  .object({
    start: z.number().int().min(1900).max(2200),
    end: z.number().int().min(1900).max(2200),
    label: name,
  })
  .refine((p) => p.end >= p.start, { path: ['end'], message: 'end-before-start' });
export type MandatePeriod = z.infer<typeof mandatePeriodSchema>;

/** The whole organisation config file; ids and mail nicknames must be unique. */
export const organisationConfigSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case-id'),
    name,
    vision: z.string().trim().min(1).max(2000),
    /** The goal area (målområde) the international work is reported under. */
    goalArea: name,
    /** The vision and goal area as English reports write them (Swedish ones are kept otherwise). */
    english: z.object({ vision: z.string().trim().min(1).max(2000), goalArea: name }).optional(),
    strategy: z
      .object({
        title: name,
        adopted: z.iso.date(),
        adoptedBy: name,
      })
      .optional(),
    locale: localeSchema.default('sv'),
    /** `<tenant>.sharepoint.com`, used to resolve mapped sites by path. */
    tenantHost: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'host-name'),
    network: z.object({
      name,
      mailNickname,
      groupId: graphId.optional(),
      siteId: graphId.optional(),
    }),
    administrations: z.array(administrationSchema).min(1).max(200),
    /**
     * Who reads every administration's records besides the network (DESIGN.md §3: the executive
     * board's readers): UPNs, or mail nicknames of groups whose members read. Granted as site read
     * permissions at provisioning, never as membership.
     */
    readers: z
      .array(z.union([z.string().email().max(200), mailNickname]))
      .max(50)
      .default([]),
    mandatePeriods: z.array(mandatePeriodSchema).min(1),
  })
  .superRefine((org, ctx) => {
    // Ids and mail nicknames become group names and list values: a duplicate would silently merge
    // two administrations' data, so it is rejected with the index of the second occurrence.
    const seenIds = new Set<string>();
    const seenNicknames = new Set<string>([org.network.mailNickname.toLowerCase()]);
    org.administrations.forEach((admin, index) => {
      if (seenIds.has(admin.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['administrations', index, 'id'],
          message: 'duplicate-id',
        });
      }
      seenIds.add(admin.id);
      const nickname = mailNicknameOf(admin).toLowerCase();
      if (seenNicknames.has(nickname)) {
        ctx.addIssue({
          code: 'custom',
          path: ['administrations', index, 'mailNickname'],
          message: 'duplicate-mail-nickname',
        });
      }
      seenNicknames.add(nickname);
    });
    const periods = [...org.mandatePeriods].sort((a, b) => a.start - b.start);
    periods.forEach((period, index) => {
      const previous = periods[index - 1];
      if (previous && period.start <= previous.end) {
        const original = org.mandatePeriods.indexOf(period);
        ctx.addIssue({
          code: 'custom',
          path: ['mandatePeriods', original, 'start'],
          message: 'overlapping-period',
        });
      }
    });
  });
export type OrganisationConfig = z.infer<typeof organisationConfigSchema>;
export type OrganisationConfigInput = z.input<typeof organisationConfigSchema>;

/** Thrown by `parseOrganisationConfig`; `issues` lists `path: message` for each wrong field. */
export class OrganisationConfigError extends Error {
  override readonly name = 'OrganisationConfigError';
  constructor(
    message: string,
    readonly issues: readonly string[],
  ) {
    super(message);
  }
}

/**
 * Validates an organisation config given as parsed JSON or as JSON text.
 * @throws OrganisationConfigError naming every wrong field, e.g. `administrations[2].kind: ...`.
 */
export function parseOrganisationConfig(json: unknown): OrganisationConfig {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new OrganisationConfigError(`Organisation config is not valid JSON: ${reason}`, [
        reason,
      ]);
    }
  }
  const result = organisationConfigSchema.safeParse(value);
  if (!result.success) {
    const description = describeIssues(result.error);
    throw new OrganisationConfigError(
      `Invalid organisation config: ${description}`,
      description.split('; '),
    );
  }
  return result.data;
}

/** The Microsoft 365 group mail nickname of an administration: mapped, or `ia-<id>`. */
export function mailNicknameOf(
  administration: Pick<Administration, 'id' | 'mailNickname'>,
): string {
  return administration.mailNickname ?? `ia-${administration.id}`;
}

/** Looks up an administration by id; undefined when the organisation has none with that id. */
export function findAdministration(
  organisation: OrganisationConfig,
  administrationId: string,
): Administration | undefined {
  return organisation.administrations.find((a) => a.id === administrationId);
}

/** Växjö kommun, the default organisation (`organisations/vaxjo.json`). */
export const defaultOrganisation: OrganisationConfig = parseOrganisationConfig(vaxjo);
