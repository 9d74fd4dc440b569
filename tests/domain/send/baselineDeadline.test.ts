import { baselineStatus } from '../../../src/domain/send/baselineDeadline';
import { trackingBySubject } from '../../../src/domain/send/academicTracking';
import type { Assessment } from '../../../src/domain';

const baseline = (assessedOn: string, subject = 'Reading') => ({ kind: 'Baseline' as const, subject, assessedOn });

describe('baseline assessment deadline (4 weeks from the start)', () => {
  const pupil = { enrolmentDate: '2026-09-02', placementStart: '2026-11-02' };

  it('runs from the placement start, four weeks by default', () => {
    const s = baselineStatus(pupil, [], '2026-11-20', 4);
    expect(s).toMatchObject({ start: '2026-11-02', deadline: '2026-11-30', state: 'due', daysLeft: 10 });
  });

  it('falls back to the enrolment date and reports overdue, then late, then done', () => {
    expect(baselineStatus({ enrolmentDate: '2026-09-02' }, [], '2026-10-01', 4)).toMatchObject({ deadline: '2026-09-30', state: 'overdue', daysLeft: -1 });
    expect(baselineStatus({ enrolmentDate: '2026-09-02' }, [baseline('2026-10-05')], '2026-10-06', 4).state).toBe('late');
    expect(baselineStatus({ enrolmentDate: '2026-09-02' }, [baseline('2026-10-05'), baseline('2026-09-30', 'Maths')], '2026-10-06', 4).state).toBe('done');
  });

  it('ignores other kinds of assessment and honours the setting', () => {
    const other = { kind: 'Reading age' as const, subject: 'Reading', assessedOn: '2026-11-03' };
    expect(baselineStatus(pupil, [other], '2026-11-20', 4).state).toBe('due');
    expect(baselineStatus(pupil, [], '2026-11-20', 6).deadline).toBe('2026-12-14');
  });
});

describe('half-termly academic tracking', () => {
  it('groups tracking results by subject, oldest first, ignoring other kinds', () => {
    const a = (subject: string, assessedOn: string, score: number, kind: Assessment['kind'] = 'Half-termly tracking'): Assessment => ({ pupilId: 1, kind, subject, assessedOn, score });
    const out = trackingBySubject([a('Maths', '2026-12-15', 4), a('English', '2026-10-20', 3), a('Maths', '2026-10-20', 3), a('Maths', '2026-09-10', 90, 'Standardised score')]);
    expect(out.map((s) => [s.subject, s.points.map((p) => p.score)])).toEqual([
      ['English', [3]],
      ['Maths', [3, 4]],
    ]);
  });
});
