import { describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import { projectsList, type ListDefinition } from '../../../src/graph/lists/definitions.js';
import { emulatorListPolicies, pnpListPolicyCommands } from '../../../src/graph/lists/policies.js';

describe('emulatorListPolicies', () => {
  it('should make the coordinator-only network lists owners-only', () => {
    const owners = emulatorListPolicies(defaultOrganisation)
      .filter((p) => p.writers === 'owners')
      .map((p) => p.listDisplayName);
    expect(owners).toEqual([
      'Kontaktpersoner',
      'Rapporteringsomgångar',
      'Nätverksmedlemskap',
      'Utlysningar',
    ]);
  });

  it('should let members edit only their own submissions and call responses', () => {
    const own = emulatorListPolicies(defaultOrganisation).filter((p) => p.writeSecurity === 'own');
    expect(own).toEqual([
      {
        siteGroupMailNickname: 'ia-natverket',
        listDisplayName: 'Årsrapporter',
        writeSecurity: 'own',
      },
      {
        siteGroupMailNickname: 'ia-natverket',
        listDisplayName: 'Svar på utlysningar',
        writeSecurity: 'own',
      },
    ]);
  });

  it("should give an administration list's policy once per administration site", () => {
    const guarded: ListDefinition = {
      ...projectsList,
      adminPolicy: { writers: 'owners', reason: 'test' },
    };
    const policies = emulatorListPolicies(defaultOrganisation, [guarded]);
    expect(policies.map((p) => p.siteGroupMailNickname)).toEqual(
      defaultOrganisation.administrations.map((a) => `ia-${a.id}`),
    );
  });
});

describe('pnpListPolicyCommands', () => {
  const commands = pnpListPolicyCommands(defaultOrganisation);

  it("should break an owners-only list's inheritance and make the Members group read only", () => {
    expect(commands).toContain(
      "Set-PnPList -Identity 'Rapporteringsomgångar' -BreakRoleInheritance -CopyRoleAssignments",
    );
    expect(commands).toContain(
      "Set-PnPListPermission -Identity 'Rapporteringsomgångar' -Group (Get-PnPGroup -AssociatedMemberGroup) -RemoveRole 'Edit' -AddRole 'Read'",
    );
  });

  it('should set item-level "edit own items" on an own-items list', () => {
    expect(commands).toContain("Set-PnPList -Identity 'Svar på utlysningar' -WriteSecurity 2");
  });

  it('should connect once to the network site at its default URL', () => {
    expect(commands.filter((l) => l.startsWith('Connect-PnPOnline'))).toEqual([
      "Connect-PnPOnline -Url 'https://vaxjo.sharepoint.com/sites/ia-natverket' -Interactive -ClientId $pnpClientId",
    ]);
  });

  it("should use the site's localised permission level names when given", () => {
    const sv = pnpListPolicyCommands(defaultOrganisation, {
      roles: { edit: 'Redigera', read: 'Läsa' },
    });
    expect(sv.some((l) => l.endsWith("-RemoveRole 'Redigera' -AddRole 'Läsa'"))).toBe(true);
  });

  it('should double a single quote inside a PowerShell string', () => {
    const quoted = pnpListPolicyCommands(defaultOrganisation, {
      siteUrl: () => "https://x/sites/o'hara",
    });
    expect(quoted).toContain(
      "Connect-PnPOnline -Url 'https://x/sites/o''hara' -Interactive -ClientId $pnpClientId",
    );
  });
});
