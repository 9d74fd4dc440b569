import { formatUkDate, type Pip } from '../../../../domain';
import { DataError } from '../../../../data/errors';
import type { FiledLetter, ILetterRepository } from '../../../../data/ports';
import { fileBytes } from '../../../../ui/fileBytes';

/** The largest signed form accepted (a phone photo or a scan of a few pages). */
export const MAX_AGREEMENT_BYTES = 15 * 1024 * 1024;

/** "PIP agreement, PIP from 07-09-2026, signed 03-09-2026.pdf": one name per PIP and signing, never another's. */
export function agreementFileName(pip: Pick<Pip, 'startDate'>, signedOn: string, original: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(original)?.[1]?.toLowerCase() ?? '';
  const day = (iso: string): string => formatUkDate(iso).split('/').join('-');
  return `PIP agreement, PIP from ${day(pip.startDate)}, signed ${day(signedOn)}.${ext}`;
}

/**
 * Files the parent/carer's signed agreement form in the pupil's folder of the Letters library (kind 'PIP
 * agreement'): the folder's permissions are the pupil's, so only PRU staff and the pupil's home school can open it.
 */
export async function fileAgreementForm(letters: ILetterRepository, file: File, pip: Pip, pupilRef: string): Promise<FiledLetter> {
  if (pip.parentSignOff === undefined) throw new DataError('invalid-record', 'Record who agreed and when before uploading the signed form.');
  if (file.size === 0) throw new DataError('invalid-record', `The signed form '${file.name}' is empty: choose the scan or photo again.`);
  if (file.size > MAX_AGREEMENT_BYTES)
    throw new DataError('invalid-record', `The signed form '${file.name}' is larger than 15 MB: scan it at a lower resolution or as a PDF.`);
  const content = new Uint8Array(await fileBytes(file));
  return letters.file(
    {
      pupilId: pip.pupilId,
      pipId: pip.id,
      kind: 'PIP agreement',
      letterDate: pip.parentSignOff.date,
      fileName: agreementFileName(pip, pip.parentSignOff.date, file.name),
    },
    content,
    pupilRef,
  );
}
