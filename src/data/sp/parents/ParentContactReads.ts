import { followUpsDue, type ParentContact } from '../../../domain';
import type { IParentContactRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { pupilFilters, readAll, readForPupils } from '../listReader';
import { staffNotesStore } from '../confidential/staffNotes';
import { parentContactMapper, parentContactNotesMapper } from './parentContactMapper';

const byTime = (a: Saved<ParentContact>, b: Saved<ParentContact>): number => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id;

/** The methods that write (the rest read). */
export type ParentContactWrite = 'add';

/**
 * Contacts with parents and carers, in each pupil's folder (security 'pupil-folder'; the home school reads them while
 * the setting for contacts is on). One contact is stored in two lists: the contact item and the staff's notes in
 * Pathways Parent Contact Notes, the PRU's only. Reads join them; a home school's copy has no notes. Every query
 * starts on an indexed column: the pupil, the day of the contact, or the follow-up day (the notes by their key).
 *
 * These are the reads (`data-parent-contacts`, what a first screen loads); the writes (ParentContactRepository.ts, `data-parent-contacts-write`) extend this class,
 * loaded at the first write.
 */
export class SpParentContactReads implements Omit<IParentContactRepository, ParentContactWrite> {
  protected readonly notes;

  public constructor(
    protected readonly sp: SPFI,
    protected readonly siteUrl: string,
    protected readonly now: () => Date = () => new Date(),
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
}
