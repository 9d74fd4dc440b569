import { LA_RETURN_SENT_WAYS } from '../../domain/vocabulary';
import { boolean, choice, date, integer, note, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';

export const laReturnsList: ListDefinition = {
  key: 'laReturns',
  title: 'Pathways LA Returns',
  url: 'PwLaReturns',
  template: 'documentLibrary',
  description:
    'Each part-time-timetable return sent to the local authority: the file as sent (CSV or Excel), the period it covers, when, how and to whom it went, and who sent it.',
  fields: [
    text('PwPeriod', 'Period', { required: true, indexed: true, description: 'The half-term the return covers, e.g. Autumn 1 2026/27.' }),
    date('PwPeriodStart', 'Period from', { required: true }),
    date('PwPeriodEnd', 'Period to', { required: true }),
    date('PwSentOn', 'Sent on', { required: true, indexed: true }),
    choice('PwSentHow', 'How it was sent', LA_RETURN_SENT_WAYS, { required: true }),
    text('PwSentTo', 'Sent to', { required: true }),
    text('PwSentBy', 'Sent by', { required: true }),
    boolean('PwNilReturn', 'Nil return'),
    integer('PwPupilCount', 'Pupils'),
    note('PwPipIds', 'PIPs in the return (JSON)'),
  ],
  versioning: { enabled: true, majorVersionLimit: 20 },
  security: 'staff-only',
};
