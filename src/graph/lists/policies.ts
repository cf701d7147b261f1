import { mailNicknameOf, type OrganisationConfig } from '../../domain/organisation.js';
import {
  legacyListDefinitions,
  listDefinitions,
  type ListAdminPolicy,
  type ListDefinition,
} from './definitions.js';

/**
 * The lists' admin policies (`ListDefinition.adminPolicy`) in the two forms they are applied:
 * configuration for the local Graph emulator, and the one-off PnP PowerShell commands a
 * SharePoint admin runs in a tenant (Graph cannot set per-user list permissions:
 * `POST /sites/{id}/lists/{id}/permissions` grants applications only).
 */

/** One list's policy, located by its group's mail nickname (the emulator's `ListPolicyRule`). */
export interface EmulatorListPolicy {
  siteGroupMailNickname: string;
  listDisplayName: string;
  writers?: 'members' | 'owners';
  writeSecurity?: 'all' | 'own';
}

/**
 * Read on a private administration site beyond its group (the emulator's `SiteReadRule`): the
 * network group's members (the coordinator and the contact persons) and the organisation's
 * readers (the executive board). Never through membership, which would grant write.
 */
export interface EmulatorSiteReadRule {
  siteGroupMailNickname: string;
  /** UPNs and group mail nicknames. */
  readers: string[];
}

/** A list with a policy, on one group's site. */
export interface ListPolicyTarget {
  definition: ListDefinition;
  policy: ListAdminPolicy;
  /** The group whose site holds the list. */
  mailNickname: string;
}

/** Every list with a policy, per site: network lists once, administration lists per administration. */
export function listPolicyTargets(
  organisation: Pick<OrganisationConfig, 'network' | 'administrations'>,
  definitions: readonly ListDefinition[] = [...listDefinitions, ...legacyListDefinitions],
): ListPolicyTarget[] {
  return definitions.flatMap((definition) => {
    const policy = definition.adminPolicy;
    if (!policy) return [];
    const nicknames =
      definition.scope === 'network'
        ? [organisation.network.mailNickname]
        : organisation.administrations.map(mailNicknameOf);
    return nicknames.map((mailNickname) => ({ definition, policy, mailNickname }));
  });
}

/**
 * Who is granted read beyond a group's members (DESIGN.md §3: reading is wide): each
 * administration's site to the network and the readers; the network's site to the readers, so
 * the executive board reads the published yearly reports in its library (`listPublishedReports`)
 * and the network's lists they are compiled from, and writes nothing there.
 */
export function siteReadGrants(
  organisation: Pick<OrganisationConfig, 'network' | 'administrations' | 'readers'>,
): EmulatorSiteReadRule[] {
  const administrations = organisation.administrations.map((a) => ({
    siteGroupMailNickname: mailNicknameOf(a),
    readers: [organisation.network.mailNickname, ...organisation.readers],
  }));
  if (organisation.readers.length === 0) return administrations;
  return [
    ...administrations,
    {
      siteGroupMailNickname: organisation.network.mailNickname,
      readers: [...organisation.readers],
    },
  ];
}

/** The list policies and the site read grants as the emulator's `listPolicies` option. */
export function emulatorListPolicies(
  organisation: Pick<OrganisationConfig, 'network' | 'administrations' | 'readers'>,
): (EmulatorListPolicy | EmulatorSiteReadRule)[] {
  return [...emulatorListRules(organisation), ...siteReadGrants(organisation)];
}

function emulatorListRules(
  organisation: Pick<OrganisationConfig, 'network' | 'administrations'>,
): EmulatorListPolicy[] {
  return listPolicyTargets(organisation).map(({ definition, policy, mailNickname }) => ({
    siteGroupMailNickname: mailNickname,
    listDisplayName: definition.displayName,
    ...(policy.writers ? { writers: policy.writers } : {}),
    ...(policy.writeSecurity ? { writeSecurity: policy.writeSecurity } : {}),
  }));
}

