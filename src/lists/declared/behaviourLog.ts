import { BEHAVIOUR_LOG_KINDS, LESSON_KINDS } from '../../domain/vocabulary';
import { choice, clientKey, dateTime, integer, note, pupilLookup, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';
import { pupilRecordRetention } from '../retentionRules';

export const behaviourLogList: ListDefinition = {
  key: 'behaviourLog',
  title: 'Pathways Behaviour Log',
  url: 'Lists/PwBehaviourLog',
  description:
    "Engagement in each lesson or session with the SEMH indicators seen, and behaviour incidents (what, when, where, who, action, outcome): live to the pupil's home school (SEND policy).",
  fields: [
    pupilLookup(),
    choice('PwLogKind', 'Engagement or incident', BEHAVIOUR_LOG_KINDS, { required: true }),
    dateTime('PwLoggedAt', 'When', { required: true }),
    text('PwLogDay', 'Day', { required: true, indexed: true }),
    choice('PwLessonKind', 'Lesson', LESSON_KINDS, { required: true }),
    text('PwLesson', 'Lesson or activity', { required: true }),
    integer('PwEngagement', 'Engagement (1 to 5)'),
    note('PwIndicators', 'SEMH indicators seen (JSON)'),
    note('PwWhat', 'What happened', { sensitive: true }),
    text('PwWhere', 'Where'),
    note('PwInvolved', 'Who was involved', { sensitive: true }),
    note('PwActionTaken', 'Action taken'),
    note('PwIncidentOutcome', 'Outcome'),
    note('PwNotes', 'Notes', { sensitive: true }),
    text('PwRecordedBy', 'Recorded by'),
    clientKey(),
  ],
  versioning: { enabled: true, majorVersionLimit: 50 },
  security: 'pupil-folder',
  retention: pupilRecordRetention('Behaviour and engagement records are part of the pupil record: until the 25th birthday (IRMS toolkit).'),
};
