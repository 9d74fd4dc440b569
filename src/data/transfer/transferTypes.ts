/**
 * What the transfer service hands the pupil record: where a leaver's CTF stands, and the files it makes.
 */
import type { IsoDate } from '../../domain';
import type { CtfState } from '../../domain/transfer/ctfDue';
import type { CtfDestination } from '../../domain/transfer/ctfFileName';
import type { CtfSex } from '../../domain/transfer/ctfPupil';
import type { DfeNumber } from '../../domain/transfer/dfeNumber';
import type { FiledLetter } from '../ports';

export interface TransferStatus {
  /** Due within 15 school days of leaving; to make, to send or sent. */
  readonly ctf: CtfState;
  /** The CTFs and attendance transfers filed in the pupil's folder, newest first. */
  readonly files: readonly FiledLetter[];
  /** The service's DfE number from settings; absent: the record says to enter it before a CTF can be made. */
  readonly source?: DfeNumber;
}

export interface MakeCtfRequest {
  readonly pupilId: number;
  /** As on the admission register (Pathways Hub does not keep it; every CTF carries it). */
  readonly sex: CtfSex;
  readonly destination: CtfDestination;
}

export interface MakeAttendanceTransferRequest {
  readonly pupilId: number;
  readonly sex: CtfSex;
  /** The dual-registered pupil's main school. */
  readonly mainSchool: DfeNumber;
}

export interface MadeTransfer {
  readonly filed: FiledLetter;
  /** What the file could not carry, in words (e.g. a year's session marks with two-character codes). */
  readonly notes: readonly string[];
}

export interface ITransferService {
  status(pupilId: number): Promise<TransferStatus>;
  /** Makes the leaver's CTF and files it in the pupil's folder (kind 'Common transfer file'). */
  makeCtf(request: MakeCtfRequest): Promise<MadeTransfer>;
  /** Makes an XML data transfer of the pupil's attendance here for the main school, filed the same way. */
  makeAttendanceTransfer(request: MakeAttendanceTransferRequest): Promise<MadeTransfer>;
  /** Records the day a filed CTF (or transfer) was sent. */
  recordSent(file: FiledLetter, sentOn: IsoDate): Promise<FiledLetter>;
}
