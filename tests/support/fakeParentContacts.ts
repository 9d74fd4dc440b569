/** Contacts with parents and carers in memory, with the same rules as SpParentContactRepository. */
import { DataError } from '../../src/data/errors';
import type { IParentContactRepository, ReadResult, Saved } from '../../src/data/ports';
import { followUpsDue, parentContactDay, parentContactSchema, parentContactTimeIssue, type ParentContact } from '../../src/domain';

export class FakeParentContacts implements IParentContactRepository {
  public readonly records: Saved<ParentContact>[];
  public readonly added: { contact: ParentContact; pupilRef: string }[] = [];

  public constructor(records: ParentContact[], private readonly now: () => Date) {
    this.records = records.map((r, i) => ({ ...r, id: r.id ?? i + 1, etag: '"1"' }));
  }

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<ParentContact>>> {
    return { items: this.records.filter((r) => r.pupilId === pupilId), problems: [] };
  }

  public async onDay(day: string): Promise<ReadResult<Saved<ParentContact>>> {
    return { items: this.records.filter((r) => r.day === day), problems: [] };
  }

  public async followUpsDue(day: string, since: string): Promise<ReadResult<Saved<ParentContact>>> {
    return { items: followUpsDue(this.records, day).filter((r) => (r.followUpOn ?? '') >= since), problems: [] };
  }

  public async add(contact: Omit<ParentContact, 'day'>, pupilRef: string): Promise<Saved<ParentContact>> {
    const parsed = parentContactSchema.safeParse(parentContactDay(contact));
    if (!parsed.success) throw new DataError('invalid-record', parsed.error.issues[0].message);
    const early = parentContactTimeIssue(parsed.data, this.now());
    if (early) throw new DataError('invalid-record', `The contact was not saved: ${early.message}.`);
    const saved = { ...parsed.data, id: this.records.length + 1, etag: '"1"' };
    this.records.push(saved);
    this.added.push({ contact: parsed.data, pupilRef });
    return saved;
  }
}
