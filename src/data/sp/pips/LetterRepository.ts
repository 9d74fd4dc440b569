/**
 * Letters in the 'Pathways Letters' document library, each in the pupil's folder (security 'pupil-folder':
 * the folder's permissions are the pupil's): a kind the settings share with the home school in the folder itself,
 * every other kind in its PRU-only sub-folder (letterFolders.ts; docs/sharing.md). Reading finds both (the library's
 * items, whatever their folder). Filing a letter uploads the Word document, then writes its
 * columns (pupil, PIP, kind, date) on the file's item; if the columns cannot be written the file is removed
 * again, so no letter stands unfiled against its pupil.
 */
import { letterPlace, letterRecordSchema, sharingKept, type LetterRecord, type SchoolSettings } from '../../../domain';
import { lettersList } from '../../../lists/declared/letters';
import { DataError } from '../../errors';
import type { FiledLetter, ILetterRepository, LetterShare } from '../../ports';
import { addPupilFolder } from '../folderWriter';
import type { SPFI } from '../pnpSetup';
import { pupilFolderUrl, serverRelativeOf } from '../siteInfo';
import { toDataError } from '../spErrors';
import { ensurePruOnlyFolder, inPruOnlyFolder, letterFolderUrl } from './letterFolders';
import { columns, SpLetterReads } from './LetterReads';
import { writerOf } from '../recordWriter';
import '../pnp/files';
import '../pnp/folders';

const list = lettersList;

/** The whole repository (`data-letters-write`, loaded at the first write): the reads (LetterReads.ts) and filing, sending, sharing. */
export class SpLetterRepository extends SpLetterReads implements ILetterRepository {
  public constructor(
    sp: SPFI,
    siteUrl: string,
    /** The settings: which kinds of letter the home school reads (homeSchoolSharing.letterKinds). */
    private readonly settings: () => Promise<Pick<SchoolSettings, 'homeSchoolSharing'>>,
  ) {
    super(sp, siteUrl);
  }

  public async file(letter: LetterRecord, content: Uint8Array, pupilRef: string): Promise<FiledLetter> {
    const valid = letterRecordSchema.safeParse(letter);
    if (!valid.success) throw new DataError('invalid-record', `The letter was not filed: ${valid.error.issues[0].message}`);
    const { fileName, ...record } = valid.data;
    const place = letterPlace(record.kind, (await this.settings()).homeSchoolSharing.letterKinds);
    await this.ensureFolder(pupilFolderUrl(this.siteUrl, list.url, pupilRef), pupilRef);
    if (place === 'pru-only') await ensurePruOnlyFolder(this.sp, this.siteUrl, pupilRef);
    const folder = letterFolderUrl(this.siteUrl, pupilRef, place);
    // Filed again (a regenerated report): the new version keeps the document's sharing record and its history. One
    // filed under an earlier setting, in the other folder, is moved here first, so it is replaced, not doubled.
    let before = await this.existing(`${folder}/${fileName}`);
    if (before === undefined) {
      const elsewhere = `${letterFolderUrl(this.siteUrl, pupilRef, place === 'shared' ? 'pru-only' : 'shared')}/${fileName}`;
      before = await this.existing(elsewhere);
      if (before !== undefined) {
        try {
          await this.sp.web.getFileByServerRelativePath(elsewhere).moveByPath(`${folder}/${fileName}`, false, { KeepBoth: false, RetainEditorAndModifiedOnMove: true });
        } catch (e) {
          throw toDataError(e, `move '${fileName}' to the folder its kind’s sharing setting says`);
        }
      }
    }
    const values = writerOf(columns).toPayload({ ...record, ...sharingKept(before ?? {}) });
    let url: string;
    try {
      const info = (await this.sp.web.getFolderByServerRelativePath(folder).files.addUsingPath(fileName, content, { Overwrite: true })) as unknown as {
        ServerRelativeUrl: string;
      };
      url = info.ServerRelativeUrl;
    } catch (e) {
      throw toDataError(e, `file the letter '${fileName}'`);
    }
    const file = this.sp.web.getFileByServerRelativePath(url);
    try {
      const item = (await file.getItem<{ Id: number }>('Id')) as unknown as { Id: number };
      await this.sp.web.lists.getByTitle(list.title).items.getById(item.Id).update(values);
      const saved = await this.sp.web.lists.getByTitle(list.title).items.getById(item.Id).select(...columns.select)();
      return { ...columns.fromItem(saved), fileName, url, ...(place === 'pru-only' ? { keptByPru: true } : {}) };
    } catch (e) {
      await file.delete().catch(() => undefined);
      throw toDataError(e, `record the letter '${fileName}' against the pupil`);
    }
  }

