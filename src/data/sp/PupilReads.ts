import type { Pupil } from '../../domain';
import type { IPupilRepository, ReadResult, Saved } from '../ports';
import type { SPFI } from './pnpSetup';
import { pupilMapper } from './mappers/pupilMapper';
import { readAll, readOne } from './listReader';
import type { PupilAccessService } from './access/PupilAccessService';
import type { HomeSchoolAccessService } from './access/HomeSchoolAccessService';
import { confidentialOf, type PupilConfidential } from './mappers/pupilConfidentialMapper';
import { pupilConfidentialStore, type PupilConfidentialStore } from './pupils/PupilConfidentialStore';

/** The methods that write (the rest read). */
export type PupilWrite = 'create' | 'update';

/**
 * One Pupil, stored in two lists: the pupil item (Pathways Pupils, shared with the home school) and the confidential
 * part (Pathways Pupil Confidential, the PRU's only; pupils/PupilConfidentialStore.ts). Reads join them; a home
 * school reads no confidential part, so its copy has none. Writes save the pupil item first (guarded by its ETag:
 * every change of a pupil goes through it, so it is the record's lock), then the confidential part. The access
 * services (folders, home-school sharing) are loaded on the first write, not for reading: `access()` gives them.
 *
 * These are the reads (`data-pupils`, what a first screen loads); the writes (PupilRepository.ts, `data-pupils-write`:
 * the duplicate check, the payloads, the confidential part's save) extend this class, loaded at the first write or
 * when a person starts filling in the form (preloadData).
 */

export class SpPupilReads implements Omit<IPupilRepository, PupilWrite> {
  protected readonly confidential: PupilConfidentialStore;

  public constructor(
    protected readonly sp: SPFI,
    protected readonly access: () => Promise<{ readonly folders: PupilAccessService; readonly homeSchool: HomeSchoolAccessService }>,
  ) {
    this.confidential = pupilConfidentialStore(sp);
  }

  public async list(): Promise<ReadResult<Saved<Pupil>>> {
    // Paged by ID and sorted here: pupils are kept to their 25th birthday, so the list passes 5,000 items, and a
    // sort on Title (not indexed) would then meet the list view threshold.
    const [pupils, confidential] = await Promise.all([
      readAll(this.sp, pupilMapper, { what: 'load the pupils', sortBy: (p) => `${p.lastName}, ${p.firstName}` }),
      this.confidential.all(),
    ]);
    return {
      items: pupils.items.filter((p) => !confidential.damaged.has(p.id)).map((p) => withConfidential(p, confidential.byOwner.get(p.id))),
      problems: [...pupils.problems, ...confidential.problems],
    };
  }

  public async get(id: number): Promise<Saved<Pupil>> {
    const [pupil, confidential] = await Promise.all([readOne(this.sp, pupilMapper, id, 'load the pupil'), this.confidential.of(id)]);
    return withConfidential(pupil, confidential);
  }
}

/** The pupil item joined with its confidential part (none: the user may not read it, or it was never recorded). */
function withConfidential(pupil: Saved<Pupil>, confidential: PupilConfidential | undefined): Saved<Pupil> {
  return confidential === undefined ? pupil : { ...pupil, ...confidentialOf(confidential) };
}
