/**
 * The writes of the PIP and PIP review mappers (pipMapper.ts, pipReviewMapper.ts: their reads): each record's column
 * values, the sign-offs split over two columns. Imported only by the PIPs' write module (PipRepository.ts,
 * `data-pips-write`), so a screen that only reads PIPs loads none of it.
 */
import { formatUkDate, type Pip, type PipReview, type SignOff } from '../../../domain';
import type { FieldValues } from '../fieldCodec';
import { recordWriter } from '../recordWriter';
import { AGREEMENT, SIMPLE, pipMapper } from './pipMapper';
import { SIMPLE as REVIEW_SIMPLE, pipReviewMapper } from './pipReviewMapper';

export function signOffColumns(prefix: string, signOff: SignOff | undefined): FieldValues {
  return { [`Pw${prefix}SignedBy`]: signOff?.name ?? null, [`Pw${prefix}SignedOn`]: signOff?.date ?? null };
}

function toValues(pip: Pip): FieldValues {
  const v = pipMapper.validate(pip);
  const values: FieldValues = { Title: `PIP ${formatUkDate(v.startDate)} to ${formatUkDate(v.plannedEndDate)}` };
  for (const [key, column] of Object.entries(SIMPLE)) {
    const value = (v as Record<string, unknown>)[key];
    values[column] = value === undefined ? null : (value as FieldValues[string]);
  }
  values.PwReasons = [...v.reasons];
  values.PwInterventions = JSON.stringify(v.interventions);
  values.PwTargets = JSON.stringify(v.targets);
  values.PwTimetables = JSON.stringify(v.timetables);
  Object.assign(values, signOffColumns('Service', v.serviceSignOff), signOffColumns('Parent', v.parentSignOff), signOffColumns('Student', v.studentSignOff));
  for (const [key, column] of Object.entries(AGREEMENT)) {
    const value = (v.parentSignOff as Record<string, unknown> | undefined)?.[key];
    values[column] = value === undefined ? null : (value as FieldValues[string]);
  }
  values.PwCommMethod = v.communication?.method ?? null;
  values.PwCommDate = v.communication?.date ?? null;
  values.PwCommStaff = v.communication?.staff ?? null;
  return values;
}

function reviewValues(review: PipReview): FieldValues {
  const r = pipReviewMapper.validate(review);
  const values: FieldValues = { Title: `PIP review ${formatUkDate(r.reviewDate)}: ${r.decision}` };
  for (const [key, column] of Object.entries(REVIEW_SIMPLE)) {
    const value = (r as Record<string, unknown>)[key];
    values[column] = value === undefined ? null : (value as FieldValues[string]);
  }
  values.PwTargetOutcomes = JSON.stringify(r.targetOutcomes);
  values.PwTimetable = JSON.stringify(r.timetable);
  values.PwTotalHours = r.totalHours;
  Object.assign(values, signOffColumns('Staff', r.staffSignOff), signOffColumns('Parent', r.parentSignOff), signOffColumns('Student', r.studentSignOff));
  return values;
}

/** The PIP's reads and writes. */
export const pipWriter = recordWriter(pipMapper, toValues);

/** A PIP review's reads and writes. */
export const pipReviewWriter = recordWriter(pipReviewMapper, reviewValues);