  /** The columns of the document already filed at this path, or undefined when there is none. */
  private async existing(path: string): Promise<Omit<LetterRecord, 'fileName'> | undefined> {
    try {
      return columns.fromItem((await this.sp.web.getFileByServerRelativePath(path).getItem<Record<string, unknown>>(...columns.select)) as unknown as Record<string, unknown>);
    } catch (e) {
      if (toDataError(e, 'find the document').kind === 'not-found') return undefined;
      throw toDataError(e, `find the document filed as '${path.split('/').pop() ?? path}'`);
    }
  }

  public recordSent(letter: FiledLetter, sentOn: string): Promise<FiledLetter> {
    return this.change(letter, { sentOn }, 'The sending was not recorded', `record that '${letter.fileName}' was sent`);
  }

  public recordShare(letter: FiledLetter, share: LetterShare): Promise<FiledLetter> {
    return this.change(letter, share, 'The sharing was not recorded', `record that '${letter.fileName}' was shared`);
  }

  /** Changes columns of a filed document under its ETag (a concurrent change is reported, not overwritten). */
  private async change(letter: FiledLetter, change: Partial<LetterRecord>, refused: string, what: string): Promise<FiledLetter> {
    const { id, etag, url, fileName, ...record } = letter;
    const valid = letterRecordSchema.safeParse({ ...record, fileName, ...change });
    if (!valid.success) throw new DataError('invalid-record', `${refused}: ${valid.error.issues[0].message}`);
    const columnsAfter: Omit<LetterRecord, 'fileName'> = { ...valid.data };
    const item = this.sp.web.lists.getByTitle(list.title).items.getById(id);
    try {
      await item.update(writerOf(columns).toPayload(columnsAfter), etag);
      return { ...columns.fromItem(await item.select(...columns.select)()), fileName, url, ...(inPruOnlyFolder(url) ? { keptByPru: true } : {}) };
    } catch (e) {
      throw toDataError(e, what);
    }
  }

  /**
   * The pupil's folder is made with the pupil (PupilAccessService). A pupil added before the library existed
   * has none: it is created here, inheriting the library's staff-only permissions until the pupil's access is
   * next applied (saving the pupil), so it never shows a letter to anyone it should not.
   */
  private async ensureFolder(folder: string, pupilRef: string): Promise<void> {
    // SharePoint answers a missing folder with 200 { Exists: false } when Exists is selected (sp-dev-docs#7437).
    let exists: boolean;
    try {
      exists = (await this.sp.web.getFolderByServerRelativePath(folder).select('Exists')<{ Exists?: boolean }>()).Exists === true;
    } catch (e) {
      if (toDataError(e, 'find the folder').kind !== 'not-found') throw toDataError(e, `find the Letters folder of ${pupilRef}`);
      exists = false;
    }
    if (exists) return;
    try {
      await addPupilFolder(this.sp, this.siteUrl, list, pupilRef);
    } catch (err) {
      throw toDataError(err, `create the Letters folder of ${pupilRef}`);
    }
  }
}

export const letterLibraryRoot = (siteUrl: string): string => `${serverRelativeOf(siteUrl)}/${list.url}`;
