/**
 * Reading a document library's records with each one's file beside it (its name and address, and any other file
 * column a caller asks for, such as the version): the record's own columns through its mapper, as every list reader
 * does (readAll), the file's columns selected in the same request. Letters, LA returns and leaders' reports use it.
 */
import type { ReadResult, Saved } from '../ports';
import { readAll, type ReadOptions } from './listReader';
import type { RecordReader } from './recordMapper';
import type { SPFI } from './pnpSetup';

/** The file columns read with each item, and what is made of them. */
export interface FileColumns<F> {
  readonly select: readonly string[];
  of(raw: Record<string, unknown>): F;
}

/** A file's name and server-relative address (FileLeafRef, FileRef). */
export const NAME_AND_URL: FileColumns<{ readonly fileName: string; readonly url: string }> = {
  select: ['FileLeafRef', 'FileRef'],
  of: (raw) => ({ fileName: String(raw.FileLeafRef ?? ''), url: String(raw.FileRef ?? '') }),
};

/** Every record of a library (filtered as `options` says), each with its file's columns. */
export async function readWithFiles<T, F>(sp: SPFI, mapper: RecordReader<T>, file: FileColumns<F>, options: ReadOptions<T>): Promise<ReadResult<Saved<T> & F>> {
  const files = new Map<number, F>();
  const read = await readAll(
    sp,
    {
      ...mapper,
      select: [...mapper.select, ...file.select],
      fromItem: (raw) => {
        const saved = mapper.fromItem(raw);
        files.set(saved.id, file.of(raw));
        return saved;
      },
    },
    options,
  );
  return { items: read.items.map((r) => ({ ...r, ...(files.get(r.id) as F) })), problems: read.problems };
}
