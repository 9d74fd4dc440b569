/**
 * The letters' reads (`data-letters`): a pupil's letters, and a document's bytes (PnPjs's files loaded at the
 * download). Filing, sending and sharing (LetterRepository.ts, `data-letters-write`: the upload, the folders, the
 * PRU-only folder's permissions) extend this class and load at the first write.
 */
import { letterFieldsSchema, type LetterRecord } from '../../../domain';
import { lettersList } from '../../../lists/declared/letters';
import type { FiledLetter, ILetterRepository, ReadResult } from '../../ports';
import { NAME_AND_URL, readWithFiles } from '../libraryReader';
import type { SPFI } from '../pnpSetup';
import { loadPnpFiles } from '../pnp/onDemand';
import { createRecordMapper, type DeclaredRecord } from '../recordMapper';
import { toDataError } from '../spErrors';
import { inPruOnlyFolder } from './pruOnlyFolder';

const list = lettersList;

/** The methods that write (the rest read). */
export type LetterWrite = 'file' | 'recordSent' | 'recordShare';

/** The letter's columns (the file name comes from the document itself: FileLeafRef). */
export const columns: DeclaredRecord<Omit<LetterRecord, 'fileName'>> = createRecordMapper({
  list,
  schema: letterFieldsSchema.omit({ fileName: true }),
  title: (l) => `${l.kind} letter, ${l.letterDate}`,
  fields: {
    pupilId: 'PwPupil',
    pipId: 'PwPip',
    kind: 'PwLetterKind',
    letterDate: 'PwLetterDate',
    sentBy: 'PwSentBy',
    sentOn: 'PwSentOn',
    parentSharedOn: 'PwParentSharedOn',
    parentSharedBy: 'PwParentSharedBy',
    parentSharedHow: 'PwParentSharedHow',
    schoolSharedOn: 'PwSchoolSharedOn',
    schoolSharedBy: 'PwSchoolSharedBy',
    schoolSharedTo: 'PwSchoolSharedTo',
    shareHistory: 'PwShareHistory',
  },
  json: ['shareHistory'],
});

export class SpLetterReads implements Omit<ILetterRepository, LetterWrite> {
  public constructor(
    protected readonly sp: SPFI,
    protected readonly siteUrl: string,
  ) {}

  public async forPupil(pupilId: number): Promise<ReadResult<FiledLetter>> {
    const read = await readWithFiles(this.sp, columns, NAME_AND_URL, { what: "load the pupil's letters", filter: `PwPupilId eq ${pupilId}` });
    const items = read.items
      .map((l) => (inPruOnlyFolder(l.url) ? { ...l, keptByPru: true } : l))
      .sort((a, b) => (a.letterDate === b.letterDate ? b.id - a.id : a.letterDate < b.letterDate ? 1 : -1));
    return { items, problems: read.problems };
  }

  public async content(url: string): Promise<Uint8Array> {
    await loadPnpFiles(); // a download, not a list: the reads need PnPjs's files only here
    try {
      return new Uint8Array(await this.sp.web.getFileByServerRelativePath(url).getBuffer());
    } catch (e) {
      throw toDataError(e, 'open the letter');
    }
  }
}
