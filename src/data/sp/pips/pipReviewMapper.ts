/**
 * A six-weekly PIP review ('Pathways PIP Reviews') ⇄ its SharePoint item. Target outcomes and the week's
 * timetable are JSON columns; the total hours column is written from the slots (never typed) for list views.
 */
import { formatUkDate, pipReviewSchema, type PipReview } from '../../../domain';
import { pipReviewsList } from '../../../lists/declared/pipReviews';
import { RecordValidationError } from '../../errors';
import type { Saved } from '../../ports';
import { formValues, readItem, selectFor, writePayload, type FieldValues } from '../fieldCodec';
import { etagOf, type RecordMapper } from '../recordMapper';
import { columnFor, definedValues, jsonColumn, signOffColumns, signOffOf } from './pipColumns';

const list = pipReviewsList;

const SIMPLE: Record<string, string> = {
  pipId: 'PwPip',
  pupilId: 'PwPupil',
  reviewDate: 'PwReviewDate',
  weekCommencing: 'PwWeekCommencing',
  meetingNotes: 'PwMeetingNotes',
  contactMethod: 'PwContactMethod',
  decision: 'PwDecision',
  newEndDate: 'PwNewEndDate',
};

const COLUMNS: Record<string, string> = {
  ...SIMPLE,
  targetOutcomes: 'PwTargetOutcomes',
  timetable: 'PwTimetable',
  staffSignOff: 'PwStaffSignedBy',
  parentSignOff: 'PwParentSignedBy',
  studentSignOff: 'PwStudentSignedBy',
};

const SIGN_OFFS: Record<string, string> = { staffSignOff: 'Staff', parentSignOff: 'Parent', studentSignOff: 'Student' };

function validate(input: unknown, itemId?: number): PipReview {
  const parsed = pipReviewSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new RecordValidationError(list.title, itemId, columnFor(issue.path, COLUMNS), issue.message);
}

function toValues(review: PipReview): FieldValues {
  const r = validate(review);
  const values: FieldValues = { Title: `PIP review ${formatUkDate(r.reviewDate)}: ${r.decision}` };
  for (const [key, column] of Object.entries(SIMPLE)) {
    const value = (r as Record<string, unknown>)[key];
    values[column] = value === undefined ? null : (value as FieldValues[string]);
  }
  values.PwTargetOutcomes = JSON.stringify(r.targetOutcomes);
  values.PwTimetable = JSON.stringify(r.timetable);
  values.PwTotalHours = r.totalHours;
  Object.assign(values, signOffColumns('Staff', r.staffSignOff), signOffColumns('Parent', r.parentSignOff), signOffColumns('Student', r.studentSignOff));
  return values;
}

function fromItem(raw: Record<string, unknown>): Saved<PipReview> {
  const values = readItem(list, raw);
  const id = Number(values.Id);
  const input: Record<string, unknown> = {
    ...definedValues(values, SIMPLE),
    id,
    targetOutcomes: jsonColumn(values.PwTargetOutcomes, []),
    timetable: jsonColumn(values.PwTimetable, { days: [], slots: [] }),
  };
  for (const [key, prefix] of Object.entries(SIGN_OFFS)) {
    const s = signOffOf(values, prefix);
    if (s) input[key] = s;
  }
  return { ...validate(input, id), id, etag: etagOf(raw) };
}

export const pipReviewMapper: RecordMapper<PipReview> = {
  list,
  select: selectFor(list),
  validate: (record) => validate(record),
  toValues,
  fromItem,
  toPayload: (review) => writePayload(list, toValues(review)),
  toFormValues: (review, regional) => formValues(list, toValues(review), regional),
};
