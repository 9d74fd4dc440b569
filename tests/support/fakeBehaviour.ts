/** The behaviour and engagement log and SEMH focus profiles in memory, with the same rules as the SharePoint repositories. */
import { DataError } from '../../src/data/errors';
import type { IBehaviourLogRepository, ISemhProfileRepository, ReadResult, Saved } from '../../src/data/ports';
import {
  behaviourLogDay,
  behaviourLogEntrySchema,
  behaviourLogTimeIssue,
  londonToday,
  semhProfileIssues,
  semhProfileSchema,
  semhReviewDue,
  type BehaviourLogEntry,
  type LoggedIncident,
  type SchoolSettings,
  type SemhProfile,
} from '../../src/domain';

export class FakeBehaviourLog implements IBehaviourLogRepository {
  public readonly records: Saved<BehaviourLogEntry>[];
  public readonly added: { entry: BehaviourLogEntry; pupilRef: string }[] = [];

  public constructor(records: BehaviourLogEntry[], private readonly now: () => Date) {
    this.records = records.map((r, i) => ({ ...r, id: r.id ?? i + 1, etag: '"1"' }));
  }

  public async forPupil(pupilId: number, from?: string, to?: string): Promise<ReadResult<Saved<BehaviourLogEntry>>> {
    const items = this.records.filter((r) => r.pupilId === pupilId && (from === undefined || r.day >= from) && (to === undefined || r.day <= to));
    return { items: items.sort((a, b) => Date.parse(b.at) - Date.parse(a.at)), problems: [] };
  }

  public async incidentsOn(day: string): Promise<ReadResult<Saved<LoggedIncident>>> {
    const items = this.records.filter((r) => r.day === day && r.kind === 'Incident').sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    return { items: items.map((r) => ({ id: r.id, etag: r.etag, pupilId: r.pupilId, kind: 'Incident' as const, at: r.at, day: r.day, lesson: r.lesson, what: r.what })), problems: [] };
  }

  public async add(entry: Omit<BehaviourLogEntry, 'day'>, pupilRef: string): Promise<Saved<BehaviourLogEntry>> {
    const parsed = behaviourLogEntrySchema.safeParse(behaviourLogDay(entry));
    if (!parsed.success) throw new DataError('invalid-record', parsed.error.issues[0].message);
    const early = behaviourLogTimeIssue(parsed.data, this.now());
    if (early) throw new DataError('invalid-record', `The entry was not saved: ${early.message}.`);
    const saved = { ...parsed.data, id: this.records.length + 1, etag: '"1"' };
    this.records.push(saved);
    this.added.push({ entry: parsed.data, pupilRef });
    return saved;
  }
}

export class FakeSemhProfiles implements ISemhProfileRepository {
  public readonly records: Saved<SemhProfile>[];

  public constructor(records: SemhProfile[], private readonly settings: () => Promise<SchoolSettings>, private readonly now: () => Date) {
    this.records = records.map((r, i) => ({ ...r, id: r.id ?? i + 1, etag: '"1"' }));
  }

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<SemhProfile>>> {
    return { items: this.records.filter((r) => r.pupilId === pupilId).sort((a, b) => (a.startsOn < b.startsOn ? 1 : -1)), problems: [] };
  }

  public async reviewsDue(day: string, since: string): Promise<ReadResult<Saved<SemhProfile>>> {
    return { items: this.records.filter((r) => r.reviewedOn === undefined && r.reviewDueOn >= since && r.reviewDueOn <= day), problems: [] };
  }

  public async create(profile: Omit<SemhProfile, 'reviewDueOn'>): Promise<Saved<SemhProfile>> {
    const record = await this.checked(profile);
    const saved = { ...record, id: this.records.length + 1, etag: '"1"' };
    this.records.push(saved);
    return saved;
  }

  public async update(id: number, etag: string, profile: Omit<SemhProfile, 'reviewDueOn'>): Promise<Saved<SemhProfile>> {
    const i = this.records.findIndex((r) => r.id === id);
    if (i < 0) throw new DataError('not-found', 'The SEMH focus profile was not found.');
    if (this.records[i].etag !== etag) throw new DataError('conflict', 'Someone else changed the SEMH focus profile.');
    const record = await this.checked({ ...profile, id });
    this.records[i] = { ...record, id, etag: `"${Number(etag.replace(/\D/g, '')) + 1}"` };
    return this.records[i];
  }

  private async checked(profile: Omit<SemhProfile, 'reviewDueOn'>): Promise<SemhProfile> {
    const settings = await this.settings();
    const parsed = semhProfileSchema.safeParse({ ...profile, reviewDueOn: semhReviewDue(profile.startsOn, settings.behaviourLog.focusProfileWeeks, settings) });
    if (!parsed.success) throw new DataError('invalid-record', parsed.error.issues[0].message);
    const issue = semhProfileIssues(parsed.data, this.records, londonToday(this.now()))[0];
    if (issue) throw new DataError('invalid-record', `The SEMH focus profile was not saved: ${issue.message}.`);
    return parsed.data;
  }
}
