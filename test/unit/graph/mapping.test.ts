import { describe, expect, it } from 'vitest';
import {
  activitySchema,
  contactPersonSchema,
  networkMembershipSchema,
  projectSchema,
  reportingRoundSchema,
  submissionSchema,
} from '../../../src/domain/records.js';
import {
  activitiesList,
  contactPersonsList,
  networkMembershipsList,
  projectsList,
  reportingRoundsList,
  submissionsList,
  toGraphColumn,
  type ListDefinition,
} from '../../../src/graph/lists/definitions.js';
import { fromListItem, toFields } from '../../../src/graph/lists/mapping.js';
import {
  makeActivity,
  makeContactPerson,
  makeNetworkMembership,
  makeProject,
  makeReportingRound,
  makeSubmission,
} from '../domain/factories.js';
import type { z } from 'zod';

/** Stores a record as SharePoint would answer it: fields plus id and eTag. */
function roundTrip<S extends z.ZodType>(
  definition: ListDefinition,
  schema: S,
  record: { id?: string },
) {
  const fields = toFields(definition, record, 'create');
  return fromListItem(definition, schema, {
    id: record.id,
    eTag: '"abc,1"',
    fields: { ...fields, id: record.id },
  });
}

describe('list mapping', () => {
  it('should round-trip a project with partners, arrays and money', () => {
    const project = makeProject({
      partners: [{ name: 'Linnéuniversitetet', country: 'SE', type: 'university' }],
      sustainability: ['ecological', 'social'],
      strategyMeans: ['external-funding'],
      withLinnaeusUniversity: true,
    });
    expect(roundTrip(projectsList, projectSchema, project)).toEqual({
      ok: true,
      record: { ...project, etag: '"abc,1"' },
    });
  });

  it('should round-trip an activity', () => {
    const activity = makeActivity({
      travelMode: 'flight',
      distanceKm: 2400,
      co2eKg: 310,
      climateCompensated: true,
    });
    expect(roundTrip(activitiesList, activitySchema, activity)).toEqual({
      ok: true,
      record: { ...activity, etag: '"abc,1"' },
    });
  });

  it('should round-trip a contact person', () => {
    const contact = makeContactPerson({ contactName: 'Maria Johansson' });
    expect(roundTrip(contactPersonsList, contactPersonSchema, contact)).toEqual({
      ok: true,
      record: { ...contact, etag: '"abc,1"' },
    });
  });

  it('should round-trip a reporting round', () => {
    const round = makeReportingRound({ open: false });
    expect(roundTrip(reportingRoundsList, reportingRoundSchema, round)).toEqual({
      ok: true,
      record: { ...round, etag: '"abc,1"' },
    });
  });

  it('should round-trip a submission with timestamps', () => {
    const submission = makeSubmission({
      status: 'submitted',
      submittedAt: '2025-02-01T10:00:00Z',
      submittedBy: 'Maria',
    });
    expect(roundTrip(submissionsList, submissionSchema, submission)).toEqual({
      ok: true,
      record: { ...submission, etag: '"abc,1"' },
    });
  });

  it('should round-trip a network membership', () => {
    const membership = makeNetworkMembership({ annualFee: 12000 });
    expect(roundTrip(networkMembershipsList, networkMembershipSchema, membership)).toEqual({
      ok: true,
      record: { ...membership, etag: '"abc,1"' },
    });
  });

  it('should store calendar dates as midnight UTC and JSON arrays as text', () => {
    const fields = toFields(projectsList, makeProject({ sustainability: ['economic'] }), 'create');
    expect(fields.startDate).toBe('2024-01-01T00:00:00Z');
    expect(fields.sustainability).toBe('["economic"]');
    expect(fields.Title).toBe('Gröna städer i Östersjöregionen');
  });

  it('should send null for cleared optional fields on update', () => {
    const fields = toFields(projectsList, makeProject({ description: undefined }), 'update');
    expect(fields).toHaveProperty('description', null);
  });

  it('should omit absent optional fields on create', () => {
    const fields = toFields(projectsList, makeProject({ description: undefined }), 'create');
    expect(fields).not.toHaveProperty('description');
  });

  it('should report an item with a wrong choice value and name the field', () => {
    const fields = { ...toFields(projectsList, makeProject(), 'create'), status: 'finished' };
    const result = fromListItem(projectsList, projectSchema, { id: '7', fields });
    expect(result).toMatchObject({
      ok: false,
      invalid: { id: '7', list: 'Internationella projekt' },
    });
    expect(result.ok ? [] : result.invalid.issues.join(' ')).toMatch(/^status:/);
  });

  it('should report broken JSON in a JSON column', () => {
    const fields = { ...toFields(projectsList, makeProject(), 'create'), partners: '[{oops' };
    const result = fromListItem(projectsList, projectSchema, { id: '8', fields });
    expect(result.ok ? [] : result.invalid.issues).toContain('partners: invalid JSON');
  });

  it('should take id, eTag and modification data from the item', () => {
    const fields = toFields(reportingRoundsList, makeReportingRound(), 'create');
    const result = fromListItem(reportingRoundsList, reportingRoundSchema, {
      id: '3',
      eTag: '"x,2"',
      lastModifiedDateTime: '2025-01-02T03:04:05Z',
      lastModifiedBy: { user: { displayName: 'Sara Lind' } },
      fields,
    });
    expect(result).toMatchObject({
      ok: true,
      record: {
        id: '3',
        etag: '"x,2"',
        modifiedAt: '2025-01-02T03:04:05Z',
        modifiedBy: 'Sara Lind',
      },
    });
  });

  it('should define choice columns with the domain codes', () => {
    const status = projectsList.columns.find((c) => c.name === 'status');
    expect(status && toGraphColumn(status)).toMatchObject({
      name: 'status',
      indexed: true,
      choice: { choices: expect.arrayContaining(['granted']) },
    });
  });
});
