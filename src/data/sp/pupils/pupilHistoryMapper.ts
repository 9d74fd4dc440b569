import { pupilChangeSchema, type PupilChange } from '../../../domain';
import { pupilHistoryList } from '../../../lists/declared/pupilHistory';
import { createRecordMapper } from '../recordMapper';

/** Dated changes of tier, provision, home school and named staff ('Pathways Pupil History'), in each pupil's folder. */
export const pupilHistoryMapper = createRecordMapper<PupilChange>({
  list: pupilHistoryList,
  schema: pupilChangeSchema,
  title: (c) => `${c.kind} (${c.effective})`,
  fields: {
    pupilId: 'PwPupil',
    kind: 'PwKind',
    from: 'PwFrom',
    to: 'PwTo',
    effective: 'PwEffective',
    reason: 'PwReason',
    changedBy: 'PwChangedBy',
  },
});
