import { targetSchema, type Target } from '../../../domain';
import { targetsList } from '../../../lists/declared/targets';
import { createRecordMapper } from '../recordMapper';

/** SMART targets ('Pathways Targets'), in each pupil's folder; progress is a JSON column. */
export const targetMapper = createRecordMapper<Target>({
  list: targetsList,
  schema: targetSchema,
  title: (t) => (t.outcome.length > 120 ? `${t.outcome.slice(0, 117)}…` : t.outcome),
  json: ['progress'],
  fields: {
    pupilId: 'PwPupil',
    source: 'PwSource',
    sourceId: 'PwSourceId',
    outcome: 'PwOutcome',
    measure: 'PwMeasure',
    dueDate: 'PwDueDate',
    progress: 'PwProgress',
    closed: 'PwClosed',
  },
});
