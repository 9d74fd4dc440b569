/**
 * Reads and writes the confidential part of pupils' records (Pathways Pupil Confidential, one item per pupil; see
 * mappers/pupilConfidentialMapper.ts). The list is the PRU's only: SharePoint answers a home school's request for it
 * as for a list that does not exist (404) or refuses it (403), and both mean "nothing here you may read", so a home
 * school's copy of a Pupil simply has no confidential part. Any other failure is an error.
 */
import type { ReadResult, Saved } from '../../ports';
import type { RecordValidationError } from '../../errors';
import { readAll } from '../listReader';
import {
  confidentialKeyOf,
  pupilConfidentialMapper as mapper,
  type ConfidentialRecord,
  type PupilConfidential,
} from '../mappers/pupilConfidentialMapper';
import type { SPFI } from '../pnpSetup';
import { toDataError } from '../spErrors';

const notYours = (kind: string): boolean => kind === 'not-found' || kind === 'access-denied';

export class PupilConfidentialStore {
  public constructor(private readonly sp: SPFI) {}

  /**
   * Every confidential item the signed-in user may read, by pupil id (none for a home school), and the pupils whose
   * item is damaged (reported in problems: their record does not load, as a damaged pupil item does not).
   */
  public async all(): Promise<{ byPupil: Map<number, Saved<ConfidentialRecord>>; damaged: Set<number>; problems: RecordValidationError[] }> {
    const damaged = new Set<number>();
    const noting = {
      ...mapper,
      fromItem: (raw: Record<string, unknown>) => {
        try {
          return mapper.fromItem(raw);
        } catch (e) {
          damaged.add(Number(raw.PwPupilId));
          throw e;
        }
      },
    };
    let read: ReadResult<Saved<ConfidentialRecord>>;
    try {
      read = await readAll(this.sp, noting, { what: 'load the pupils’ confidential details' });
    } catch (e) {
      const err = toDataError(e, 'load the pupils’ confidential details');
      if (notYours(err.kind)) return { byPupil: new Map(), damaged, problems: [] };
      throw err;
    }
    return { byPupil: new Map(read.items.map((r) => [r.pupilId, r])), damaged, problems: [...read.problems] };
  }

  /** The pupil's confidential item, or undefined when there is none or the user may not read it. A damaged item throws. */
  public async ofPupil(pupilId: number): Promise<Saved<ConfidentialRecord> | undefined> {
    const raw = await this.rawOf(pupilId);
    return raw === undefined ? undefined : mapper.fromItem(raw);
  }

  /** Writes the pupil's confidential part: updates their item, or adds it when they have none. */
  public async save(pupilId: number, confidential: PupilConfidential): Promise<void> {
    const record: ConfidentialRecord = { ...confidential, pupilId, pupilKey: confidentialKeyOf(pupilId) };
    const payload = mapper.toPayload(record);
    const what = 'save the pupil’s confidential details';
    const list = this.sp.web.lists.getByTitle(mapper.list.title);
    try {
      const existing = await this.rawOf(pupilId);
      if (existing !== undefined) {
        await list.items.getById(Number(existing.Id)).update(payload, '*');
        return;
      }
      try {
        await list.items.add(payload);
      } catch (e) {
        // PwPupilKey is unique: an add whose answer was lost, or a second tab, made it first. Update that one.
        if (toDataError(e, what).kind !== 'duplicate') throw e;
        const made = await this.rawOf(pupilId);
        if (made === undefined) throw e;
        await list.items.getById(Number(made.Id)).update(payload, '*');
      }
    } catch (e) {
      throw toDataError(e, what);
    }
  }

  private async rawOf(pupilId: number): Promise<Record<string, unknown> | undefined> {
    try {
      const rows = await this.sp.web.lists
        .getByTitle(mapper.list.title)
        .items.select(...mapper.select)
        .filter(`PwPupilKey eq '${confidentialKeyOf(pupilId)}'`)
        .top(2)<Record<string, unknown>[]>();
      return rows[0];
    } catch (e) {
      const err = toDataError(e, 'load the pupil’s confidential details');
      if (notYours(err.kind)) return undefined;
      throw err;
    }
  }
}
