/**
 * Part-time-timetable returns sent to the local authority, the whole log (`data-la-returns-write`, loaded at the first
 * record; its reads are LaReturnReads.ts), in the 'Pathways LA Returns' library (security
 * 'staff-only': PRU staff; office and leadership record, teachers read). Recording a return uploads the file as it
 * was sent (CSV or Excel), then writes its columns (period, day sent, how, to whom, by whom, the PIPs it listed) on
 * the file's item; if the columns cannot be written the file is removed again, so no return stands without its record.
 */
import { laReturnSentSchema, type LaReturnSent } from '../../../domain';
import { DataError } from '../../errors';
import type { FiledLaReturn, ILaReturnLog } from '../../ports';
import { serverRelativeOf } from '../siteInfo';
import { toDataError } from '../spErrors';
import { loadPnpFiles, loadPnpFolders } from '../pnp/onDemand';
import { laReturnMapper, list } from './laReturnMapper';
import { SpLaReturnReads } from './LaReturnReads';

export { laReturnMapper } from './laReturnMapper';

export class SpLaReturnLog extends SpLaReturnReads implements ILaReturnLog {
  public async record(sent: LaReturnSent, content: Uint8Array): Promise<FiledLaReturn> {
    const valid = laReturnSentSchema.safeParse(sent);
    if (!valid.success) throw new DataError('invalid-record', `The return was not recorded: ${valid.error.issues[0].message}`);
    const { fileName, ...record } = valid.data;
    // The list of returns (Today's first screen) needs neither PnPjs's folders and files nor the record's write half.
    const [{ writerOf }] = await Promise.all([import(/* webpackChunkName: 'record-writer' */ '../recordWriter'), loadPnpFolders(), loadPnpFiles()]).catch((e: unknown) => {
      throw toDataError(e, `file the return '${fileName}'`);
    });
    const values = writerOf(laReturnMapper).toPayload(record);
    let url: string;
    try {
      const info = (await this.sp.web.getFolderByServerRelativePath(`${serverRelativeOf(this.siteUrl)}/${list.url}`).files.addUsingPath(fileName, content, {
        Overwrite: true,
      })) as unknown as { ServerRelativeUrl: string };
      url = info.ServerRelativeUrl;
    } catch (e) {
      throw toDataError(e, `file the return '${fileName}'`);
    }
    const file = this.sp.web.getFileByServerRelativePath(url);
    try {
      const item = (await file.getItem<{ Id: number }>('Id')) as unknown as { Id: number };
      const listItem = this.sp.web.lists.getByTitle(list.title).items.getById(item.Id);
      await listItem.update(values);
      return { ...laReturnMapper.fromItem(await listItem.select(...laReturnMapper.select)()), fileName, url };
    } catch (e) {
      await file.delete().catch(() => undefined);
      throw toDataError(e, `record the return '${fileName}' as sent`);
    }
  }
}
