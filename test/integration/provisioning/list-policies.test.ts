import { describe, expect, it } from 'vitest';
import { defaultOrganisation } from '../../../src/domain/organisation.js';
import { projectsList, type ListDefinition } from '../../../src/graph/lists/definitions.js';
import {
  emulatorListPolicies,
  listPolicyTargets,
  pnpListPolicyCommands,
  siteReadGrants,
  type EmulatorListPolicy,
} from '../../../src/graph/lists/policies.js';

const listRules = () =>
  emulatorListPolicies(defaultOrganisation).filter(
    (p): p is EmulatorListPolicy => 'listDisplayName' in p,
  );

describe('emulatorListPolicies', () => {
  it('should make the lists that steer the workflow owners-only on the network site', () => {
    const owners = listRules()
      .filter((p) => p.writers === 'owners')
      .map((p) => `${p.siteGroupMailNickname}/${p.listDisplayName}`);
    expect(owners).toEqual([
      'ia-natverket/Kontaktpersoner',
      'ia-natverket/Rapporteringsomgångar',
      'ia-natverket/Granskningsbeslut',
      'ia-natverket/Nätverksmedlemskap',
      'ia-natverket/Utlysningar',
      // The old network list of yearly reports, kept read only after the upgrade moved its items.
      'ia-natverket/Årsrapporter',
    ]);
  });

  it('should let members edit only their own call responses, and every member the submissions', () => {
    const own = listRules().filter((p) => p.writeSecurity === 'own');
    expect(own).toEqual([
      {
        siteGroupMailNickname: 'ia-natverket',
        listDisplayName: 'Svar på utlysningar',
        writeSecurity: 'own',
      },
    ]);
  });

  it('should grant read on every administration site to the network and the readers', () => {
    const grants = emulatorListPolicies(defaultOrganisation).filter((p) => 'readers' in p);
    expect(grants).toEqual(siteReadGrants(defaultOrganisation));
    expect(grants).toHaveLength(defaultOrganisation.administrations.length + 1);
    expect(grants[0]).toEqual({
      siteGroupMailNickname: 'ia-kommunledning',
      readers: ['ia-natverket', 'ks.ledamot@vaxjo.example'],
    });
  });

  it("should grant the readers, and only them, read on the network's site (the published reports)", () => {
    expect(siteReadGrants(defaultOrganisation).at(-1)).toEqual({
      siteGroupMailNickname: 'ia-natverket',
      readers: ['ks.ledamot@vaxjo.example'],
    });
    const noReaders = siteReadGrants({ ...defaultOrganisation, readers: [] });
    expect(noReaders.map((g) => g.siteGroupMailNickname)).not.toContain('ia-natverket');
  });

  it("should give an administration list's policy once per administration site", () => {
    const guarded: ListDefinition = {
      ...projectsList,
      adminPolicy: { writers: 'owners', reason: 'test' },
    };
    const targets = listPolicyTargets(defaultOrganisation, [guarded]);
    expect(targets.map((p) => p.mailNickname)).toEqual(
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

  it('should connect once to each site at its default URL', () => {
    const connects = commands.filter((l) => l.startsWith('Connect-PnPOnline'));
    expect(connects).toHaveLength(defaultOrganisation.administrations.length + 1);
    expect(connects).toContain(
      "Connect-PnPOnline -Url 'https://vaxjo.sharepoint.com/sites/ia-natverket' -Interactive -ClientId $pnpClientId",
    );
  });

  it("should add the network group's members and the readers to each administration site's visitors", () => {
    const withIds = pnpListPolicyCommands(defaultOrganisation, {
      groupId: (n) => (n === 'ia-natverket' ? '11111111-2222-3333-4444-555555555555' : undefined),
    });
    expect(withIds).toContain(
      "Add-PnPGroupMember -Group (Get-PnPGroup -AssociatedVisitorGroup) -LoginName 'c:0o.c|federateddirectoryclaimprovider|11111111-2222-3333-4444-555555555555'",
    );
    expect(withIds).toContain(
      "Add-PnPGroupMember -Group (Get-PnPGroup -AssociatedVisitorGroup) -LoginName 'i:0#.f|membership|ks.ledamot@vaxjo.example'",
    );
    const visitors = withIds.filter((l) => l.includes('AssociatedVisitorGroup'));
    // Two per administration site, and the reader on the network's site.
    expect(visitors).toHaveLength(2 * defaultOrganisation.administrations.length + 1);
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
