import { describe, expect, it } from 'vitest';
import {
  datesNeededFor,
  nextStatuses,
  stepDates,
} from '../../../src/tab/features/projects/lifecycle';
import { projectSchema } from '../../../src/domain/records';
import { aProject } from './support';

describe('nextStatuses', () => {
  it('should offer granted, rejected and withdrawn after applied', () => {
    expect(nextStatuses('applied')).toEqual(['granted', 'rejected', 'withdrawn']);
  });

  it('should offer nothing after completed', () => {
    expect(nextStatuses('completed')).toEqual([]);
  });
});

describe('datesNeededFor', () => {
  it('should ask for both application and decision dates when granting', () => {
    expect(datesNeededFor('granted')).toEqual(['applicationSubmitted', 'decisionDate']);
  });
});

describe('stepDates', () => {
  it('should keep a date the project already has and fill the missing one with today', () => {
    const project = aProject({ status: 'applied', applicationSubmitted: '2025-02-01' });
    expect(stepDates(project, 'granted', '2025-06-01')).toEqual({
      applicationSubmitted: '2025-02-01',
      decisionDate: '2025-06-01',
    });
  });

  it('should give every step the dates the schema requires', () => {
    const walk = ['planned', 'applied', 'granted', 'ongoing', 'completed'] as const;
    let project = aProject();
    for (const status of walk.slice(1)) {
      project = projectSchema.parse({
        ...project,
        ...stepDates(project, status, '2025-06-01'),
        status,
      });
    }
    expect(project.status).toBe('completed');
  });
});
