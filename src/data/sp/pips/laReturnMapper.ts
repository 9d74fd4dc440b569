import { laReturnSentSchema, type LaReturnSent } from '../../../domain';
import { laReturnsList } from '../../../lists/declared/laReturns';
import { createRecordMapper, type DeclaredRecord } from '../recordMapper';

/**
 * A return recorded as sent, every column (the PIPs' LA return tab, recording): loaded with the first whole read or
 * record, not with Today, which reads only what ends a reminder (sentReturnMapper.ts).
 */
export const list = laReturnsList;

export const laReturnMapper: DeclaredRecord<Omit<LaReturnSent, 'fileName'>> = createRecordMapper({
  list,
  schema: laReturnSentSchema.innerType().omit({ fileName: true }),
  title: (r) => `Part-time timetables return, ${r.period}`,
  fields: {
    period: 'PwPeriod',
    periodStart: 'PwPeriodStart',
    periodEnd: 'PwPeriodEnd',
    sentOn: 'PwSentOn',
    how: 'PwSentHow',
    sentTo: 'PwSentTo',
    sentBy: 'PwSentBy',
    nil: 'PwNilReturn',
    pupilCount: 'PwPupilCount',
    pipIds: 'PwPipIds',
  },
  json: ['pipIds'],
});
