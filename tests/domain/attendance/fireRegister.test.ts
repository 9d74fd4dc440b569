import { ATTENDANCE_CODES, fireRegister, isOnSiteCode, type AttendanceMark } from '../../../src/domain';
import { pupilRecord } from '../../support/pupilBuilder';

const at = (pupilId: number, code: string, extra: Partial<AttendanceMark> = {}): AttendanceMark => ({
  pupilId,
  date: '2026-11-20',
  session: 'AM',
  code,
  recordedBy: 'officer@pathways.example.org',
  recordedAt: '2026-11-20T09:10:00Z',
  ...extra,
});

/** Five pupils on roll on the day, one per surname from Z down, so the order by surname is visible. */
const onRoll = [
    { ...pupilRecord('P1', { firstName: 'Ada', lastName: 'Zed' }), id: 1 },
    { ...pupilRecord('P2', { firstName: 'Ben', lastName: 'Young' }), id: 2 },
    { ...pupilRecord('P3', { firstName: 'Cai', lastName: 'Xu' }), id: 3 },
    { ...pupilRecord('P4', { firstName: 'Dee', lastName: 'Webb' }), id: 4 },
    { ...pupilRecord('P5', { firstName: 'Eve', lastName: 'Vale' }), id: 5 },
];

describe('the fire register', () => {
  const pupils = [
    ...onRoll,
    { ...pupilRecord('P6', { firstName: 'Fin', lastName: 'Upton' }), id: 6 },
    // Left before the day, and not yet enrolled: not on this register at all.
    { ...pupilRecord('P7', { leavingDate: '2026-11-13' }), id: 7 },
    { ...pupilRecord('P8', { enrolmentDate: '2026-11-23' }), id: 8 },
  ];

  it('on site by the code table (present, late, arrived after close), the unmarked apart, the rest away; by surname', () => {
    const marks = [
      at(1, '/'),
      at(2, 'L', { arrivalTime: '09:12', minutesLate: 7 }),
      at(3, 'U', { arrivalTime: '09:40' }),
      at(4, 'I'),
      at(5, 'V'),
      at(1, 'N', { session: 'PM' }), // another session does not count
      at(6, 'N', { date: '2026-11-19' }), // nor another day
    ];
    const r = fireRegister(marks, pupils, '2026-11-20', 'AM', '2026-11-20T10:14:00Z');
    expect(r.onSite.map((l) => [l.name, l.code, l.arrivalTime])).toEqual([
      ['Xu, Cai', 'U', '09:40'],
      ['Young, Ben', 'L', '09:12'],
      ['Zed, Ada', '/', undefined],
    ]);
    expect(r.notMarked.map((l) => l.name)).toEqual(['Upton, Fin']);
    expect(r.away.map((l) => [l.name, l.code])).toEqual([
      ['Vale, Eve', 'V'],
      ['Webb, Dee', 'I'],
    ]);
    expect(r.onSite[2].meaning).toBe('Present at the start of the morning register');
    expect(r).toMatchObject({ date: '2026-11-20', session: 'AM', producedAt: '2026-11-20T10:14:00Z' });
  });

  it('a pupil off roll who was marked present is still on site (they are in the building)', () => {
    const r = fireRegister([at(7, '/')], pupils, '2026-11-20', 'AM', '2026-11-20T10:14:00Z');
    expect(r.onSite.map((l) => l.pupilId)).toEqual([7]);
    expect(r.notMarked).toHaveLength(6);
  });

  it('only /, \\, L and U mean on site; approved activities elsewhere and unknown codes do not', () => {
    expect(ATTENDANCE_CODES.filter((c) => c.onSite).map((c) => c.code)).toEqual(['/', '\\', 'L', 'U']);
    expect(isOnSiteCode('B')).toBe(false);
    expect(isOnSiteCode('ZZ')).toBe(false);
  });
});

describe('the fire register with marks saved on this device and not yet sent', () => {
  const pupils = onRoll;
  const produce = (saved: AttendanceMark[], pending: AttendanceMark[]) => fireRegister(saved, pupils, '2026-11-20', 'AM', '2026-11-20T10:14:00Z', pending);

  it('a pupil marked present only in a register waiting on this device is on site, and the line says so', () => {
    const r = produce([at(1, '/')], [at(2, '/'), at(3, 'L', { arrivalTime: '09:20', minutesLate: 15 })]);
    expect(r.onSite.map((l) => [l.name, l.code, l.notYetSent])).toEqual([
      ['Xu, Cai', 'L', 'L'],
      ['Young, Ben', '/', '/'],
      ['Zed, Ada', '/', undefined],
    ]);
    expect(r.onSite[0].arrivalTime).toBe('09:20');
    expect(r.notMarked.map((l) => l.name)).toEqual(['Vale, Eve', 'Webb, Dee']);
  });

  it('marked absent on this device and not sent: away, said so; the same mark as saved changes nothing', () => {
    const r = produce([at(1, '/')], [at(1, '/'), at(4, 'I')]);
    expect(r.onSite.map((l) => [l.name, l.notYetSent])).toEqual([['Zed, Ada', undefined]]);
    expect(r.away.map((l) => [l.name, l.code, l.notYetSent])).toEqual([['Webb, Dee', 'I', 'I']]);
  });

  it('errs towards the building: present on either keeps the pupil on site', () => {
    // Saved absent, present on this device: on site. Saved present, absent on this device: still on site, the pending code shown.
    const r = produce([at(1, 'I'), at(2, '/')], [at(1, '/'), at(2, 'M')]);
    expect(r.onSite.map((l) => [l.name, l.code, l.notYetSent])).toEqual([
      ['Young, Ben', '/', 'M'],
      ['Zed, Ada', '/', '/'],
    ]);
    expect(r.away).toEqual([]);
  });

  it('only the same date and session count', () => {
    const r = produce([], [at(1, '/', { session: 'PM' }), at(2, '/', { date: '2026-11-19' })]);
    expect(r.onSite).toEqual([]);
  });
});
