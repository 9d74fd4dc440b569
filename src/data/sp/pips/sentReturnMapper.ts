import { sentReturnSchema, type SentReturn } from '../../../domain';
import { laReturnsList } from '../../../lists/declared/laReturns';
import { createRecordMapper, onlyColumns, type FieldMap } from '../recordMapper';

const fields: FieldMap<SentReturn> = { period: 'PwPeriod', sentOn: 'PwSentOn', pipIds: 'PwPipIds' };

/** What ends an LA return's reminder, and no other column asked of SharePoint (Today; reads only). */
export const sentReturnMapper = createRecordMapper<SentReturn>({
  list: onlyColumns(laReturnsList, fields),
  schema: sentReturnSchema,
  fields,
  json: ['pipIds'],
});
