/**
 * Common transfer files out: the CTF a leaver's destination school receives, and the attendance transfer for a
 * dual-registered pupil's main school. Each is made from the pupil's record, marks and history, written as CTF 25
 * (data/import/ctf/ctfWriter.ts), named as the specification prescribes, and filed in the pupil's folder of the
 * Letters library (SpLetterRepository: the folder carries the pupil's permissions), where the pupil record lists it
 * and the day it was sent is recorded. Sending itself (the DfE's S2S site) happens outside Pathways Hub.
 */
import { ctfState } from '../../domain/transfer/ctfDue';
import { academicYearOf, londonClockTime, londonToday, TRANSFER_KINDS, type Pupil, type SchoolSettings } from '../../domain';
import { ctfFileName, nextCtfSequence, type CtfDestination } from '../../domain/transfer/ctfFileName';
import { ctfPupilFrom, type CtfSex } from '../../domain/transfer/ctfPupil';
import type { DfeNumber } from '../../domain/transfer/dfeNumber';
import { writeCtf, type CtfDocument } from '../import/ctf/ctfWriter';
import { DataError } from '../errors';
import type { FiledLetter, IAttendanceRepository, ILetterRepository, IPupilHistoryRepository, IPupilRepository, ISettingsRepository, Saved } from '../ports';
import type { ITransferService, MadeTransfer, MakeAttendanceTransferRequest, MakeCtfRequest, TransferStatus } from './transferTypes';

export interface TransferServiceDeps {
  readonly pupils: IPupilRepository;
  readonly settings: ISettingsRepository;
  readonly attendance: IAttendanceRepository;
  readonly letters: ILetterRepository;
  readonly history: IPupilHistoryRepository;
  readonly now: () => Date;
}

const sourceOf = (settings: SchoolSettings): DfeNumber | undefined =>
  settings.service.dfeNumber === undefined ? undefined : { la: settings.service.dfeNumber.slice(0, 3), estab: settings.service.dfeNumber.slice(3) };

export class TransferService implements ITransferService {
  public constructor(private readonly deps: TransferServiceDeps) {}

  public async status(pupilId: number): Promise<TransferStatus> {
    const [pupil, settings, files] = await Promise.all([this.deps.pupils.get(pupilId), this.deps.settings.get(), this.transfers(pupilId)]);
    const ctfs = files.filter((f) => f.kind === 'Common transfer file').map((f) => ({ fileName: f.fileName, madeOn: f.letterDate, sentOn: f.sentOn }));
    return { ctf: ctfState(pupil.leavingDate, ctfs, londonToday(this.deps.now()), settings), files, source: sourceOf(settings) };
  }

  public async makeCtf(request: MakeCtfRequest): Promise<MadeTransfer> {
    const { pupil, settings } = await this.subject(request.pupilId);
    if (pupil.leavingDate === undefined)
      throw new DataError('invalid-record', `Record ${pupil.firstName} ${pupil.lastName}'s leaving date first: a CTF is made when a pupil leaves.`);
    return this.make(pupil, settings, request.sex, request.destination, 'Common transfer file');
  }

  public async makeAttendanceTransfer(request: MakeAttendanceTransferRequest): Promise<MadeTransfer> {
    const { pupil, settings } = await this.subject(request.pupilId);
    if (pupil.registration !== 'Dual')
      throw new DataError('invalid-record', `${pupil.firstName} ${pupil.lastName} is not dual-registered: an attendance transfer goes to a dual-registered pupil's main school.`);
    return this.make(pupil, settings, request.sex, { kind: 'school', school: request.mainSchool }, 'Attendance transfer');
  }

  public recordSent(file: FiledLetter, sentOn: string): Promise<FiledLetter> {
    return this.deps.letters.recordSent(file, sentOn);
  }

  private async transfers(pupilId: number): Promise<FiledLetter[]> {
    const read = await this.deps.letters.forPupil(pupilId);
    return read.items.filter((l) => TRANSFER_KINDS.includes(l.kind));
  }

  private async subject(pupilId: number): Promise<{ pupil: Saved<Pupil>; settings: SchoolSettings }> {
    const [pupil, settings] = await Promise.all([this.deps.pupils.get(pupilId), this.deps.settings.get()]);
    return { pupil, settings };
  }

  private async make(pupil: Saved<Pupil>, settings: SchoolSettings, sex: CtfSex, destination: CtfDestination, kind: 'Common transfer file' | 'Attendance transfer'): Promise<MadeTransfer> {
    const source = sourceOf(settings);
    if (!source) throw new DataError('invalid-record', "Enter the service's DfE number (LA and establishment number) in Settings first: every CTF names its source by it.");
    const now = this.deps.now();
    const today = londonToday(now);
    const [marks, history, existing] = await Promise.all([
      this.deps.attendance.marksForPupil(pupil.id, pupil.enrolmentDate, pupil.leavingDate ?? today),
      this.deps.history.forPupil(pupil.id),
      this.transfers(pupil.id),
    ]);
    const senChange = history.items.filter((c) => c.kind === 'SEN provision').sort((a, b) => (a.effective < b.effective ? 1 : -1))[0];
    const built = ctfPupilFrom({ pupil, sex, service: { number: source, name: settings.service.name }, marks, senStartDate: senChange?.effective, settings, today });
    if (!built.ok) throw new DataError('invalid-record', built.problems.join(' '));
    const doc: CtfDocument = {
      header: {
        qualifier: kind === 'Common transfer file' ? 'full' : 'partial',
        dataDescriptor: kind === 'Common transfer file' ? undefined : 'Attendance',
        dateTime: `${today}T${londonClockTime(now)}:00`,
        source: { number: source, urn: settings.service.urn, name: settings.service.name, academicYear: academicYearOf(today).slice(0, 4) },
        destination,
      },
      pupils: [built.data],
      containers: kind === 'Common transfer file' ? undefined : 'attendance',
    };
    const fileName = ctfFileName(source, destination, nextCtfSequence(existing.map((f) => f.fileName), source, destination));
    const content = new TextEncoder().encode(writeCtf(doc));
    const filed = await this.deps.letters.file({ pupilId: pupil.id, kind, letterDate: today, fileName }, content, pupil.pupilRef);
    return { filed, notes: built.notes };
  }
}
