/**
 * What the import service hands the Import view: the plan of each kind of record, progress, and saved mappings.
 */
import type { AttendanceMark, Pupil, School, SchoolContact } from '../../domain';
import type { SourceSheet } from '../../domain/import/cells';
import type { ImportKind } from '../../domain/import/fields';
import type { ImportPlan } from '../../domain/import/plan';
import type { ImportedEntry } from '../../domain/import/kinds/learningLogEntries';
import type { ImportedPip } from '../../domain/import/kinds/pips';
import type { RowResult } from '../../domain/import/report';
import type { HeaderMapping, MappedSheet } from '../../domain/import/rows';

export type AnyImportPlan =
  | (ImportPlan<Pupil> & { readonly kind: 'pupils' })
  | (ImportPlan<AttendanceMark> & { readonly kind: 'marks' })
  | (ImportPlan<School> & { readonly kind: 'schools' })
  | (ImportPlan<SchoolContact> & { readonly kind: 'schoolStaff' })
  | (ImportPlan<ImportedEntry> & { readonly kind: 'learningLogEntries' })
  | (ImportPlan<ImportedPip> & { readonly kind: 'pips' });

export interface ImportProgress {
  readonly done: number;
  readonly total: number;
}

export interface ImportRunOptions {
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Checked between writes: true stops the import (what was written stays written and is in the report). */
  readonly isCancelled?: () => boolean;
}

/** A mapping saved for reuse: which column each field is read from, for one kind of record. */
export interface SavedMapping {
  readonly name: string;
  readonly kind: ImportKind;
  readonly columns: HeaderMapping;
}

/** A list on the site that records can be imported from. */
export interface SiteListSummary {
  readonly title: string;
  readonly itemCount: number;
}

export interface IImportService {
  /** Reads an Excel workbook (.xlsx); the reader is loaded only now. */
  readWorkbook(name: string, content: ArrayBuffer): Promise<SourceSheet[]>;
  /** A Common Transfer File as a sheet of pupils (refused, with the reason, when it is not a CTF of the version read). */
  readCtf(name: string, content: ArrayBuffer): Promise<{ readonly sheet: SourceSheet; readonly description: string }>;
  /** The lists on the site (other than Pathways Hub's own) whose items can be imported. */
  siteLists(): Promise<SiteListSummary[]>;
  /** A site list as a sheet: its columns' display names as the header row, one row per item. */
  readSiteList(title: string): Promise<SourceSheet>;
  /** The dry run: every row compared with what is saved. Nothing is written. */
  plan(sheet: SourceSheet, mapped: MappedSheet): Promise<AnyImportPlan>;
  /** Writes the plan's new and updated rows through the repositories; conflicts and refused rows are never written. */
  run(plan: AnyImportPlan, options?: ImportRunOptions): Promise<RowResult[]>;
  savedMappings(): Promise<SavedMapping[]>;
  /** Saves (or replaces, by name and kind) a mapping in the site's settings list. */
  saveMapping(mapping: SavedMapping): Promise<void>;
}
