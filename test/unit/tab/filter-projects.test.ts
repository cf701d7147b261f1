import { describe, expect, it } from 'vitest';
import { filterProjects, sortProjects } from '../../../src/tab/features/projects/filter-projects';
import { aProject } from './support';

const projects = [
  aProject({
    title: 'Östersjö',
    programme: 'interreg',
    withBusiness: true,
    status: 'ongoing',
    startDate: '2024-01-01',
  }),
  aProject({
    title: 'Alfa',
    programme: 'life',
    partners: [{ name: 'Kaunas kommun', type: 'municipality' }],
  }),
  aProject({
    title: 'Beta',
    programme: 'life',
    status: 'applied',
    applicationSubmitted: '2023-03-01',
    administrationId: 'omsorg',
  }),
];

describe('filterProjects', () => {
  it('should keep only completed projects without achieved results when asked', () => {
    const projects = [
      aProject({
        title: 'utan',
        status: 'completed',
        startDate: '2025-01-01',
        endDate: '2025-12-31',
      }),
      aProject({
        title: 'med',
        status: 'completed',
        startDate: '2025-01-01',
        endDate: '2025-12-31',
        achievedResults: 'Nya kurser',
      }),
      aProject({ title: 'pågår', status: 'ongoing', startDate: '2025-01-01' }),
    ];
    expect(filterProjects(projects, { withoutResults: true }).map((p) => p.title)).toEqual([
      'utan',
    ]);
  });

  it('should keep only ongoing projects past their end date when asked', () => {
    const projects = [
      aProject({
        title: 'passerat',
        status: 'ongoing',
        startDate: '2025-01-01',
        endDate: '2026-06-30',
      }),
      aProject({
        title: 'slutar idag',
        status: 'ongoing',
        startDate: '2025-01-01',
        endDate: '2026-07-01',
      }),
      aProject({
        title: 'avslutat',
        status: 'completed',
        startDate: '2025-01-01',
        endDate: '2026-01-31',
      }),
    ];
    expect(filterProjects(projects, { pastEnd: true }, '2026-07-01').map((p) => p.title)).toEqual([
      'passerat',
    ]);
  });

  it('should find a project by a partner name', () => {
    expect(filterProjects(projects, { text: 'kaunas' }).map((p) => p.title)).toEqual(['Alfa']);
  });

  it('should combine programme and administration filters', () => {
    expect(
      filterProjects(projects, { programme: 'life', administrationId: 'omsorg' }).map(
        (p) => p.title,
      ),
    ).toEqual(['Beta']);
  });

  it('should match a year by the counting rules (ongoing or applied in it)', () => {
    expect(filterProjects(projects, { year: 2023 }).map((p) => p.title)).toEqual(['Beta']);
  });

  it('should keep only projects with business when that flag is set', () => {
    expect(filterProjects(projects, { withBusiness: true }).map((p) => p.title)).toEqual([
      'Östersjö',
    ]);
  });
});

describe('sortProjects', () => {
  it('should sort titles with Swedish collation (Ö after B)', () => {
    expect(sortProjects(projects, 'title').map((p) => p.title)).toEqual([
      'Alfa',
      'Beta',
      'Östersjö',
    ]);
  });
});
