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
import { NAME_AND_URL, readWithFiles, type FileColumns } from '../libraryReader';
import type { SPFI } from '../pnpSetup';
import { createRecordMapper, type DeclaredRecord } from '../recordMapper';

const list = leadershipReportsList;

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

/** A filed report's file: its name, address and SharePoint's version label ('3.0'). */
export const REPORT_FILE: FileColumns<{ readonly fileName: string; readonly url: string; readonly version: string }> = {
  select: [...NAME_AND_URL.select, 'OData__UIVersionString'],
  of: (raw) => ({ ...NAME_AND_URL.of(raw), version: String(raw.OData__UIVersionString ?? '') }),
};

export const withFile = (raw: Record<string, unknown>): FiledLeadersReport => ({ ...leadershipReportMapper.fromItem(raw), ...REPORT_FILE.of(raw) });

/** What filing is (the whole library's, loaded at the first filing). */
export type LeadershipReportWrite = 'file';

export class SpLeadershipReportReads implements Omit<ILeadershipReports, LeadershipReportWrite> {
  public constructor(
    protected readonly sp: SPFI,
    protected readonly siteUrl: string,
  ) {}

  public async list(): Promise<ReadResult<FiledLeadersReport>> {
    const read = await readWithFiles(this.sp, leadershipReportMapper, REPORT_FILE, { what: 'load the reports filed for leaders and governors' });
    const items = read.items.sort((a, b) => (a.filedOn === b.filedOn ? b.id - a.id : a.filedOn < b.filedOn ? 1 : -1));
    return { items, problems: read.problems };
  }
}
