/**
 * Reports to leaders and governors in the 'Pathways Leadership Reports' library. SharePoint lets only the Leadership
 * group and the site's owners open it (LIST_ACCESS: the office and teaching staff have no grant), so the leaders'
 * version with pupils named is never readable by anyone else. One file per period and version: filing again
 * uploads over it (the library keeps versions), then writes its columns; a file whose columns cannot be written
 * is removed again if it was new.
 */
import { filedLeadersReportSchema, type FiledLeadersReportRecord } from '../../../domain';
import { leadershipReportsList } from '../../../lists/declared/leadershipReports';
import { DataError } from '../../errors';
import type { FiledLeadersReport, ILeadershipReports, ReadResult } from '../../ports';
import { readAll } from '../listReader';
import type { SPFI } from '../pnpSetup';
import { createRecordMapper, type RecordMapper } from '../recordMapper';
import { serverRelativeOf } from '../siteInfo';
import { toDataError } from '../spErrors';
import '../pnp/files';
import '../pnp/folders';

const list = leadershipReportsList;
const FILE_COLUMNS = ['FileLeafRef', 'FileRef', 'OData__UIVersionString'];

export const leadershipReportMapper: RecordMapper<Omit<FiledLeadersReportRecord, 'fileName'>> = createRecordMapper({
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

const withFile = (raw: Record<string, unknown>): FiledLeadersReport => ({
  ...leadershipReportMapper.fromItem(raw),
  fileName: String(raw.FileLeafRef ?? ''),
  url: String(raw.FileRef ?? ''),
  version: String(raw.OData__UIVersionString ?? ''),
});

export class SpLeadershipReportLibrary implements ILeadershipReports {
  public constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
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

  public async file(record: FiledLeadersReportRecord, content: Uint8Array): Promise<FiledLeadersReport> {
    const valid = filedLeadersReportSchema.safeParse(record);
    if (!valid.success) throw new DataError('invalid-record', `The report was not filed: ${valid.error.issues[0].message}`);
    const { fileName, ...columns } = valid.data;
    const root = `${serverRelativeOf(this.siteUrl)}/${list.url}`;
    const existed = await this.exists(`${root}/${fileName}`);
    let url: string;
    try {
      url = ((await this.sp.web.getFolderByServerRelativePath(root).files.addUsingPath(fileName, content, { Overwrite: true })) as unknown as { ServerRelativeUrl: string }).ServerRelativeUrl;
    } catch (e) {
      throw toDataError(e, `file the report '${fileName}'`);
    }
    const file = this.sp.web.getFileByServerRelativePath(url);
    try {
      const { Id } = (await file.getItem<{ Id: number }>('Id')) as unknown as { Id: number };
      const item = this.sp.web.lists.getByTitle(list.title).items.getById(Id);
      await item.update(leadershipReportMapper.toPayload(columns));
      return withFile(await item.select(...leadershipReportMapper.select, ...FILE_COLUMNS)());
    } catch (e) {
      if (!existed) await file.delete().catch(() => undefined);
      throw toDataError(e, `record the report '${fileName}'`);
    }
  }

  /** Whether a file of that name is filed already (SharePoint answers a missing file with 404, or Exists false). */
  private async exists(path: string): Promise<boolean> {
    try {
      return (await this.sp.web.getFileByServerRelativePath(path).select('Exists')<{ Exists?: boolean }>()).Exists === true;
    } catch (e) {
      if (toDataError(e, 'find the report').kind === 'not-found') return false;
      throw toDataError(e, 'find the report already filed');
    }
  }
}
