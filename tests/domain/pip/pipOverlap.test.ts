import { overlappingPipIssue } from '../../../src/domain/pip/pipOverlap';

const base = { pupilId: 3, plannedEndDate: '2026-12-18' };
const active = { ...base, id: 1, status: 'Active' as const, startDate: '2026-09-07' };

describe('A pupil is on one PIP at a time', () => {
  it('refuses a second active PIP for the pupil while one is in force', () => {
    expect(overlappingPipIssue({ ...base, id: 2, status: 'Active', startDate: '2026-11-02' }, [active])).toEqual({
      path: ['status'],
      message:
        'This pupil is already on an active PIP (from 07/09/2026): a pupil is on one PIP at a time. End or extend that PIP at a review, or save this one as a draft.',
    });
    // an active PIP is in force until it is ended, even one starting later than the new one
    expect(overlappingPipIssue({ ...base, status: 'Active', startDate: '2026-06-01', plannedEndDate: '2026-07-17' }, [active])).toMatchObject({ path: ['status'] });
  });

  it('refuses one starting while an ended PIP was still in force, and accepts it from the next day', () => {
    const ended = { ...active, status: 'Ended' as const, endedOn: '2026-10-16' };
    expect(overlappingPipIssue({ ...base, status: 'Active', startDate: '2026-10-16' }, [ended])).toEqual({
      path: ['startDate'],
      message: 'This pupil was on a PIP until 16/10/2026: start this one after that day.',
    });
    expect(overlappingPipIssue({ ...base, status: 'Active', startDate: '2026-10-19' }, [ended])).toBeUndefined();
  });

  it('lets a next plan be drafted, ignores the PIP itself and other pupils', () => {
    expect(overlappingPipIssue({ ...base, status: 'Draft', startDate: '2026-11-02' }, [active])).toBeUndefined();
    expect(overlappingPipIssue({ ...active, exitStrategy: 'changed' } as typeof active, [active])).toBeUndefined();
    expect(overlappingPipIssue({ ...base, pupilId: 4, status: 'Active', startDate: '2026-11-02' }, [active])).toBeUndefined();
    expect(overlappingPipIssue({ ...base, status: 'Active', startDate: '2026-11-02' }, [{ ...active, status: 'Draft' }])).toBeUndefined();
  });
});
