import { behaviourLogDay, behaviourLogTimeIssue, type BehaviourLogEntry } from '../../../domain';
import { DataError } from '../../errors';
import type { IBehaviourLogRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { readAll } from '../listReader';
import { behaviourLogMapper } from './behaviourMappers';

const newestFirst = (a: Saved<BehaviourLogEntry>, b: Saved<BehaviourLogEntry>): number => Date.parse(b.at) - Date.parse(a.at) || b.id - a.id;

/**
 * The behaviour and engagement log, in each pupil's folder (security 'pupil-folder': the pupil's home school reads
 * it, nobody else outside the PRU). Every query starts on an indexed column: the pupil, or the day.
 */
export class SpBehaviourLogRepository implements IBehaviourLogRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  public async forPupil(pupilId: number, from?: string, to?: string): Promise<ReadResult<Saved<BehaviourLogEntry>>> {
    const r = await readAll(this.sp, behaviourLogMapper, { what: "load the pupil's behaviour and engagement log", filter: `PwPupilId eq ${pupilId}` });
    const items = r.items.filter((e) => (from === undefined || e.day >= from) && (to === undefined || e.day <= to));
    return { items: items.sort(newestFirst), problems: r.problems };
  }

  public async onDay(day: string): Promise<ReadResult<Saved<BehaviourLogEntry>>> {
    const r = await readAll(this.sp, behaviourLogMapper, { what: "load the day's behaviour and engagement log", filter: `PwLogDay eq '${day}'` });
    return { items: r.items.sort(newestFirst), problems: r.problems };
  }

  public async add(entry: Omit<BehaviourLogEntry, 'day'>, pupilRef: string): Promise<Saved<BehaviourLogEntry>> {
    const record = behaviourLogDay(entry);
    const early = behaviourLogTimeIssue(record, this.now());
    if (early) throw new DataError('invalid-record', `The entry was not saved: ${early.message}.`);
    const values = behaviourLogMapper.toValues(record);
    return addToPupilFolderOnce(this.sp, this.siteUrl, behaviourLogMapper, pupilRef, values, { what: `log the ${record.kind === 'Incident' ? 'incident' : 'engagement'}`, thing: `The ${record.kind === 'Incident' ? 'incident' : 'engagement'} entry` });
  }
}
