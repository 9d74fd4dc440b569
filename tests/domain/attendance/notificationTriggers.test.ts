import { DEFAULT_SETTINGS, schoolDaysBetween, type Session } from '../../../src/domain';
import {
  absentNoReasonTriggers,
  attendanceNotificationText,
  historyTriggers,
  markMayWorsen,
  registerHasClosed,
  type TriggerMark,
} from '../../../src/domain/attendance/notificationTriggers';
import { currentStage, rollingWindowStart } from '../../../src/domain/attendance/currentStage';

const s = DEFAULT_SETTINGS;

/** Both sessions of every school day from..to, all with `code`. */
function days(from: string, to: string, code: string): TriggerMark[] {
  return schoolDaysBetween(from, to, s).flatMap((date) => (['AM', 'PM'] as Session[]).map((session) => ({ pupilId: 1, date, session, code })));
}
const set = (marks: TriggerMark[], date: string, session: Session, code: string): TriggerMark[] =>
  marks.map((m) => (m.date === date && m.session === session ? { ...m, code } : m));

describe('when the register has closed (London time)', () => {
  it('morning register closes at 09:30, afternoon at 13:15, in GMT and in BST', () => {
    expect(registerHasClosed('2026-11-20', 'AM', new Date('2026-11-20T09:29:00Z'), s)).toBe(false);
    expect(registerHasClosed('2026-11-20', 'AM', new Date('2026-11-20T09:30:00Z'), s)).toBe(true);
    expect(registerHasClosed('2026-06-10', 'PM', new Date('2026-06-10T12:14:00Z'), s)).toBe(false);
    expect(registerHasClosed('2026-06-10', 'PM', new Date('2026-06-10T12:15:00Z'), s)).toBe(true);
    expect(registerHasClosed('2026-11-19', 'PM', new Date('2026-11-20T08:00:00Z'), s)).toBe(true);
    expect(registerHasClosed('2026-11-23', 'AM', new Date('2026-11-20T16:00:00Z'), s)).toBe(false);
  });
});

describe('which changes can make things worse', () => {
  it('a change to an absence or a not-possible code; never a present mark or the same code', () => {
    expect(markMayWorsen('/', 'O', s)).toBe(true);
    expect(markMayWorsen(undefined, 'I', s)).toBe(true);
    expect(markMayWorsen('/', 'X', s)).toBe(true);
    expect(markMayWorsen('O', 'O', s)).toBe(false);
    expect(markMayWorsen('O', '/', s)).toBe(false);
    expect(markMayWorsen(undefined, 'K', s)).toBe(false);
    expect(markMayWorsen(undefined, 'ZZ', s)).toBe(false);
  });
});

describe('absent with no reason after the register closed', () => {
  const marks: TriggerMark[] = [
    { pupilId: 1, date: '2026-11-20', session: 'AM', code: 'N' },
    { pupilId: 2, date: '2026-11-20', session: 'AM', code: 'O' },
    { pupilId: 3, date: '2026-11-20', session: 'PM', code: 'N' },
  ];
  it('one trigger per N whose register has closed', () => {
    expect(absentNoReasonTriggers(marks, new Date('2026-11-20T09:10:00Z'), s)).toEqual([]);
    expect(absentNoReasonTriggers(marks, new Date('2026-11-20T09:45:00Z'), s)).toEqual([
      { kind: 'absent-no-reason', pupilId: 1, dedupeKey: 'absent-no-reason:1:2026-11-20:AM' },
    ]);
    expect(absentNoReasonTriggers(marks, new Date('2026-11-20T14:00:00Z'), s).map((t) => t.pupilId)).toEqual([1, 3]);
  });
});

describe('stage worsened, penalty threshold reached', () => {
  const term = days('2026-09-07', '2026-11-20', '/');

  it('one absence in a full week moves the week to Stage 2: the home school is told once for that week and stage', () => {
    const after = set(term, '2026-11-18', 'AM', 'O');
    expect(currentStage(after, '2026-11-18', s)).toBe('Stage 2');
    expect(historyTriggers({ pupilId: 1, date: '2026-11-18', session: 'AM', beforeCode: '/', marksAfter: after, settings: s })).toEqual([
      { kind: 'stage-worsened', pupilId: 1, dedupeKey: 'attendance-stage:1:2026-11-16:Stage 2' },
    ]);
    // A second absence the same week: 8 of 10 is 80%, Stage 3 by the default boundary (80% or below).
    const again = set(after, '2026-11-19', 'PM', 'O');
    expect(historyTriggers({ pupilId: 1, date: '2026-11-19', session: 'PM', beforeCode: '/', marksAfter: again, settings: s })).toEqual([
      { kind: 'stage-worsened', pupilId: 1, dedupeKey: 'attendance-stage:1:2026-11-16:Stage 3' },
    ]);
    // A third keeps it at Stage 3: nothing new to say.
    const third = set(again, '2026-11-20', 'AM', 'G');
    expect(historyTriggers({ pupilId: 1, date: '2026-11-20', session: 'AM', beforeCode: undefined, marksAfter: third, settings: s })).toEqual([]);
    // Correcting an absence to present makes nothing worse.
    const corrected = set(after, '2026-11-18', 'AM', '/');
    expect(historyTriggers({ pupilId: 1, date: '2026-11-18', session: 'AM', beforeCode: 'O', marksAfter: corrected, settings: s })).toEqual([]);
  });

  it('the tenth unauthorised session in 10 school weeks reaches the threshold; the eleventh does not repeat it', () => {
    let marks = term;
    const unauthorised: [string, Session][] = [
      ['2026-09-21', 'AM'], ['2026-09-29', 'PM'], ['2026-10-06', 'AM'], ['2026-10-13', 'AM'], ['2026-10-20', 'PM'],
      ['2026-11-03', 'AM'], ['2026-11-04', 'AM'], ['2026-11-10', 'PM'], ['2026-11-11', 'AM'],
    ];
    for (const [d, sess] of unauthorised) marks = set(marks, d, sess, 'O');
    const tenth = set(marks, '2026-11-17', 'AM', 'U');
    const triggers = historyTriggers({ pupilId: 1, date: '2026-11-17', session: 'AM', beforeCode: '/', marksAfter: tenth, settings: s });
    expect(triggers.map((t) => t.kind)).toContain('penalty-threshold');
    expect(triggers.find((t) => t.kind === 'penalty-threshold')?.dedupeKey).toBe('penalty-threshold:1:2026-11-16');
    const eleventh = set(tenth, '2026-11-18', 'AM', 'O');
    expect(
      historyTriggers({ pupilId: 1, date: '2026-11-18', session: 'AM', beforeCode: '/', marksAfter: eleventh, settings: s }).map((t) => t.kind),
    ).not.toContain('penalty-threshold');
  });

  it('an old window does not stop a new one being reported: only the 10 school weeks ending now count', () => {
    // 10 school weeks ending w/c 16/11 start w/c 07/09 (the October half-term week is not a school week).
    expect(rollingWindowStart('2026-11-18', s)).toBe('2026-09-07');
    expect(rollingWindowStart('2026-11-25', s)).toBe('2026-09-14');
  });
});

describe('what the home school is told', () => {
  it('no figures, codes, stages or reasons: the reference and a prompt to open the record', () => {
    const t = attendanceNotificationText('PH-0012', 'Pathways Learning Centre');
    expect(t.subject).toBe('Pathways Learning Centre: an attendance update for pupil PH-0012');
    expect(`${t.subject} ${t.message}`).not.toMatch(/\d+\s*%|Stage|absent|absence|penalty|\bN\b|illness/i);
  });
});
