import { describe, expect, it } from 'vitest';
import { activitiesList, projectsList } from '../../../src/graph/lists/definitions.js';
import { isProjectOfYear, projectsOfYearFilter } from '../../../src/graph/load.js';
import { and, eq, renderFilter } from '../../../src/graph/odata.js';
import {
  checkItemId,
  LIST_ITEMS_PAGE_SIZE,
  listItemsQuery,
} from '../../../src/graph/repositories.js';
import { makeApplication, makeProject } from '../domain/factories.js';

const decoded = (query: string) => decodeURIComponent(query);

describe('listItemsQuery', () => {
  it('should expand fields and ask for the largest page', () => {
    expect(listItemsQuery(projectsList).query).toBe(`$expand=fields&$top=${LIST_ITEMS_PAGE_SIZE}`);
  });

  it('should filter on indexed columns without the Prefer header', () => {
    const { query, headers } = listItemsQuery(projectsList, {
      filter: and(eq('status', 'granted'), eq('kind', 'eu')),
    });
    expect(decoded(query)).toContain(
      "$filter=(fields/status eq 'granted') and (fields/kind eq 'eu')",
    );
    expect(headers).toEqual({});
  });

  it('should send the Prefer header when filtering on a non-indexed column', () => {
    const { headers } = listItemsQuery(activitiesList, { filter: eq('place', 'Bryssel') });
    expect(headers).toEqual({ Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' });
  });

  it('should send the Prefer header when ordering by a non-indexed column', () => {
    const { headers } = listItemsQuery(projectsList, { orderBy: [{ field: 'title' }] });
    expect(headers.Prefer).toBe('HonorNonIndexedQueriesWarningMayFailRandomly');
  });

  it('should map the title onto SharePoint Title', () => {
    const { query } = listItemsQuery(projectsList, { filter: eq('title', "Växjö's") });
    expect(decoded(query)).toContain("fields/Title eq 'Växjö''s'");
  });

  it('should URL-encode the filter so & and # in user text stay inside the value', () => {
    const { query } = listItemsQuery(projectsList, { filter: eq('title', 'A&B #1') });
    expect(query).not.toMatch(/A&B/);
    expect(query.split('&')).toHaveLength(3);
  });

  it('should ask for fewer items when top is small', () => {
    expect(listItemsQuery(projectsList, { top: 5 }).query).toContain('$top=5');
  });
});

describe('year filters', () => {
  it('should keep an open project for any later year', () => {
    expect(
      isProjectOfYear(
        makeProject({ status: 'granted', endDate: undefined, startDate: '2020-01-01' }),
        2030,
      ),
    ).toBe(true);
  });

  it('should keep an application submitted in the year', () => {
    expect(isProjectOfYear(makeApplication({ applicationSubmitted: '2025-03-01' }), 2025)).toBe(
      true,
    );
  });

  it('should drop a project that ended before the year', () => {
    expect(
      isProjectOfYear(makeProject({ startDate: '2020-01-01', endDate: '2022-12-31' }), 2024),
    ).toBe(false);
  });

  it('should filter open, late-ending and newly applied projects server-side', () => {
    expect(renderFilter(projectsOfYearFilter(2025))).toBe(
      "(endDate ge '2025-01-01') or (endDate eq null) or ((applicationSubmitted ge '2025-01-01') and (applicationSubmitted le '2025-12-31'))",
    );
  });
});

describe('checkItemId', () => {
  it('should accept a numeric SharePoint item id', () => {
    expect(checkItemId('42')).toBe('42');
  });

  it('should refuse an id that would change the URL', () => {
    expect(() => checkItemId('1/versions?$top=1')).toThrow(/Invalid list item id/);
  });
});
