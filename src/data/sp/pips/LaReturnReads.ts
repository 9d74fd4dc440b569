/**
 * Part-time-timetable returns sent to the local authority, in the 'Pathways LA Returns' library: its reads
 * (`data-la-returns`): what ends a return's reminder on Today's first screen (`sent`: the period, the day sent and the
 * PIPs listed, and no other column), and for the PIPs' LA return tab the returns recorded as sent, whole (`list`: the
 * record's schema and mapper, laReturnMapper.ts, load at its first call) and a file's bytes to download it again
 * (PnPjs's files loaded at the download). Recording a return is LaReturnRepository.ts (`data-la-returns-write`, with
 * PnPjs's files and folders), loaded at the first record.
 */
import type { SentReturn } from '../../../domain';
import type { FiledLaReturn, ILaReturnLog, ReadResult, Saved } from '../../ports';
import { readAll } from '../listReader';
import { NAME_AND_URL, readWithFiles } from '../libraryReader';
import type { SPFI } from '../pnpSetup';
import { toDataError } from '../spErrors';
import { loadPnpFiles } from '../pnp/onDemand';
import { sentReturnMapper } from './sentReturnMapper';

const newestFirst = (a: FiledLaReturn, b: FiledLaReturn): number => (a.sentOn === b.sentOn ? b.id - a.id : a.sentOn < b.sentOn ? 1 : -1);

/** What recording is (the whole log's, loaded at the first record). */
export type LaReturnWrite = 'record';

export class SpLaReturnReads implements Omit<ILaReturnLog, LaReturnWrite> {
  public constructor(
    protected readonly sp: SPFI,
    protected readonly siteUrl: string,
  ) {}

  public async list(): Promise<ReadResult<FiledLaReturn>> {
    const { laReturnMapper } = await import(/* webpackChunkName: 'la-return-records' */ './laReturnMapper');
    const read = await readWithFiles(this.sp, laReturnMapper, NAME_AND_URL, { what: 'load the returns sent to the LA' });
    const items = read.items.sort(newestFirst);
    return { items, problems: read.problems };
  }

  public async sent(): Promise<ReadResult<Saved<SentReturn>>> {
    return readAll(this.sp, sentReturnMapper, { what: 'load the returns sent to the LA' });
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
