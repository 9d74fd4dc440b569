/**
 * The real ImportService over the in-memory repositories of fakeServices, with in-memory marks, mappings and
 * site lists: component tests see the same dry run and report as production.
 */
import type { AttendanceMark } from '../../src/domain';
import type { SourceSheet } from '../../src/domain/import/cells';
import type { IPipRepository, IPupilRepository, ISchoolRepository } from '../../src/data/ports';
import { ImportService } from '../../src/data/import/ImportService';
import type { SavedMapping } from '../../src/data/import/importTypes';
import { importedMarkKey, type MarkImportResult } from '../../src/data/sp/attendance/AttendanceImport';

export function createFakeImports(
  pupils: IPupilRepository,
  schools: ISchoolRepository,
  marks: AttendanceMark[],
  now: () => Date,
  siteSheets: SourceSheet[] = [],
  pips?: { readonly repository: IPipRepository; readonly reviewIntervalWeeks: () => Promise<number> },
): ImportService {
  const mappings: SavedMapping[] = [];
  return new ImportService({
    pupils,
    schools,
    attendance: {
      marksForPupils: async (ids) => marks.filter((m) => ids.includes(m.pupilId)),
      importMarks: async (incoming): Promise<MarkImportResult> => {
        const saved: string[] = [];
        const unchanged: string[] = [];
        const conflicts: { key: string; saved: string }[] = [];
        for (const m of incoming) {
          const there = marks.find((x) => importedMarkKey(x) === importedMarkKey(m));
          if (!there) {
            marks.push(m);
            saved.push(importedMarkKey(m));
          } else if (there.code === m.code) unchanged.push(importedMarkKey(m));
          else conflicts.push({ key: importedMarkKey(m), saved: there.code });
        }
        return { saved, unchanged, conflicts, failures: [], cancelled: [] };
      },
    },
    mappings: {
      list: async () => [...mappings],
      save: async (m) => {
        const i = mappings.findIndex((x) => x.name === m.name && x.kind === m.kind);
        if (i >= 0) mappings.splice(i, 1);
        mappings.push(m);
      },
    },
    siteLists: {
      lists: async () => siteSheets.map((s) => ({ title: s.name, itemCount: s.rows.length - 1 })),
      read: async (title) => {
        const sheet = siteSheets.find((s) => s.name === title);
        if (!sheet) throw new Error(`No list '${title}'`);
        return sheet;
      },
    },
    currentUser: { email: 'attendance.officer@pathways.example.org' },
    now,
    pips: pips?.repository,
    pipReviewIntervalWeeks: pips?.reviewIntervalWeeks,
  });
}
