import { loggedIncidentSchema, type LoggedIncident } from '../../../domain';
import { behaviourLogList } from '../../../lists/declared/behaviourLog';
import { createRecordMapper, onlyColumns, type FieldMap } from '../recordMapper';

const fields: FieldMap<LoggedIncident> = {
  pupilId: 'PwPupil',
  kind: 'PwLogKind',
  at: 'PwLoggedAt',
  day: 'PwLogDay',
  lesson: 'PwLesson',
  what: 'PwWhat',
};

/**
 * The columns of a logged incident Today shows, and no others asked of SharePoint (reads only: entries are added
 * whole, behaviourMappers.ts).
 */
export const incidentMapper = createRecordMapper<LoggedIncident>({
  list: onlyColumns(behaviourLogList, fields),
  schema: loggedIncidentSchema,
  fields,
});
