import { loggedIncidentSchema, type LoggedIncident } from '../../../domain';
import { behaviourLogList } from '../../../lists/declared/behaviourLog';
import { createRecordMapper, type FieldMap } from '../recordMapper';

const fields: FieldMap<LoggedIncident> = {
  pupilId: 'PwPupil',
  kind: 'PwLogKind',
  at: 'PwLoggedAt',
  day: 'PwLogDay',
  lesson: 'PwLesson',
  what: 'PwWhat',
};
const columns: readonly string[] = Object.values(fields);

/**
 * The columns of a logged incident Today shows, and no others asked of SharePoint (reads only: entries are added
 * whole, behaviourMappers.ts).
 */
export const incidentMapper = createRecordMapper<LoggedIncident>({
  list: { ...behaviourLogList, fields: behaviourLogList.fields.filter((f) => columns.includes(f.internalName)) },
  schema: loggedIncidentSchema,
  fields,
});
