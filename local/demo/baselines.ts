import { addWeeks, type IsoDate } from '../../src/domain/dates/isoDates';
import { addSchoolDays } from '../../src/domain/dates/schoolCalendar';
import { assessmentSchema } from '../../src/domain/send/assessment';
import { DEMO_SETTINGS } from './calendar';
import type { PupilCast } from './pupils';
import type { DemoAssessment } from './types';
import { PLACEHOLDER_ID, parseOrThrow, withoutKeys } from './validate';

/**
 * Baseline assessments (within statutory.baselineAssessmentWeeks, 4, of starting) for the pupils placed in the last
 * 12 weeks, in English and maths in their second week: all but the newest arrival, whose baseline is still to do
 * (the SEND policy's exception for a reluctant learner may apply: the Due view and Today say so).
 */
export function generateBaselines(cast: PupilCast, today: IsoDate): DemoAssessment[] {
  const recent = cast.pupils
    .filter((p) => (p.demo.pupil.placementStart ?? p.demo.pupil.enrolmentDate) >= addWeeks(today, -12))
    .sort((a, b) => (a.demo.pupil.enrolmentDate < b.demo.pupil.enrolmentDate ? -1 : a.demo.pupil.enrolmentDate > b.demo.pupil.enrolmentDate ? 1 : 0));
  const done = recent.slice(0, -1);
  return done.flatMap((p, i) => {
    const on = addSchoolDays(p.demo.pupil.placementStart ?? p.demo.pupil.enrolmentDate, 5 + (i % 4), DEMO_SETTINGS);
    if (on > today) return [];
    return [
      { subject: 'English', instrument: 'Reading and writing baseline', score: 88 + ((i * 7) % 20) },
      { subject: 'Maths', instrument: 'Number baseline', score: 85 + ((i * 5) % 22) },
    ].map((a) => ({
      pupilKey: p.demo.key,
      assessment: withoutKeys(parseOrThrow(assessmentSchema, { pupilId: PLACEHOLDER_ID, kind: 'Baseline', assessedOn: on, ...a }, `baseline of ${p.demo.key}`), ['id', 'pupilId']),
    }));
  });
}
