/**
 * Part-time-timetable returns sent to the local authority, in the 'Pathways LA Returns' library (security
 * 'staff-only': PRU staff; office and leadership record, teachers read). Recording a return uploads the file as it
 * was sent (CSV or Excel), then writes its columns (period, day sent, how, to whom, by whom, the PIPs it listed) on
 * the file's item; if the columns cannot be written the file is removed again, so no return stands without its record.
 */
import { laReturnSentSchema, type LaReturnSent } from '../../../domain';
import { laReturnsList } from '../../../lists/declared/laReturns';
import { DataError } from '../../errors';
import type { FiledLaReturn, ILaReturnLog, ReadResult } from '../../ports';
import { readAll } from '../listReader';
import type { SPFI } from '../pnpSetup';
import { createRecordMapper, type DeclaredRecord } from '../recordMapper';
import { serverRelativeOf } from '../siteInfo';
import { toDataError } from '../spErrors';
import { loadPnpFiles, loadPnpFolders } from '../pnp/onDemand';

const list = laReturnsList;

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

const newestFirst = (a: FiledLaReturn, b: FiledLaReturn): number => (a.sentOn === b.sentOn ? b.id - a.id : a.sentOn < b.sentOn ? 1 : -1);

export class SpLaReturnLog implements ILaReturnLog {
  public constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
  ) {}

  public async list(): Promise<ReadResult<FiledLaReturn>> {
    const files = new Map<number, { name: string; url: string }>();
    const read = await readAll(
      this.sp,
      {
        ...laReturnMapper,
        select: [...laReturnMapper.select, 'FileLeafRef', 'FileRef'],
        fromItem: (raw) => {
          const saved = laReturnMapper.fromItem(raw);
          files.set(saved.id, { name: String(raw.FileLeafRef ?? ''), url: String(raw.FileRef ?? '') });
          return saved;
        },
      },
      { what: 'load the returns sent to the LA' },
    );
    const items = read.items.map((r) => ({ ...r, fileName: files.get(r.id)?.name ?? '', url: files.get(r.id)?.url ?? '' })).sort(newestFirst);
    return { items, problems: read.problems };
  }

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

  public async content(url: string): Promise<Uint8Array> {
    try {
      await loadPnpFiles();
      return new Uint8Array(await this.sp.web.getFileByServerRelativePath(url).getBuffer());
    } catch (e) {
      throw toDataError(e, 'open the return');
    }
  }
}
