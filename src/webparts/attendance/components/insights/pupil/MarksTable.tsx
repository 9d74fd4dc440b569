import * as React from 'react';
import { formatUkDate, londonToday, type AttendanceAmendment, type AttendanceMark } from '../../../../../domain';
import { DataTable } from '../../../../../ui/DataTable';
import { usePeopleNames } from '../../../../../ui/usePeopleNames';
import { codeWithMeaning } from '../shared/format';

const WEEKDAY = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const dayName = (iso: string): string => WEEKDAY[new Date(`${iso}T12:00:00Z`).getUTCDay()];

/** Every mark of the period, newest first: date, session, code with its meaning, minutes late. */
export const MarksTable: React.FC<{ marks: readonly AttendanceMark[]; subject: string }> = ({ marks, subject }) => {
  const rows = React.useMemo(
    () => [...marks].sort((a, b) => (a.date === b.date ? (a.session === 'PM' ? -1 : 1) : a.date < b.date ? 1 : -1)),
    [marks],
  );
  return (
    <DataTable
      caption={`Register marks, ${subject} (newest first)`}
      rows={rows}
      getKey={(m) => `${m.date}-${m.session}`}
      empty="No marks yet this year."
      columns={[
        { key: 'date', header: 'Date', rowHeader: true, render: (m) => `${dayName(m.date)} ${formatUkDate(m.date)}` },
        { key: 'session', header: 'Session', render: (m) => (m.session === 'AM' ? 'Morning (AM)' : 'Afternoon (PM)') },
        { key: 'code', header: 'Code', render: (m) => codeWithMeaning(m.code) },
        { key: 'late', header: 'Minutes late', numeric: true, render: (m) => (m.minutesLate === undefined ? '' : m.minutesLate) },
      ]}
    />
  );
};

/** Changes to saved marks, with the original code and the reason (the audit trail); who amended each, by name. */
export const AmendmentsTable: React.FC<{ amendments: readonly AttendanceAmendment[]; subject: string }> = ({ amendments, subject }) => {
  const nameOf = usePeopleNames(amendments.map((a) => a.amendedBy));
  return (
    <DataTable
      caption={`Amendments to saved marks, ${subject}`}
      rows={[...amendments].sort((a, b) => (a.amendedAt < b.amendedAt ? 1 : -1))}
      getKey={(a, i) => `${a.date}-${a.session}-${a.amendedAt}-${i}`}
      empty="No marks have been amended."
      columns={[
        { key: 'date', header: 'Mark', rowHeader: true, render: (a) => `${formatUkDate(a.date)} ${a.session}` },
        { key: 'from', header: 'Original code', render: (a) => codeWithMeaning(a.originalCode) },
        { key: 'to', header: 'New code', render: (a) => codeWithMeaning(a.newCode) },
        { key: 'reason', header: 'Reason', render: (a) => a.reason },
        { key: 'by', header: 'Amended by', render: (a) => `${nameOf(a.amendedBy) ?? a.amendedBy}, ${formatUkDate(londonToday(new Date(a.amendedAt)))}` },
      ]}
    />
  );
};
