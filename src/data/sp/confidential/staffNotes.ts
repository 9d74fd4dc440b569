/**
 * The staff's own notes on a record, stored apart from it (docs/sharing.md): a list declaring `confidentialPartOf`
 * whose only part is a PwNotes column (Pathways Review Meeting Notes, Attendance Action Notes, Parent Contact Notes),
 * one item per record, keyed by the record's id, with the record's pupil. The record is shared with the home school
 * when its setting is on; SharePoint has no column-level security, so the notes cannot live on it. The column keeps
 * the internal name it had on the record (PwNotes), so the upgrade that moves it (confidentialSplit) maps column to
 * column.
 */
import { z } from 'zod';
import { itemIdSchema, optionalText } from '../../../domain';
import type { ListDefinition } from '../../../lists';
import type { SPFI } from '../pnpSetup';
import { createRecordMapper, type DeclaredRecord } from '../recordMapper';
import { ConfidentialStore } from './ConfidentialStore';
import { confidentialKey } from './confidentialKey';

/** A record's notes and its pupil (what a repository hands the store). */
export interface NotesPart {
  readonly notes?: string;
  readonly pupilId: number;
}

/** One notes item: the record (and its pupil) it belongs to, and the notes. */
export interface StaffNotesRecord extends NotesPart {
  readonly ownerId: number;
  readonly ownerKey: string;
}

const schema = z.object({ notes: optionalText(), pupilId: itemIdSchema, ownerId: itemIdSchema, ownerKey: z.string().min(1) });

/** The mapper of a notes list (its lookup and key columns from its confidentialPartOf). */
export function staffNotesMapper(list: ListDefinition): DeclaredRecord<StaffNotesRecord> {
  const part = list.confidentialPartOf;
  if (!part) throw new Error(`${list.title} does not declare whose notes it holds.`);
  return createRecordMapper<StaffNotesRecord>({
    list,
    schema: schema as unknown as z.ZodType<StaffNotesRecord, z.ZodTypeDef, unknown>,
    fields: { pupilId: 'PwPupil', ownerId: part.lookup, ownerKey: part.key, notes: 'PwNotes' },
  });
}

/** The store of a notes list: joins `notes` onto its records, saves them after the record (a blank note makes no item). */
export function staffNotesStore(sp: SPFI, mapper: DeclaredRecord<StaffNotesRecord>, what: string): ConfidentialStore<NotesPart, StaffNotesRecord> {
  return new ConfidentialStore<NotesPart, StaffNotesRecord>(sp, {
    mapper,
    ownerOf: (r) => r.ownerId,
    recordOf: (ownerId, part) => ({ notes: part.notes, pupilId: part.pupilId, ownerId, ownerKey: confidentialKey(ownerId) }),
    keys: ['notes'],
    words: { all: `load the ${what}`, one: `load the ${what}`, save: `save the ${what}` },
  });
}
