import { followUpsDue, parentContactDay, parentContactTimeIssue, type ParentContact } from '../../../domain';
import { DataError } from '../../errors';
import type { IParentContactRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { pupilFilters, readAll, readForPupils } from '../listReader';
import { staffNotesStore } from '../confidential/staffNotes';
import { toDataError } from '../spErrors';
import { parentContactMapper, parentContactNotesMapper } from './parentContactMapper';

const byTime = (a: Saved<ParentContact>, b: Saved<ParentContact>): number => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id;

/**
 * Contacts with parents and carers, in each pupil's folder (security 'pupil-folder'; the home school reads them while
 * the setting for contacts is on). One contact is stored in two lists: the contact item and the staff's notes in
 * Pathways Parent Contact Notes, the PRU's only. Reads join them; a home school's copy has no notes. Every query
 * starts on an indexed column: the pupil, the day of the contact, or the follow-up day (the notes by their key).
 */
export class SpParentContactRepository implements IParentContactRepository {
  private readonly notes;

  public constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.notes = staffNotesStore(sp, parentContactNotesMapper, 'notes on the contacts with home');
  }

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<ParentContact>>> {
    const filter = `PwPupilId eq ${pupilId}`;
    const r = await this.notes.joinAll(readAll(this.sp, parentContactMapper, { what: "load the pupil's contacts with home", filter }), filter);
    return { items: [...r.items].sort(byTime), problems: r.problems };
  }

  public async onDay(day: string): Promise<ReadResult<Saved<ParentContact>>> {
    const r = await this.notes.joinFound(readAll(this.sp, parentContactMapper, { what: "load the day's contacts with home", filter: `PwContactDay eq '${day}'` }));
    return { items: [...r.items].sort(byTime), problems: r.problems };
  }

  public async followUpsDue(day: string, since: string): Promise<ReadResult<Saved<ParentContact>>> {
    const due = await readAll(this.sp, parentContactMapper, {
      what: 'load the follow-ups with home',
      filter: `PwFollowUpOn ge '${since}' and PwFollowUpOn le '${day}'`,
    });
    // A later contact with the family (which may have no follow-up) answers an earlier one: read those pupils' contacts.
    // Their contacts in one request and their notes in one more, however many pupils (readForPupils), not two per pupil.
    const pupils = Array.from(new Set(due.items.map((c) => c.pupilId)));
    if (pupils.length === 0) return { items: [], problems: due.problems };
    const theirs = await this.notes.joinAll(readForPupils(this.sp, parentContactMapper, pupils, "load the pupils' contacts with home"), pupilFilters(pupils));
    return { items: followUpsDue([...theirs.items].sort(byTime), day), problems: [...due.problems, ...theirs.problems] };
  }

  public async add(contact: Omit<ParentContact, 'day'>, pupilRef: string): Promise<Saved<ParentContact>> {
    const record = parentContactDay(contact);
    const early = parentContactTimeIssue(record, this.now());
    if (early) throw new DataError('invalid-record', `The contact was not saved: ${early.message}.`);
    const saved = await addToPupilFolderOnce(this.sp, this.siteUrl, parentContactMapper, pupilRef, parentContactMapper.toValues(record), { what: 'record the contact with home', thing: 'The contact with home' });
    if (this.notes.isBlank(record)) return saved;
    try {
      await this.notes.save(saved.id, { notes: record.notes, pupilId: record.pupilId });
    } catch (e) {
      const err = toDataError(e, 'save the notes on the contact');
      throw new DataError(err.kind, `The contact with home is recorded, but its notes were not (${err.message}). Add them again: nothing else is lost.`, err.status);
    }
    return { ...saved, notes: record.notes };
  }
}
