/**
 * The write half of a record mapper (recordMapper.ts): a record's column values and its REST payload. Imported only
 * by the modules that write (the repositories' `…Repository.ts`, the exactly-once and item writers), so a first screen
 * that only reads downloads none of it.
 */
import type { FieldValue, FieldValues } from './fieldCodec';
import { writePayload } from './fieldWriter';
import type { DeclaredRecord, RecordMapper, RecordReader } from './recordMapper';

/** A mapper from a reader and the record's column values (a record with its own columns: the PIP and its reviews). */
export function recordWriter<T>(reader: RecordReader<T>, toValues: (record: T) => FieldValues): RecordMapper<T> {
  return {
    list: reader.list,
    select: reader.select,
    ...(reader.expand ? { expand: reader.expand } : {}),
    fromItem: (raw) => reader.fromItem(raw),
    validate: (record) => reader.validate(record),
    toValues,
    toPayload: (record) => writePayload(reader.list, toValues(record)),
  };
}

/** The reads and writes of a declared record (a mapper already able to write is returned as it is). */
export function writerOf<T>(record: DeclaredRecord<T> | RecordMapper<T>): RecordMapper<T> {
  if ('toValues' in record) return record;
  const entries = Object.entries(record.fields) as [string, string][];
  return recordWriter(record, (input) => {
    const valid = record.validate(input);
    const values: FieldValues = {};
    for (const [key, column] of entries) {
      const v = (valid as Record<string, unknown>)[key];
      values[column] = v === undefined ? null : record.json.has(key) ? JSON.stringify(v) : (v as FieldValue);
    }
    if (record.title) values.Title = record.title(valid);
    return values;
  });
}
