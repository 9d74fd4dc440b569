/**
 * A six-weekly PIP review ('Pathways PIP Reviews') ⇄ its SharePoint item. Target outcomes and the week's
 * timetable are JSON columns; the total hours column is written from the slots (never typed) for list views.
 */
import { pipReviewSchema, type PipReview } from '../../../domain';
import { pipReviewsList } from '../../../lists/declared/pipReviews';
import { RecordValidationError } from '../../errors';
import type { Saved } from '../../ports';
import { readItem, selectFor } from '../fieldCodec';
import { etagOf, type RecordReader } from '../recordMapper';
import { columnFor, definedValues, jsonColumn, signOffOf } from './pipColumns';

const list = pipReviewsList;

export const SIMPLE: Record<string, string> = {
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

/** A review's reads; its writes are pipWriters.ts's `pipReviewWriter`, imported only by the PIPs' writes. */
export const pipReviewMapper: RecordReader<PipReview> = {
  list,
  select: selectFor(list),
  validate: (record) => validate(record),
  fromItem,
};
