import { behaviourLogEntrySchema, type BehaviourLogEntry } from '../../../domain';
import { behaviourLogList } from '../../../lists/declared/behaviourLog';
import { createRecordMapper } from '../recordMapper';

/** Engagement ratings and incidents ('Pathways Behaviour Log'), kept in each pupil's folder. */
export const behaviourLogMapper = createRecordMapper<BehaviourLogEntry>({
  list: behaviourLogList,
  schema: behaviourLogEntrySchema,
  title: (e) => `${e.kind} ${e.day}: ${e.lesson}`,
  json: ['indicators'],
  fields: {
    pupilId: 'PwPupil',
    kind: 'PwLogKind',
    at: 'PwLoggedAt',
    day: 'PwLogDay',
    lessonKind: 'PwLessonKind',
    lesson: 'PwLesson',
    engagement: 'PwEngagement',
    indicators: 'PwIndicators',
    what: 'PwWhat',
    where: 'PwWhere',
    involved: 'PwInvolved',
    action: 'PwActionTaken',
    outcome: 'PwIncidentOutcome',
    notes: 'PwNotes',
    recordedBy: 'PwRecordedBy',
  },
});
