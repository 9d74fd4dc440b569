import { DEFAULT_SETTINGS, type Pip } from '../../../src/domain';
import { mailtoOf, pipFlags } from '../../../src/domain/pip/pipFlags';

const s = DEFAULT_SETTINGS;
const pupil = { firstName: 'Robin', lastName: 'Ashby', pupilRef: 'PH-0003', lac: false, senProvision: 'N' as const };
const pip: Pick<Pip, 'status' | 'startDate' | 'plannedEndDate' | 'parentSignOff' | 'virtualSchoolToldOn' | 'sendTeamToldOn' | 'timetables'> = {
  status: 'Active',
  startDate: '2026-09-07',
  plannedEndDate: '2026-11-27',
  parentSignOff: { name: 'Ari Ashby', date: '2026-09-03', relationship: 'Father', method: 'Recorded in Pathways Hub', recordedBy: 'Rowan Hale' },
  timetables: [{ effectiveFrom: '2026-09-07', slots: [{ day: 'Monday', start: '09:30', end: '12:00', location: 'Centre', curriculum: 'Maths' }] }],
};
const kinds = (f: { kind: string }[]) => f.map((x) => x.kind);

describe('PIP flags', () => {
  it('flags an overdue review with the days, and a review due within a week', () => {
    expect(pipFlags(pip, pupil, [], '2026-10-20', s)).toEqual([{ kind: 'review-overdue', severity: 'blocked', message: 'Review overdue by 1 day (due 19/10/2026)' }]);
    expect(pipFlags(pip, pupil, [], '2026-10-14', s)).toEqual([{ kind: 'review-due', severity: 'info', message: 'Review due on 19/10/2026' }]);
    expect(pipFlags(pip, pupil, ['2026-10-19'], '2026-10-20', s)).toEqual([]);
  });
  it('flags an active plan past its planned end date', () => {
    expect(kinds(pipFlags(pip, pupil, ['2026-10-19', '2026-11-27'], '2026-11-30', s))).toEqual(['past-end']);
  });
  it('asks for the agreement on a draft, and flags nothing once the plan has ended', () => {
    expect(kinds(pipFlags({ ...pip, status: 'Draft', parentSignOff: undefined }, pupil, [], '2026-09-01', s))).toEqual(['agreement-missing']);
    expect(pipFlags({ ...pip, status: 'Ended' }, { ...pupil, lac: true }, [], '2027-01-01', s)).toEqual([]);
  });
  it('prompts notice to the Virtual School (LAC) and the LA SEND team (EHC plan) until recorded', () => {
    const flags = pipFlags(pip, { ...pupil, lac: true, senProvision: 'E' }, ['2026-10-19'], '2026-10-20', s);
    expect(kinds(flags)).toEqual(['tell-virtual-school', 'tell-send-team']);
    expect(flags[0].notice).toMatchObject({ to: 'virtual.school@la.example.org', subject: 'Part-time timetable (PIP): Robin Ashby (PH-0003)' });
    expect(flags[0].notice?.body).toContain('2.5 hours a week of the full-time 25');
    expect(flags[1].notice?.to).toBe('send.casework@la.example.org');
    expect(mailtoOf(flags[0].notice!)).toMatch(/^mailto:virtual\.school@la\.example\.org\?subject=Part-time%20timetable%20\(PIP\)%3A%20Robin/);
    expect(pipFlags({ ...pip, virtualSchoolToldOn: '2026-09-04', sendTeamToldOn: '2026-09-04' }, { ...pupil, lac: true, senProvision: 'E' }, ['2026-10-19'], '2026-10-20', s)).toEqual([]);
  });
});
