import * as React from 'react';
import type { Saved } from '../../../../../data/ports';
import type { Pupil, PupilAttendanceStats } from '../../../../../domain';
import { DataTable } from '../../../../../ui/DataTable';
import { formatPercent, pupilName } from '../shared/format';
import { PupilNameLink } from '../../../../../ui/pupilRecord/PupilNameLink';

/** Pupils with their figures, each name opening the pupil's record: every pupil in the range, the persistent and severe absentees. */
export const AbsenteeTable: React.FC<{
  caption: string;
  rows: readonly PupilAttendanceStats[];
  pupilsById: ReadonlyMap<number, Saved<Pupil>>;
  homeSchoolOf: (p: Pupil) => string;
  empty: string;
}> = ({ caption, rows, pupilsById, homeSchoolOf, empty }) => {
  const nameOf = (id: number): string => {
    const p = pupilsById.get(id);
    return p ? pupilName(p) : `Pupil ${id}`;
  };
  return (
    <DataTable
      caption={caption}
      rows={rows}
      getKey={(s) => String(s.pupilId)}
      empty={empty}
      columns={[
        { key: 'name', header: 'Pupil', rowHeader: true, render: (s) => <PupilNameLink pupilId={s.pupilId}>{nameOf(s.pupilId)}</PupilNameLink> },
        { key: 'year', header: 'Year', render: (s) => pupilsById.get(s.pupilId)?.yearGroup ?? '' },
        { key: 'school', header: 'Home school', render: (s) => { const p = pupilsById.get(s.pupilId); return p ? homeSchoolOf(p) : ''; } },
        { key: 'possible', header: 'Possible sessions', numeric: true, render: (s) => s.possible },
        { key: 'attendance', header: 'Attendance', numeric: true, render: (s) => formatPercent(s.attendancePercent) },
        { key: 'absence', header: 'Overall absence', numeric: true, render: (s) => formatPercent(s.overallAbsenceRate) },
      ]}
    />
  );
};
