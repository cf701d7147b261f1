import { mailNicknameOf, type OrganisationConfig } from '../../domain/organisation.js';
import { listDefinitions, type ListAdminPolicy, type ListDefinition } from './definitions.js';

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
  definitions: readonly ListDefinition[] = listDefinitions,
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

/** The policies as the emulator's `listPolicies` option. */
export function emulatorListPolicies(
  organisation: Pick<OrganisationConfig, 'network' | 'administrations'>,
  definitions: readonly ListDefinition[] = listDefinitions,
): EmulatorListPolicy[] {
  return listPolicyTargets(organisation, definitions).map(
    ({ definition, policy, mailNickname }) => ({
      siteGroupMailNickname: mailNickname,
      listDisplayName: definition.displayName,
      ...(policy.writers ? { writers: policy.writers } : {}),
      ...(policy.writeSecurity ? { writeSecurity: policy.writeSecurity } : {}),
    }),
  );
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
}

/** A PowerShell single-quoted string ('' escapes a quote). */
const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * The PnP PowerShell commands that set the policies in a tenant, one block per site: break the
 * list's inheritance and make the site's Members group read only (`writers: 'owners'`), and the
 * item-level setting "edit own items" (`writeSecurity: 'own'`, WriteSecurity 2). Lines starting
 * with `#` say why. Run once by a SharePoint admin; running again changes nothing that matters.
 */
export function pnpListPolicyCommands(
  organisation: Pick<OrganisationConfig, 'network' | 'administrations' | 'tenantHost'>,
  options: PnpCommandOptions = {},
): string[] {
  const roles = options.roles ?? { edit: 'Edit', read: 'Read' };
  const targets = listPolicyTargets(organisation);
  const lines: string[] = [
    '# Once per tenant, by a SharePoint admin (PnP.PowerShell 2+, your own PnP app registration):',
    "$pnpClientId = '<client id of your PnP PowerShell app registration>'",
  ];
  for (const mailNickname of [...new Set(targets.map((t) => t.mailNickname))]) {
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
  }
  return lines;
}
