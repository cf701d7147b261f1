import { describe, expect, it } from 'vitest';
import {
  changedFields,
  fromFormValues,
  inputFieldsOf,
  reapplyEdits,
  toFormValues,
  validateForm,
} from '../../../src/tab/components/form-model';
import { z } from 'zod';
import { projectSchema } from '../../../src/domain/records';

const numberFields = ['grantedAmount'];

describe('fromFormValues', () => {
  it('should drop empty text so optional fields count as not given', () => {
    expect(fromFormValues({ title: 'A', description: '  ' }, [])).toEqual({ title: 'A' });
  });

  it('should parse numbers typed with a Swedish decimal comma and spaces', () => {
    expect(fromFormValues({ grantedAmount: '1 234,5' }, numberFields)).toEqual({
      grantedAmount: 1234.5,
    });
  });

  it('should clean empty text inside repeatable groups', () => {
    expect(fromFormValues({ partners: [{ name: 'Kaunas', country: '' }] }, [])).toEqual({
      partners: [{ name: 'Kaunas' }],
    });
  });
});

describe('inputFieldsOf', () => {
  it('should type text, dates and numbers as text and parse back only the numbers', () => {
    const schema = z.object({
      id: z.string().optional(),
      title: z.string().min(1),
      closes: z.iso.date().optional(),
      amount: z.number().min(0).optional(),
      participants: z.number().int().default(1),
      status: z.enum(['open', 'closed']),
      digital: z.boolean().default(false),
      partners: z.array(z.object({ name: z.string() })),
    });
    expect(inputFieldsOf(schema)).toEqual({
      numberFields: ['amount', 'participants'],
      textFields: ['title', 'closes', 'amount', 'participants'],
    });
  });

  it("should find the project's amounts among its number inputs", () => {
    expect(inputFieldsOf(projectSchema).numberFields).toEqual([
      'appliedAmount',
      'grantedAmount',
      'ownContributionCash',
      'ownContributionInKind',
      'totalBudget',
    ]);
  });
});

describe('toFormValues', () => {
  it('should turn numbers into strings and leave stored fields out', () => {
    expect(toFormValues({ id: '1', etag: 'x', grantedAmount: 10 }, ['title'])).toEqual({
      grantedAmount: '10',
      title: '',
    });
  });
});

describe('validateForm', () => {
  it('should name the field that needs a date for the chosen status in Swedish', () => {
    const result = validateForm(
      projectSchema,
      {
        administrationId: 'utbildning',
        title: 'A',
        kind: 'eu',
        status: 'applied',
        programme: 'life',
        role: 'lead',
      },
      numberFields,
      'sv',
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.applicationSubmitted).toMatch(/status/i);
  });

  it('should word messages in English when the locale is English', () => {
    const result = validateForm(
      projectSchema,
      {
        administrationId: 'utbildning',
        title: '',
        kind: 'eu',
        status: 'planned',
        programme: 'life',
        role: 'lead',
      },
      numberFields,
      'en',
    );
    expect(!result.ok && result.errors.title).toMatch(/required/i);
  });
});

describe('changedFields', () => {
  it('should list only the fields whose values differ, ignoring the eTag', () => {
    expect(changedFields({ a: 1, b: 2, etag: 'x' }, { a: 1, b: 3, etag: 'y' })).toEqual(['b']);
  });
});

describe('reapplyEdits', () => {
  it('should put the fields the user changed on top of the current version', () => {
    const base = { title: 'Old', status: 'planned', description: 'd' };
    const mine = { title: 'Mine', status: 'planned', description: 'd' };
    const current = { title: 'Old', status: 'applied', description: 'd2' };
    expect(reapplyEdits(base, mine, current)).toEqual({
      title: 'Mine',
      status: 'applied',
      description: 'd2',
    });
  });

  it('should remove a field the user cleared even if the current version has it', () => {
    expect(reapplyEdits({ note: 'x' }, {}, { note: 'x', other: 1 })).toEqual({ other: 1 });
  });
});
