/** Letters in memory for component tests: what was filed, with its bytes, by pupil. */
import type { FiledLetter, ILetterRepository, LetterShare, ReadResult } from '../../src/data/ports';
import { DataError } from '../../src/data/errors';
import { letterRecordSchema, sharingKept, type LetterRecord } from '../../src/domain';

export class FakeLetters implements ILetterRepository {
  public readonly letters: FiledLetter[] = [];
  public readonly contents = new Map<string, Uint8Array>();

  public async forPupil(pupilId: number): Promise<ReadResult<FiledLetter>> {
    return { items: this.letters.filter((l) => l.pupilId === pupilId).reverse(), problems: [] };
  }

  public async file(letter: LetterRecord, content: Uint8Array, pupilRef: string): Promise<FiledLetter> {
    const valid = letterRecordSchema.safeParse(letter);
    if (!valid.success) throw new DataError('invalid-record', `The letter was not filed: ${valid.error.issues[0].message}`);
    const url = `/sites/pathways/PwLetters/${pupilRef}/${letter.fileName}`;
    const i = this.letters.findIndex((l) => l.url === url);
    // As SpLetterRepository: filed again, the document keeps its sharing record and history.
    const filed: FiledLetter = { ...valid.data, ...(i >= 0 ? sharingKept(this.letters[i]) : {}), id: i >= 0 ? this.letters[i].id : this.letters.length + 1, etag: '"1"', url };
    if (i >= 0) this.letters[i] = filed;
    else this.letters.push(filed);
    this.contents.set(url, content);
    return filed;
  }

  public recordSent(letter: FiledLetter, sentOn: string): Promise<FiledLetter> {
    return this.change(letter, { sentOn });
  }

  public recordShare(letter: FiledLetter, share: LetterShare): Promise<FiledLetter> {
    return this.change(letter, share);
  }

  private async change(letter: FiledLetter, change: Partial<LetterRecord>): Promise<FiledLetter> {
    const i = this.letters.findIndex((l) => l.id === letter.id);
    if (i < 0) throw new DataError('not-found', 'Could not record it: the record was not found or you cannot see it.', 404);
    if (this.letters[i].etag !== letter.etag) throw new DataError('conflict', 'Someone else changed this document since you opened it.', 412);
    const valid = letterRecordSchema.safeParse({ ...this.letters[i], ...change });
    if (!valid.success) throw new DataError('invalid-record', `It was not recorded: ${valid.error.issues[0].message}`);
    this.letters[i] = { ...this.letters[i], ...change, etag: `"${Number(this.letters[i].etag.replace(/\D/g, '')) + 1}"` };
    return this.letters[i];
  }

  public async content(url: string): Promise<Uint8Array> {
    const c = this.contents.get(url);
    if (!c) throw new DataError('not-found', 'Could not open the letter: the record was not found or you cannot see it.', 404);
    return c;
  }
}
