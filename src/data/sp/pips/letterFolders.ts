/**
 * Where each letter is filed in the pupil's Letters folder (docs/sharing.md, "Letters by kind"): a kind the settings
 * share with the home school in the pupil's folder itself, every other kind in its PRU-only sub-folder
 * (ListDefinition.pruOnlyFolder), which has unique permissions with no school's grant. SharePoint enforces the
 * setting: the school's Read is on the pupil's folder and never reaches the sub-folder.
 *
 * A change of a kind's setting moves the pupil's letters filed under the old one (`refileLetters`, run by the
 * pupil's access repair, "Apply to all pupils now", "Repair all" and the Upgrade step). SharePoint does not document
 * that a file moved by SP.MoveCopyUtil.MoveFileByPath keeps its list item id, even within one library, so nothing
 * depends on it: a PIP whose signed agreement (`PwAgreementFileId`) pointed at a moved file is pointed at it again.
 */
import { LETTER_KINDS, letterPlace, type LetterKind, type LetterPlace, type LetterSharing } from '../../../domain';
import { lettersList } from '../../../lists/declared/letters';
import { pipsList } from '../../../lists/declared/pips';
import { DataError } from '../../errors';
import type { SPFI } from '../pnpSetup';
import { pupilFolderUrl } from '../siteInfo';
import { toDataError } from '../spErrors';
import { PRU_ONLY_FOLDER } from './pruOnlyFolder';
import '../pnp/files';
import '../pnp/folders';
import '../pnp/security';

const list = lettersList;
const PRU_ONLY = PRU_ONLY_FOLDER;
const pips = pipsList;

/** The folder a letter of this place is filed in (server-relative). */
export function letterFolderUrl(siteUrl: string, pupilRef: string, place: LetterPlace): string {
  const folder = pupilFolderUrl(siteUrl, list.url, pupilRef);
  return place === 'shared' ? folder : `${folder}/${PRU_ONLY}`;
}

/** Whether a filed letter is in a pupil's PRU-only folder (in pruOnlyFolder.ts, so the letters' reads need none of this module). */
export { inPruOnlyFolder } from './pruOnlyFolder';

/**
 * Makes sure the pupil's PRU-only folder exists and has its own permissions: the library's own grants (the PRU's
 * groups), never the home school's Read of the pupil's folder. Normally made and secured with the pupil's folders
 * (PupilAccessService); a pupil whose folders predate it (the Upgrade not run yet) gets it here, secured before
 * anything is filed in it. Breaking inheritance needs Manage Permissions: without it nothing is filed and the words
 * say who can make the folder.
 */
export async function ensurePruOnlyFolder(sp: SPFI, siteUrl: string, pupilRef: string): Promise<void> {
  const url = letterFolderUrl(siteUrl, pupilRef, 'pru-only');
  const state = await folderState(sp, url);
  if (state?.unique === true) return;
  try {
    if (state === undefined) await sp.web.getFolderByServerRelativePath(pupilFolderUrl(siteUrl, list.url, pupilRef)).addSubFolderUsingPath(PRU_ONLY);
    const made = await folderState(sp, url);
    if (made === undefined) throw new DataError('unknown', `SharePoint did not make the folder ${url}.`);
    const item = sp.web.lists.getByTitle(list.title).items.getById(made.id);
    await item.breakRoleInheritance(true, false);
    const libraryGrants = new Set((await sp.web.lists.getByTitle(list.title).roleAssignments.select('PrincipalId')<{ PrincipalId: number }[]>()).map((r) => r.PrincipalId));
    const grants = await item.roleAssignments.select('PrincipalId')<{ PrincipalId: number }[]>();
    for (const g of grants) if (!libraryGrants.has(g.PrincipalId)) await item.roleAssignments.getById(g.PrincipalId).delete();
  } catch (e) {
    const error = toDataError(e, `make the PRU-only letters folder of ${pupilRef}`);
    if (error.kind === 'access-denied')
      throw new DataError(
        'access-denied',
        `The pupil’s PRU-only letters folder is not made yet, so nothing was filed there. A member of Pathways Hub Leadership can make it with “Share with home school” on the pupil’s record (or by running the upgrade in Site setup); then file it again.`,
      );
    throw error;
  }
}

async function folderState(sp: SPFI, url: string): Promise<{ id: number; unique: boolean } | undefined> {
  try {
    const item = await sp.web.getFolderByServerRelativePath(url).listItemAllFields.select('Id', 'HasUniqueRoleAssignments')<{ Id?: number; HasUniqueRoleAssignments?: boolean }>();
    return typeof item.Id === 'number' ? { id: item.Id, unique: item.HasUniqueRoleAssignments === true } : undefined;
  } catch (e) {
    if (toDataError(e, 'find the folder').kind === 'not-found') return undefined;
    throw toDataError(e, `find the folder ${url}`);
  }
}

interface StoredLetterFile {
  readonly Id: number;
  readonly FileRef: string;
  readonly FileDirRef: string;
  readonly FSObjType?: number | string;
  readonly PwLetterKind?: string;
  readonly PwPipId?: number | null;
}

export interface RefileResult {
  /** Files moved to the folder their kind's setting says. */
  readonly moved: number;
  /** PIPs whose signed agreement was pointed at its file again after the move. */
  readonly repointed: number;
}

const isKind = (v: unknown): v is LetterKind => typeof v === 'string' && (LETTER_KINDS as readonly string[]).includes(v);

