import { sentReturnSchema, type SentReturn } from '../../../domain';
import { laReturnsList } from '../../../lists/declared/laReturns';
import { createRecordMapper, type FieldMap } from '../recordMapper';

const fields: FieldMap<SentReturn> = { period: 'PwPeriod', sentOn: 'PwSentOn', pipIds: 'PwPipIds' };
const columns: readonly string[] = Object.values(fields);

/** What ends an LA return's reminder, and no other column asked of SharePoint (Today; reads only). */
export const sentReturnMapper = createRecordMapper<SentReturn>({
  list: { ...laReturnsList, fields: laReturnsList.fields.filter((f) => columns.includes(f.internalName)) },
  schema: sentReturnSchema,
  fields,
  json: ['pipIds'],
});
