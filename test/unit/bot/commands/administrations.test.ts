import { describe, expect, it } from 'vitest';
import { matchAdministration } from '../../../../src/bot/commands/administrations';
import { defaultOrganisation } from '../../../../src/domain/organisation';

const match = (query: string) => matchAdministration(query, defaultOrganisation.administrations);

describe('matchAdministration', () => {
  it.each([
    ['utbildning', 'utbildning'],
    ['Utbildningsförvaltningen', 'utbildning'],
    ['UTBILDNINGSFORVALTNINGEN', 'utbildning'],
    ['KLF', 'kommunledning'],
    ['veab', 'vaxjo-energi'],
    ['energi', 'vaxjo-energi'],
    ['hälsa', 'miljo-halsa'],
    ['välfärd', 'arbete-valfard'],
    ['Vidingehem AB', 'vidingehem'],
    ['kultur- och fritid', 'kultur-fritid'],
  ])('should find %j as %s', (query, id) => {
    expect(match(query)).toEqual({ kind: 'match', administrationId: id });
  });

  it('should call "kommun" ambiguous between the two names that start with it', () => {
    expect(match('kommun')).toEqual({
      kind: 'ambiguous',
      candidates: ['kommunledning', 'vaxjo-kommunforetag'],
    });
  });

  it('should suggest the closest name for a typo', () => {
    expect(match('omsrog')).toEqual({ kind: 'unknown', suggestions: ['omsorg'] });
  });

  it('should not suggest anything from one or two letters', () => {
    expect(match('ab')).toEqual({ kind: 'unknown', suggestions: [] });
  });

  it('should not take a different abbreviation for a typo', () => {
    expect(match('SBF')).toEqual({ kind: 'unknown', suggestions: [] });
  });

  it('should not match the generic word alone', () => {
    expect(match('förvaltningen')).toEqual({ kind: 'unknown', suggestions: [] });
  });
});
