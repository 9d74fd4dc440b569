import { behaviourLogEntrySchema, semhProfileSchema, type BehaviourLogEntry, type SemhProfile } from '../../../domain';
import { behaviourLogList } from '../../../lists/declared/behaviourLog';
import { semhProfilesList } from '../../../lists/declared/semhProfiles';
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

/** 6-week SEMH focus profiles ('Pathways SEMH Focus Profiles'), kept in each pupil's folder. */
export const semhProfileMapper = createRecordMapper<SemhProfile>({
  list: semhProfilesList,
  schema: semhProfileSchema,
  title: (p) => `SEMH focus from ${p.startsOn}`,
  json: ['focus'],
  fields: {
    pupilId: 'PwPupil',
    group: 'PwGroup',
    startsOn: 'PwStartsOn',
    reviewDueOn: 'PwReviewDue',
    focus: 'PwFocus',
    pupilViews: 'PwPupilViews',
    createdBy: 'PwCreatedBy',
    reviewedOn: 'PwReviewedOn',
    reviewedBy: 'PwReviewedBy',
    nextStep: 'PwNextStep',
    reviewNotes: 'PwReviewNotes',
  },
});
