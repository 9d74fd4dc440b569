import { parentContactDay, parentContactTimeIssue, type ParentContact } from '../../../domain';
import { DataError } from '../../errors';
import type { IParentContactRepository, Saved } from '../../ports';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { toDataError } from '../spErrors';
import { parentContactMapper } from './parentContactMapper';
import { SpParentContactReads } from './ParentContactReads';
import { writerOf } from '../recordWriter';

/** The whole repository (`data-parent-contacts-write`, loaded at the first write): the reads (ParentContactReads.ts) and the writes. */
export class SpParentContactRepository extends SpParentContactReads implements IParentContactRepository {
  public async add(contact: Omit<ParentContact, 'day'>, pupilRef: string): Promise<Saved<ParentContact>> {
    const record = parentContactDay(contact);
    const early = parentContactTimeIssue(record, this.now());
    if (early) throw new DataError('invalid-record', `The contact was not saved: ${early.message}.`);
    const saved = await addToPupilFolderOnce(this.sp, this.siteUrl, parentContactMapper, pupilRef, writerOf(parentContactMapper).toValues(record), { what: 'record the contact with home', thing: 'The contact with home' });
    if (this.notes.isBlank(record)) return saved;
    try {
      await this.notes.save(saved.id, { notes: record.notes, pupilId: record.pupilId }, writerOf);
    } catch (e) {
      const err = toDataError(e, 'save the notes on the contact');
      throw new DataError(err.kind, `The contact with home is recorded, but its notes were not (${err.message}). Add them again: nothing else is lost.`, err.status);
    }
    return { ...saved, notes: record.notes };
  }
}