/** Options of {@link pnpListPolicyCommands}. */
export interface PnpCommandOptions {
  /** The site URL of a group (default `https://<tenantHost>/sites/<mailNickname>`). */
  siteUrl?: (mailNickname: string) => string | undefined;
  /**
   * Permission level names: they are localised with the site's language (a Swedish site says
   * 'Redigera' and 'Läsa'); `Get-PnPRoleDefinition` lists them. Default the English names.
   */
  roles?: { edit: string; read: string };
  /** A group's object id by mail nickname (SharePoint names a group's members by it). */
  groupId?: (mailNickname: string) => string | undefined;
}

/** A PowerShell single-quoted string ('' escapes a quote). */
const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * SharePoint's login name of a reader: a user by UPN, or the members of a Microsoft 365 group by
 * its object id (the "federated directory" claim SharePoint uses for group membership).
 */
function loginNameOf(
  reader: string,
  groupId: (mailNickname: string) => string | undefined,
): string {
  if (reader.includes('@')) return `i:0#.f|membership|${reader}`;
  return `c:0o.c|federateddirectoryclaimprovider|${groupId(reader) ?? `<object id of the group ${reader}>`}`;
}

/**
 * The PnP PowerShell commands that set the policies in a tenant, one block per site: break the
 * list's inheritance and make the site's Members group read only (`writers: 'owners'`), and the
 * item-level setting "edit own items" (`writeSecurity: 'own'`, WriteSecurity 2); on each
 * administration's site, the readers added to the site's Visitors group (read, never write).
 * Lines starting with `#` say why. Run once by a SharePoint admin; running again changes nothing
 * that matters.
 */
export function pnpListPolicyCommands(
  organisation: Pick<OrganisationConfig, 'network' | 'administrations' | 'tenantHost' | 'readers'>,
  options: PnpCommandOptions = {},
): string[] {
  const roles = options.roles ?? { edit: 'Edit', read: 'Read' };
  const targets = listPolicyTargets(organisation);
  const grants = siteReadGrants(organisation);
  const groupId = options.groupId ?? (() => undefined);
  const lines: string[] = [
    '# Once per tenant, by a SharePoint admin (PnP.PowerShell 2+, your own PnP app registration):',
    "$pnpClientId = '<client id of your PnP PowerShell app registration>'",
  ];
  const nicknames = [
    ...new Set([
      ...targets.map((t) => t.mailNickname),
      ...grants.map((g) => g.siteGroupMailNickname),
    ]),
  ];
  for (const mailNickname of nicknames) {
    const url =
      options.siteUrl?.(mailNickname) ?? `https://${organisation.tenantHost}/sites/${mailNickname}`;
    lines.push('', `# Site of the group ${mailNickname}`);
    lines.push(`Connect-PnPOnline -Url ${quote(url)} -Interactive -ClientId $pnpClientId`);
    for (const { definition, policy } of targets.filter((t) => t.mailNickname === mailNickname)) {
      const list = quote(definition.displayName);
      lines.push(`# ${definition.displayName}: ${policy.reason}`);
      if (policy.writers === 'owners') {
        lines.push(`Set-PnPList -Identity ${list} -BreakRoleInheritance -CopyRoleAssignments`);
        lines.push(
          `Set-PnPListPermission -Identity ${list} -Group (Get-PnPGroup -AssociatedMemberGroup) -RemoveRole ${quote(roles.edit)} -AddRole ${quote(roles.read)}`,
        );
      }
      if (policy.writeSecurity === 'own')
        lines.push(`Set-PnPList -Identity ${list} -WriteSecurity 2`);
    }
    for (const grant of grants.filter((g) => g.siteGroupMailNickname === mailNickname)) {
      lines.push(
        `# Read for ${grant.readers.join(', ')}: the private group's members write, ${grant.siteGroupMailNickname === organisation.network.mailNickname ? 'the readers read (the published yearly reports)' : 'the network and the readers read'}`,
      );
      for (const reader of grant.readers) {
        lines.push(
          `Add-PnPGroupMember -Group (Get-PnPGroup -AssociatedVisitorGroup) -LoginName ${quote(loginNameOf(reader, groupId))}`,
        );
      }
    }
  }
  return lines;
}
