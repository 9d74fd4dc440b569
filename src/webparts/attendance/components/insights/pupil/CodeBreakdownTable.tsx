import * as React from 'react';
import { ATTENDANCE_CODES, ATTENDANCE_CODE_CATEGORY_LABELS, bucketOf, findCode, type SchoolSettings } from '../../../../../domain';
import { DataTable } from '../../../../../ui/DataTable';

interface CodeRow {
  code: string;
  meaning: string;
  counts: string;
  sessions: number;
}

const BUCKET_WORDS = {
  present: 'Attendance (present)',
  aea: 'Attendance (approved educational activity)',
  authorised: 'Authorised absence',
  unauthorised: 'Unauthorised absence',
  'not-possible': 'Not a possible session',
} as const;

/** Sessions per code, in register order, with how each counts under the current settings. */
export const CodeBreakdownTable: React.FC<{ byCode: Record<string, number>; settings: SchoolSettings; subject: string }> = ({ byCode, settings, subject }) => {
  const known = ATTENDANCE_CODES.filter((c) => byCode[c.code] > 0).map((c) => c.code);
  const unknown = Object.keys(byCode).filter((c) => findCode(c) === undefined);
  const rows: CodeRow[] = [...known, ...unknown].map((code) => {
    const c = findCode(code);
    return {
      code,
      meaning: c ? c.meaning : 'Not a recognised code',
      counts: c ? `${BUCKET_WORDS[bucketOf(c, settings.notPossibleCodes)]}${c.category === 'withdrawn' ? ` (${ATTENDANCE_CODE_CATEGORY_LABELS.withdrawn})` : ''}` : BUCKET_WORDS['not-possible'],
      sessions: byCode[code],
    };
  });
  return (
    <DataTable
      caption={`Sessions by attendance code, ${subject}`}
      rows={rows}
      getKey={(r) => r.code}
      empty="No marks yet this year."
      columns={[
        { key: 'code', header: 'Code', rowHeader: true, render: (r) => r.code },
        { key: 'meaning', header: 'Meaning', render: (r) => r.meaning },
        { key: 'counts', header: 'Counts as', render: (r) => r.counts },
        { key: 'sessions', header: 'Sessions', numeric: true, render: (r) => r.sessions },
      ]}
    />
  );
};
