/**
 * Reports to leaders and governors in the 'Pathways Leadership Reports' library: its reads (`data-leadership-reports`,
 * what the Reports page reads first: which version of which period is filed). Filing is LeadershipReportLibrary.ts
 * (`data-leadership-reports-write`, with PnPjs's files and folders), loaded at the first filing. SharePoint lets only
 * the Leadership group and the site's owners open the library (LIST_ACCESS: the office and teaching staff have no
 * grant), so the leaders' version with pupils named is never readable by anyone else.
 */
import { filedLeadersReportSchema, type FiledLeadersReportRecord } from '../../../domain';
import { leadershipReportsList } from '../../../lists/declared/leadershipReports';
import type { FiledLeadersReport, ILeadershipReports, ReadResult } from '../../ports';
import { readAll } from '../listReader';
import type { SPFI } from '../pnpSetup';
import { createRecordMapper, type DeclaredRecord } from '../recordMapper';

const list = leadershipReportsList;
export const FILE_COLUMNS = ['FileLeafRef', 'FileRef', 'OData__UIVersionString'];

export const leadershipReportMapper: DeclaredRecord<Omit<FiledLeadersReportRecord, 'fileName'>> = createRecordMapper({
  list,
  schema: filedLeadersReportSchema.innerType().omit({ fileName: true }),
  title: (r) => `Report to ${r.audience.toLowerCase()}, ${r.period}`,
  fields: {
    period: 'PwPeriod',
    periodStart: 'PwPeriodStart',
    periodEnd: 'PwPeriodEnd',
    audience: 'PwAudience',
    filedOn: 'PwFiledOn',
    filedBy: 'PwFiledBy',
  },
});

export const withFile = (raw: Record<string, unknown>): FiledLeadersReport => ({
  ...leadershipReportMapper.fromItem(raw),
  fileName: String(raw.FileLeafRef ?? ''),
  url: String(raw.FileRef ?? ''),
  version: String(raw.OData__UIVersionString ?? ''),
});

/** What filing is (the whole library's, loaded at the first filing). */
export type LeadershipReportWrite = 'file';

export class SpLeadershipReportReads implements Omit<ILeadershipReports, LeadershipReportWrite> {
  public constructor(
    protected readonly sp: SPFI,
    protected readonly siteUrl: string,
  ) {}

  public async list(): Promise<ReadResult<FiledLeadersReport>> {
    const files = new Map<number, FiledLeadersReport>();
    const read = await readAll(
      this.sp,
      {
        ...leadershipReportMapper,
        select: [...leadershipReportMapper.select, ...FILE_COLUMNS],
        fromItem: (raw) => {
          const filed = withFile(raw);
          files.set(filed.id, filed);
          return filed;
        },
      },
      { what: 'load the reports filed for leaders and governors' },
    );
    const items = read.items.flatMap((r) => files.get(r.id) ?? []).sort((a, b) => (a.filedOn === b.filedOn ? b.id - a.id : a.filedOn < b.filedOn ? 1 : -1));
    return { items, problems: read.problems };
  }
}
