import { choice, date, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';

export const leadershipReportsList: ListDefinition = {
  key: 'leadershipReports',
  title: 'Pathways Leadership Reports',
  url: 'PwLeadershipReports',
  template: 'documentLibrary',
  description:
    'The termly or yearly report to leaders (pupils named) and to governors (no pupil named) as Word documents, one file per period and version; filing again makes a new version of the file. Leadership only.',
  fields: [
    text('PwPeriod', 'Period', { required: true, indexed: true }),
    date('PwPeriodStart', 'Period from', { required: true }),
    date('PwPeriodEnd', 'Period to', { required: true }),
    choice('PwAudience', 'Version', ['Leaders', 'Governors'], { required: true }),
    date('PwFiledOn', 'Filed on', { required: true }),
    text('PwFiledBy', 'Filed by', { required: true }),
  ],
  versioning: { enabled: true, majorVersionLimit: 50 },
  security: 'staff-only',
};
