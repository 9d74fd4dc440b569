import { attendanceAmendmentSchema } from '../../src/domain/attendance/attendanceAmendment';
import { attendanceMarkSchema } from '../../src/domain/attendance/attendanceMark';
import { clockTimeFromMinutes, minutesOfDay } from '../../src/domain/dates/clockTime';
import { maxDate, type IsoDate } from '../../src/domain/dates/isoDates';
import { addSchoolDays } from '../../src/domain/dates/schoolCalendar';
import { planAttendance } from './attendancePatterns';
import { DEMO_SETTINGS, autumnTermStart, londonDateTime, sessionsBetween } from './calendar';
import type { PipsResult } from './pips';
import { patternOfRole, type PupilCast } from './pupils';
import type { Rng } from './random';
import { ATTENDANCE_OFFICER } from './staff';
import type { DemoAttendanceAmendment, DemoAttendanceMark } from './types';
import { PLACEHOLDER_ID, parseOrThrow, withoutKeys } from './validate';

const REGISTER_TAKEN = { AM: '09:35', PM: '13:20' } as const;

const REPLACEMENT_REASONS: Record<string, string[]> = {
  I: ['Parent phoned: unwell with a temperature.', 'Parent confirmed illness when the attendance officer called.', 'Note from parent received: sickness bug.'],
  O: [
    'No reason given after calls to the parent and a home visit: recorded as unauthorised.',
    'Reason given does not authorise the absence (shopping trip): recorded as O.',
    'No contact from home after three calls and a letter: unauthorised.',
  ],
};

export interface RegisterResult {
  marks: DemoAttendanceMark[];
  amendments: DemoAttendanceAmendment[];
}

/** Autumn-term registers from the first day (or the pupil's enrolment) up to `today`, both sessions a day. */
export function generateRegisters(rng: Rng, cast: PupilCast, pips: PipsResult, today: IsoDate): RegisterResult {
  const marks: DemoAttendanceMark[] = [];
  const amendments: DemoAttendanceAmendment[] = [];
  const termStart = autumnTermStart();

  for (const cp of cast.pupils) {
    const { key, pupil } = cp.demo;
    const from = maxDate(termStart, pupil.enrolmentDate);
    const slots = sessionsBetween(from, today);
    const pip = pips.byPupil[key]?.pip;
    const planned = planAttendance(rng, slots, {
      pattern: patternOfRole(cp.role),
      pip,
      poorBeforePip: cp.role === 'pip-nonattendance',
      today,
    });
    const pmRecorder = pupil.leadTutorEmail ?? ATTENDANCE_OFFICER.email;

    slots.forEach((slot, i) => {
      const plan = planned[i];
      let time: string = REGISTER_TAKEN[slot.session];
      if (plan.arrivalTime && minutesOfDay(plan.arrivalTime) + 3 > minutesOfDay(time))
        time = clockTimeFromMinutes(minutesOfDay(plan.arrivalTime) + 3);
      const input = {
        pupilId: PLACEHOLDER_ID,
        date: slot.date,
        session: slot.session,
        code: plan.code,
        minutesLate: plan.minutesLate,
        arrivalTime: plan.arrivalTime,
        recordedBy: slot.session === 'AM' ? ATTENDANCE_OFFICER.email : pmRecorder,
        recordedAt: londonDateTime(slot.date, time),
      };
      const mark = parseOrThrow(attendanceMarkSchema, input, `mark ${key} ${slot.date} ${slot.session}`);
      marks.push({ pupilKey: key, mark: withoutKeys(mark, ['pupilId']) });

      if (plan.replacedN) {
        const on = addSchoolDays(slot.date, rng.int(1, 3), DEMO_SETTINGS);
        const amendment = parseOrThrow(
          attendanceAmendmentSchema,
          {
            pupilId: PLACEHOLDER_ID,
            date: slot.date,
            session: slot.session,
            originalCode: 'N',
            newCode: plan.code,
            reason: rng.pick(REPLACEMENT_REASONS[plan.code] ?? REPLACEMENT_REASONS.O),
            amendedBy: ATTENDANCE_OFFICER.email,
            amendedAt: londonDateTime(on, `10:${String(rng.int(5, 55)).padStart(2, '0')}`),
          },
          `amendment ${key} ${slot.date} ${slot.session}`,
        );
        amendments.push({ pupilKey: key, amendment: withoutKeys(amendment, ['pupilId']) });
      }
    });
  }
  return { marks, amendments };
}
