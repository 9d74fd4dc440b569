/**
 * A PIP ('Pathways PIPs') ⇄ its SharePoint item. Interventions, targets and the timetable history are JSON
 * columns; sign-offs and the communication span several columns. Every read and write runs pipSchema, so a
 * malformed item becomes a RecordValidationError naming the column. The writes (the column values) are in
 * pipWriters.ts, which only the PIPs' write module imports. The PIP's confidential part (risk assessment,
 * further information) is not on this item: pipConfidentialMapper.ts; SpPipRepository reads and writes both as one Pip.
 */
import { pipSchema, type Pip } from '../../../domain';
import { pipsList } from '../../../lists/declared/pips';
import { RecordValidationError } from '../../errors';
import type { Saved } from '../../ports';
import { readItem, selectFor } from '../fieldCodec';
import { etagOf, type RecordReader } from '../recordMapper';
import { columnFor, definedValues, jsonColumn, signOffOf } from './pipColumns';
import { CONFIDENTIAL_PIP_FIELDS } from './pipConfidentialMapper';

const list = pipsList;

export const SIMPLE: Record<string, string> = {
  pupilId: 'PwPupil',
  status: 'PwStatus',
  startDate: 'PwStartDate',
  plannedEndDate: 'PwPlannedEndDate',
  previousPipId: 'PwPreviousPip',
  beenOnPipBefore: 'PwBeenOnPipBefore',
  attendanceAtStart: 'PwAttendanceAtStart',
  notBehaviourManagement: 'PwNotBehaviour',
  endedOn: 'PwEndedOn',
  virtualSchoolToldOn: 'PwVirtualSchoolToldOn',
  sendTeamToldOn: 'PwSendTeamToldOn',
  exitStrategy: 'PwExitStrategy',
};

/** The written agreement's details beside the parent/carer sign-off's name and date (pipAgreement.ts). */
export const AGREEMENT: Record<string, string> = {
  relationship: 'PwParentRelationship',
  method: 'PwAgreementMethod',
  fileId: 'PwAgreementFileId',
  recordedBy: 'PwAgreementRecordedBy',
};

/** Every domain key → the (first) column that holds it, for error messages. */
const COLUMNS: Record<string, string> = {
  ...SIMPLE,
  ...CONFIDENTIAL_PIP_FIELDS,
  reasons: 'PwReasons',
  interventions: 'PwInterventions',
  targets: 'PwTargets',
  timetables: 'PwTimetables',
  serviceSignOff: 'PwServiceSignedBy',
  parentSignOff: 'PwParentSignedBy',
  studentSignOff: 'PwStudentSignedBy',
  communication: 'PwCommMethod',
  ...Object.fromEntries(Object.entries(AGREEMENT).map(([key, column]) => [`parentSignOff.${key}`, column])),
};

function validate(input: unknown, itemId?: number): Pip {
  const parsed = pipSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new RecordValidationError(list.title, itemId, columnFor(issue.path, COLUMNS), issue.message);
}

function fromItem(raw: Record<string, unknown>): Saved<Pip> {
  const values = readItem(list, raw);
  const id = Number(values.Id);
  const input: Record<string, unknown> = {
    ...definedValues(values, SIMPLE),
    id,
    reasons: values.PwReasons ?? [],
    interventions: jsonColumn(values.PwInterventions, []),
    targets: jsonColumn(values.PwTargets, []),
    timetables: jsonColumn(values.PwTimetables, []),
  };
  const signOffs = { serviceSignOff: 'Service', parentSignOff: 'Parent', studentSignOff: 'Student' };
  for (const [key, prefix] of Object.entries(signOffs)) {
    const s = signOffOf(values, prefix);
    if (s) input[key] = s;
  }
  const agreement = definedValues(values, AGREEMENT);
  if (Object.keys(agreement).length > 0) input.parentSignOff = { ...(input.parentSignOff as object | undefined), ...agreement };
  if (values.PwCommMethod !== null || values.PwCommDate !== null || values.PwCommStaff !== null)
    input.communication = { method: values.PwCommMethod ?? undefined, date: values.PwCommDate ?? undefined, staff: values.PwCommStaff ?? undefined };
  return { ...validate(input, id), id, etag: etagOf(raw) };
}

/** The PIP's reads; its writes (the column values) are pipWriters.ts's `pipWriter`, imported only by the PIPs' writes. */
export const pipMapper: RecordReader<Pip> = {
  list,
  select: selectFor(list),
  validate: (record) => validate(record),
  fromItem,
};
