/**
 * Part-time-timetable returns sent to the local authority, in the 'Pathways LA Returns' library: its reads
 * (`data-la-returns`, what Today's first screen and the PIPs' LA return tab read: the returns recorded as sent, and a
 * file's bytes to download it again, PnPjs's files loaded at the download). Recording a return is LaReturnRepository.ts
 * (`data-la-returns-write`, with PnPjs's files and folders), loaded at the first record.
 */
import { laReturnSentSchema, type LaReturnSent } from '../../../domain';
import { laReturnsList } from '../../../lists/declared/laReturns';
import type { FiledLaReturn, ILaReturnLog, ReadResult } from '../../ports';
import { readAll } from '../listReader';
import type { SPFI } from '../pnpSetup';
import { createRecordMapper, type DeclaredRecord } from '../recordMapper';
import { toDataError } from '../spErrors';
import { loadPnpFiles } from '../pnp/onDemand';

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

const newestFirst = (a: FiledLaReturn, b: FiledLaReturn): number => (a.sentOn === b.sentOn ? b.id - a.id : a.sentOn < b.sentOn ? 1 : -1);

/** What recording is (the whole log's, loaded at the first record). */
export type LaReturnWrite = 'record';

export class SpLaReturnReads implements Omit<ILaReturnLog, LaReturnWrite> {
  public constructor(
    protected readonly sp: SPFI,
    protected readonly siteUrl: string,
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

  public async content(url: string): Promise<Uint8Array> {
    try {
      await loadPnpFiles();
      return new Uint8Array(await this.sp.web.getFileByServerRelativePath(url).getBuffer());
    } catch (e) {
      throw toDataError(e, 'open the return');
    }
  }
}
