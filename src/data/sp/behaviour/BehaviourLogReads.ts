import type { BehaviourLogEntry, LoggedIncident } from '../../../domain';
import type { IBehaviourLogRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { readAll } from '../listReader';
import { incidentMapper } from './incidentMapper';

const newestFirst = (a: Saved<Pick<BehaviourLogEntry, 'at'>>, b: Saved<Pick<BehaviourLogEntry, 'at'>>): number => Date.parse(b.at) - Date.parse(a.at) || b.id - a.id;

/** The methods that write (the rest read). */
export type BehaviourLogWrite = 'add';

/**
 * The behaviour and engagement log, in each pupil's folder (security 'pupil-folder': the pupil's home school reads
 * it, nobody else outside the PRU). Every query starts on an indexed column: the pupil, or the day.
 *
 * These are the reads (`data-behaviour-log`, what a first screen loads); the writes (BehaviourLogRepository.ts, `data-behaviour-log-write`) extend this class,
 * loaded at the first write. Today's first screen reads only the day's incidents, and only the columns it shows
 * (incidentMapper.ts); a pupil's whole log, opened from learning logs or read for a progress report, loads the whole
 * entry's schema and mapper (`behaviour-log-entries`) at its first read.
 */
export class SpBehaviourLogReads implements Omit<IBehaviourLogRepository, BehaviourLogWrite> {
  public constructor(
    protected readonly sp: SPFI,
    protected readonly siteUrl: string,
    protected readonly now: () => Date = () => new Date(),
  ) {}

  public async forPupil(pupilId: number, from?: string, to?: string): Promise<ReadResult<Saved<BehaviourLogEntry>>> {
    const { behaviourLogMapper } = await import(/* webpackChunkName: 'behaviour-log-entries' */ './behaviourMappers');
    const r = await readAll(this.sp, behaviourLogMapper, { what: "load the pupil's behaviour and engagement log", filter: `PwPupilId eq ${pupilId}` });
    const items = r.items.filter((e) => (from === undefined || e.day >= from) && (to === undefined || e.day <= to));
    return { items: items.sort(newestFirst), problems: r.problems };
  }

  public async incidentsOn(day: string): Promise<ReadResult<Saved<LoggedIncident>>> {
    const r = await readAll(this.sp, incidentMapper, { what: "load the day's behaviour incidents", filter: `PwLogDay eq '${day}' and PwLogKind eq 'Incident'` });
    return { items: r.items.sort(newestFirst), problems: r.problems };
  }
}
