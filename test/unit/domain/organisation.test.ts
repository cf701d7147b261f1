import { describe, expect, it } from 'vitest';
import {
  defaultOrganisation,
  findAdministration,
  mailNicknameOf,
  OrganisationConfigError,
  parseOrganisationConfig,
} from '../../../src/domain/organisation';
import vaxjo from '../../../src/domain/organisations/vaxjo.json';
import { makeOrganisation } from './factories';

const clone = () => structuredClone(vaxjo) as Record<string, unknown> & typeof vaxjo;

const errorOf = (input: unknown): OrganisationConfigError => {
  try {
    parseOrganisationConfig(input);
  } catch (error) {
    if (error instanceof OrganisationConfigError) return error;
    throw error;
  }
  throw new Error('expected parseOrganisationConfig to throw');
};

describe('defaultOrganisation', () => {
  it('should be Växjö kommun with its vision and goal area', () => {
    expect(defaultOrganisation).toMatchObject({
      name: 'Växjö kommun',
      vision:
        'Europas Grönaste Stad, där människor, organisationer och företag växer och tar ansvar',
      goalArea: 'Arbete och Företag',
      tenantHost: 'vaxjo.sharepoint.com',
      locale: 'sv',
      strategy: { adopted: '2013-10-15', adoptedBy: 'Kommunfullmäktige' },
      network: { name: 'Nätverket för internationella frågor', mailNickname: 'ia-natverket' },
    });
  });

  it('should list the ten administrations with the contract ids in order', () => {
    expect(defaultOrganisation.administrations.map((a) => a.id)).toEqual([
      'kommunledning',
      'utbildning',
      'omsorg',
      'arbete-valfard',
      'kultur-fritid',
      'samhallsbyggnad',
      'miljo-halsa',
      'vaxjo-energi',
      'vidingehem',
      'vaxjo-kommunforetag',
    ]);
  });

  it('should mark the three companies as bolag', () => {
    const bolag = defaultOrganisation.administrations.filter((a) => a.kind === 'bolag');
    expect(bolag.map((a) => a.id)).toEqual(['vaxjo-energi', 'vidingehem', 'vaxjo-kommunforetag']);
  });

  it('should have the four mandate periods from 2015 to 2030', () => {
    expect(defaultOrganisation.mandatePeriods.map((p) => [p.start, p.end])).toEqual([
      [2015, 2018],
      [2019, 2022],
      [2023, 2026],
      [2027, 2030],
    ]);
  });
});

describe('mailNicknameOf', () => {
  it('should default to ia-<id>', () => {
    expect(mailNicknameOf({ id: 'omsorg' })).toBe('ia-omsorg');
  });

  it('should use a mapped nickname', () => {
    expect(mailNicknameOf({ id: 'omsorg', mailNickname: 'omsorg-int' })).toBe('omsorg-int');
  });
});

describe('findAdministration', () => {
  it('should find an administration by id', () => {
    expect(findAdministration(defaultOrganisation, 'vidingehem')?.name).toBe('Vidingehem AB');
  });

  it('should return undefined for an unknown id', () => {
    expect(findAdministration(defaultOrganisation, 'nope')).toBeUndefined();
  });
});

describe('parseOrganisationConfig', () => {
  it('should accept JSON text', () => {
    expect(parseOrganisationConfig(JSON.stringify(vaxjo)).name).toBe('Växjö kommun');
  });

  it('should report malformed JSON text', () => {
    expect(errorOf('{ "name": ').message).toMatch(/^Organisation config is not valid JSON/);
  });

  it('should name a missing field', () => {
    const { vision: _v, ...rest } = clone();
    expect(errorOf(rest).issues).toEqual([expect.stringMatching(/^vision: /)]);
  });

  it('should name the wrong field inside an administration by index', () => {
    const config = clone();
    config.administrations[2] = { ...config.administrations[2]!, kind: 'nämnd' };
    expect(errorOf(config).issues).toEqual([
      expect.stringMatching(/^administrations\[2\]\.kind: /),
    ]);
  });

  it('should reject a duplicate administration id at the second occurrence', () => {
    const config = clone();
    config.administrations[4] = { ...config.administrations[4]!, id: 'omsorg' };
    expect(errorOf(config).issues).toContain('administrations[4].id: duplicate-id');
  });

  it('should reject a mapped mail nickname that another administration gets by default', () => {
    const config = clone();
    config.administrations[1] = {
      ...config.administrations[1]!,
      mailNickname: 'ia-omsorg',
    } as never;
    expect(errorOf(config).issues).toContain(
      'administrations[2].mailNickname: duplicate-mail-nickname',
    );
  });

  it('should reject an id that is not kebab-case', () => {
    const config = clone();
    config.administrations[0] = { ...config.administrations[0]!, id: 'Kommun Ledning' };
    expect(errorOf(config).issues).toEqual(['administrations[0].id: kebab-case-id']);
  });

  it('should reject overlapping mandate periods', () => {
    const config = clone();
    config.mandatePeriods = [
      { start: 2019, end: 2022, label: 'a' },
      { start: 2022, end: 2025, label: 'b' },
    ];
    expect(errorOf(config).issues).toEqual(['mandatePeriods[1].start: overlapping-period']);
  });

  it('should reject a mandate period that ends before it starts', () => {
    const config = clone();
    config.mandatePeriods = [{ start: 2026, end: 2023, label: 'a' }];
    expect(errorOf(config).issues).toEqual(['mandatePeriods[0].end: end-before-start']);
  });

  it('should accept a mapped group and site for a tenant', () => {
    const config = clone();
    config.administrations[0] = {
      ...config.administrations[0]!,
      groupId: 'g-1',
      siteId: 's-1',
    } as never;
    const parsed = parseOrganisationConfig(config);
    expect(parsed.administrations[0]).toMatchObject({ groupId: 'g-1', siteId: 's-1' });
  });
});

describe('makeOrganisation factory', () => {
  it('should validate its overrides like a config file', () => {
    expect(() => makeOrganisation({ administrations: [] })).toThrow(OrganisationConfigError);
  });
});
