import { CSV_BOM, cohortGroupsCsv, cohortPupilsCsv, csvField, toCsv } from '../../../src/domain/attendance/attendanceCsv';
import { attendanceStats } from '../../../src/domain/attendance/stats';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';
import { week } from './insightsFixtures';

describe('CSV export (RFC 4180, for Excel)', () => {
  it('quotes commas, double quotes and line breaks, doubling inner quotes', () => {
    expect(csvField('Riverside, North')).toBe('"Riverside, North"');
    expect(csvField('The "Hub"')).toBe('"The ""Hub"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(csvField('plain')).toBe('plain');
  });

  it('writes empty cells for missing values, Yes/No for flags and numbers as they are', () => {
    expect([csvField(null), csvField(undefined), csvField(true), csvField(false), csvField(92.5), csvField(NaN)]).toEqual(['', '', 'Yes', 'No', '92.5', '']);
  });

  it('stops text being run as a formula', () => {
    expect(csvField('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(csvField('@cmd')).toBe("'@cmd");
  });

  it('starts with a UTF-8 BOM and a header row, and ends every line with CRLF', () => {
    const csv = toCsv(['Name', 'Note'], [['Zoë Ashdown', 'said "hello", then left']]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe(`${CSV_BOM}Name,Note\r\nZoë Ashdown,"said ""hello"", then left"\r\n`);
  });

  it('builds the pupil export with dates dd/mm/yyyy and the figures', () => {
    const marks = week(1, '2026-10-05', ['/', '/', '/', '/', '/', '/', '/', '/', '/', 'O']);
    const stats = attendanceStats(marks, DEFAULT_SETTINGS).pupils;
    const csv = cohortPupilsCsv(
      [
        {
          id: 1, pupilRef: 'PH-0001', firstName: 'Tamsin', lastName: "O'Hare, Jr", yearGroup: '9', senProvision: 'K', primaryNeed: 'SEMH',
          supportTier: 'Universal', enrolmentDate: '2026-09-02', homeSchool: 'Riverside Academy',
        },
        { id: 2, pupilRef: 'PH-0002', firstName: 'Kit', lastName: 'Marlow', yearGroup: '10', senProvision: 'N', supportTier: 'Universal', enrolmentDate: '2026-09-02', leavingDate: '2026-10-30', homeSchool: '' },
      ],
      stats,
      { from: '2026-08-01', to: '2026-11-20' },
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0].split(',')).toHaveLength(20);
    expect(lines[0]).toContain('Pupil reference,Last name,First name');
    expect(lines[1]).toBe('PH-0001,"O\'Hare, Jr",Tamsin,9,Riverside Academy,K,SEMH,Universal,02/09/2026,,01/08/2026,20/11/2026,10,9,0,1,90,10,Yes,No');
    expect(lines[2]).toBe('PH-0002,Marlow,Kit,10,,N,,Universal,02/09/2026,30/10/2026,01/08/2026,20/11/2026,0,0,0,0,,,No,No');
    expect(lines[3]).toBe('');
  });

  it('builds the group export', () => {
    const csv = cohortGroupsCsv('Home school', [
      { key: '1', label: 'St Anne\'s, "East"', pupils: 2, pupilsWithPossibleSessions: 2, possible: 20, attended: 17, attendancePercent: 85, persistentAbsentees: 1, persistentAbsenceRate: 50, severeAbsentees: 0 },
    ], { from: '2026-08-01', to: '2026-11-20' });
    expect(csv).toContain('\r\n"St Anne\'s, ""East""",01/08/2026,20/11/2026,2,20,85,1,50,0\r\n');
  });
});
