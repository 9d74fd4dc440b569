import { parentContactSchema, type ParentContact } from '../../../domain';
import { listByKey } from '../../../lists';
import { createRecordMapper } from '../recordMapper';

/** Contacts with parents and carers ('Pathways Parent Contacts'), kept in each pupil's folder. */
export const parentContactMapper = createRecordMapper<ParentContact>({
  list: listByKey('parentContacts'),
  schema: parentContactSchema,
  title: (c) => `${c.kind} ${c.day}: ${c.outcome}`,
  fields: {
    pupilId: 'PwPupil',
    at: 'PwContactAt',
    day: 'PwContactDay',
    kind: 'PwContactKind',
    withWhom: 'PwWithWhom',
    outcome: 'PwContactOutcome',
    reason: 'PwReasonGiven',
    expectedReturn: 'PwExpectedReturn',
    followUpOn: 'PwFollowUpOn',
    notes: 'PwNotes',
    recordedBy: 'PwRecordedBy',
  },
});
