import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/emulator/store/db.js';
import { ListPolicyStore, parseListPolicyRule } from '../../../src/emulator/store/list-policies.js';

const rule = { siteGroupMailNickname: 'ia-natverket', listDisplayName: 'Årsrapporter' };

describe('parseListPolicyRule', () => {
  it('should keep a valid rule with its settings', () => {
    expect(parseListPolicyRule({ ...rule, writers: 'owners', writeSecurity: 'own' })).toEqual({
      ...rule,
      writers: 'owners',
      writeSecurity: 'own',
    });
  });

  it('should name a writers value that is neither members nor owners', () => {
    expect(() => parseListPolicyRule({ ...rule, writers: 'all' })).toThrow(
      /'writers' must be one of 'members', 'owners'/,
    );
  });

  it('should name a missing listDisplayName', () => {
    expect(() => parseListPolicyRule({ siteGroupMailNickname: 'x' })).toThrow(
      /'listDisplayName' is required/,
    );
  });

  it('should name an unknown property', () => {
    expect(() => parseListPolicyRule({ ...rule, readers: 'owners' })).toThrow(/'readers'/);
  });
});

describe('ListPolicyStore', () => {
  it("should answer SharePoint's defaults for a list without a policy", () => {
    expect(new ListPolicyStore(openDatabase(':memory:')).get('no-such-list')).toEqual({
      writers: 'members',
      writeSecurity: 'all',
    });
  });

  it('should match a rule by group and list name regardless of case', () => {
    const store = new ListPolicyStore(openDatabase(':memory:'));
    store.addRules([{ ...rule, writeSecurity: 'own' }]);
    expect(store.ruleFor('IA-NATVERKET', 'årsrapporter')).toEqual({
      writers: 'members',
      writeSecurity: 'own',
    });
  });

  it('should let a later rule for the same list replace the earlier one', () => {
    const store = new ListPolicyStore(openDatabase(':memory:'));
    store.addRules([
      { ...rule, writers: 'owners' },
      { ...rule, writeSecurity: 'own' },
    ]);
    expect(store.configuredRules()).toEqual([{ ...rule, writeSecurity: 'own' }]);
  });
});