/**
 * Moves each of the pupil's letters filed where its kind's setting no longer says (SP.MoveCopyUtil.MoveFileByPath,
 * PnPjs moveByPath; never overwriting), then points each PIP's signed agreement at its file again if it moved.
 * Idempotent: a letter already where it belongs is left alone, so a second run only reads. Throws (a DataError) at
 * the first letter that could not be moved; those moved before stay moved and the next run finishes.
 */
export async function refileLetters(sp: SPFI, siteUrl: string, pupil: { readonly id: number; readonly pupilRef: string }, sharing: LetterSharing): Promise<RefileResult> {
  const files = await lettersOf(sp, pupil.id);
  const wrong = files.filter((f) => isKind(f.PwLetterKind) && f.FileDirRef.toLowerCase() !== letterFolderUrl(siteUrl, pupil.pupilRef, letterPlace(f.PwLetterKind, sharing)).toLowerCase());
  if (wrong.some((f) => isKind(f.PwLetterKind) && letterPlace(f.PwLetterKind, sharing) === 'pru-only')) await ensurePruOnlyFolder(sp, siteUrl, pupil.pupilRef);
  const movedTo = new Map<number, number>();
  for (const f of wrong) {
    if (!isKind(f.PwLetterKind)) continue;
    const name = f.FileRef.slice(f.FileRef.lastIndexOf('/') + 1);
    const dest = `${letterFolderUrl(siteUrl, pupil.pupilRef, letterPlace(f.PwLetterKind, sharing))}/${name}`;
    try {
      // A file of the same name already there (put there outside Pathways Hub): both kept, SharePoint naming the
      // moved one "name 1.ext", rather than a pupil whose sharing can never be applied.
      await sp.web.getFileByServerRelativePath(f.FileRef).moveByPath(dest, false, { KeepBoth: true, RetainEditorAndModifiedOnMove: true });
      const item = await movedItem(sp, pupil.id, f);
      movedTo.set(f.Id, item.Id);
    } catch (e) {
      throw toDataError(e, `move '${name}' to the folder its kind’s sharing setting says`);
    }
  }
  const repointed = await repointAgreements(sp, movedTo.size > 0 ? await lettersOf(sp, pupil.id) : files, movedTo);
  return { moved: movedTo.size, repointed };
}

/**
 * The moved file's item: PnPjs's moveByPath answers the requested path, which KeepBoth may have changed, so the item
 * is found among the pupil's letters in the destination folder, the one not there before (the newest id).
 */
async function movedItem(sp: SPFI, pupilId: number, before: StoredLetterFile): Promise<{ Id: number }> {
  const now = await lettersOf(sp, pupilId);
  const same = now.find((f) => f.Id === before.Id);
  // Where SharePoint kept the item id, the item is the same one in its new folder.
  if (same !== undefined && same.FileDirRef.toLowerCase() !== before.FileDirRef.toLowerCase()) return { Id: same.Id };
  const newest = now
    .filter((f) => f.FileDirRef.toLowerCase() !== before.FileDirRef.toLowerCase() && f.PwLetterKind === before.PwLetterKind)
    .sort((a, b) => b.Id - a.Id)[0];
  if (same !== undefined || newest === undefined) throw new DataError('unknown', `SharePoint did not move '${before.FileRef}'.`);
  return { Id: newest.Id };
}

async function lettersOf(sp: SPFI, pupilId: number): Promise<StoredLetterFile[]> {
  try {
    const items = await sp.web.lists
      .getByTitle(list.title)
      .items.filter(`PwPupilId eq ${pupilId}`)
      .select('Id', 'FileRef', 'FileDirRef', 'FSObjType', 'PwLetterKind', 'PwPipId')
      .top(5000)<StoredLetterFile[]>();
    return items.filter((i) => Number(i.FSObjType ?? 0) === 0);
  } catch (e) {
    throw toDataError(e, 'load the pupil’s letters to file them by kind');
  }
}

/**
 * A PIP's signed agreement points at its file's item id. After a move, each PIP whose agreement pointed at a moved
 * file (or, after a run stopped between the move and this, at a file no longer among the pupil's letters while one
 * signed agreement of that PIP is) is pointed at the file again. Reads the PIPs of the agreements only.
 */
async function repointAgreements(sp: SPFI, files: readonly StoredLetterFile[], movedTo: ReadonlyMap<number, number>): Promise<number> {
  const ids = new Set(files.map((f) => f.Id));
  const agreements = files.filter((f) => f.PwLetterKind === 'PIP agreement' && typeof f.PwPipId === 'number');
  const byPip = new Map<number, StoredLetterFile[]>();
  for (const a of agreements) byPip.set(a.PwPipId as number, [...(byPip.get(a.PwPipId as number) ?? []), a]);
  let repointed = 0;
  for (const [pipId, files] of byPip) {
    const pip = sp.web.lists.getByTitle(pips.title).items.getById(pipId);
    let current: number | undefined;
    try {
      const raw = await pip.select('PwAgreementFileId')<{ PwAgreementFileId?: number | null }>();
      current = typeof raw.PwAgreementFileId === 'number' ? raw.PwAgreementFileId : undefined;
    } catch (e) {
      if (toDataError(e, 'load the PIP').kind === 'not-found') continue;
      throw toDataError(e, 'load the PIP whose signed agreement was moved');
    }
    if (current === undefined || ids.has(current)) continue;
    const target = movedTo.get(current) ?? (files.length === 1 ? files[0].Id : undefined);
    if (target === undefined) continue;
    try {
      await pip.update({ PwAgreementFileId: target });
      repointed += 1;
    } catch (e) {
      throw toDataError(e, 'point the PIP at its signed agreement again after moving it');
    }
  }
  return repointed;
}
