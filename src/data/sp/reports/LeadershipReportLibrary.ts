/**
 * Reports to leaders and governors in the 'Pathways Leadership Reports' library, the whole library
 * (`data-leadership-reports-write`, loaded at the first filing): the reads (LeadershipReportReads.ts) and filing. SharePoint
 * lets only the Leadership group and the site's owners open the library (LIST_ACCESS). One file per period and
 * version: filing again uploads over it (the library keeps versions), then writes its columns; a file whose columns
 * cannot be written is removed again if it was new.
 */
import { filedLeadersReportSchema, type FiledLeadersReportRecord } from '../../../domain';
import { leadershipReportsList } from '../../../lists/declared/leadershipReports';
import { DataError } from '../../errors';
import type { FiledLeadersReport, ILeadershipReports } from '../../ports';
import { serverRelativeOf } from '../siteInfo';
import { toDataError } from '../spErrors';
import { leadershipReportMapper, REPORT_FILE, SpLeadershipReportReads, withFile } from './LeadershipReportReads';
import { writerOf } from '../recordWriter';
import '../pnp/files';
import '../pnp/folders';

export { leadershipReportMapper } from './LeadershipReportReads';

const list = leadershipReportsList;

export class SpLeadershipReportLibrary extends SpLeadershipReportReads implements ILeadershipReports {
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
      await item.update(writerOf(leadershipReportMapper).toPayload(columns));
      return withFile(await item.select(...leadershipReportMapper.select, ...REPORT_FILE.select)());
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
