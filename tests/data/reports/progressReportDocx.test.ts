import { progressReportDocx } from '../../../src/data/reports/progressReportDocx';
import { attendanceSentence, formatUkDate, progressReport } from '../../../src/domain';
import { readDocx } from '../../support/docxText';
import { progressInput } from '../../support/progressReportFixture';

/** A 1×1 PNG. */
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));

describe('The termly progress report as a Word document', () => {
  const report = progressReport(progressInput());

  it('is a Word package whose every section is present, read back by a third-party reader', async () => {
    const doc = readDocx(await progressReportDocx(report));
    expect(doc.files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    for (const heading of ['Termly progress report: Autumn term 2026/27', 'Attendance', 'Progress against targets', 'EHC plan outcomes', 'Assessments', 'Learning highlights', 'Engagement and behaviour', 'Next steps', 'Lead tutor’s comment', 'In my own words'])
      expect(doc.paragraphs).toContain(heading);
    expect(doc.tables[0][1]).toEqual(['Jo LastPH0007 (PH-0007)', '8', 'Example Academy', '02/09/2026 to 20/11/2026']);
  });

  it('carries the figures of the domain statistics for the same period', async () => {
    const doc = readDocx(await progressReportDocx(report));
    expect(doc.paragraphs).toContain(attendanceSentence(report));
    expect(attendanceSentence(report)).toBe('Attendance 70.0% (Stage 3): 7 of 10 possible sessions attended; 2 authorised and 1 unauthorised absences.');
    const weekly = doc.tables.find((t) => t[0][0] === 'Week beginning' && t[0][1] === 'Possible sessions');
    expect(weekly?.slice(1)).toEqual(report.attendance.weeks.filter((w) => w.possible > 0).map((w) => [formatUkDate(w.weekStart), String(w.possible), String(w.attended), '70.0%']));
    const plan = doc.tables.find((t) => t[0][1] === 'Sessions on the plan');
    expect(plan?.slice(1)).toEqual([
      ['09/11/2026', '1', '1', '100.0%', '70.0%'],
      ['16/11/2026', '1', '0', '—', '—'],
    ]);
    expect(doc.tables.find((t) => t[0][2] === 'Average engagement')?.slice(1)).toEqual([['09/11/2026', '2', '3.0', '1']]);
    const assessments = doc.tables.find((t) => t[0][0] === 'Subject');
    expect(assessments?.slice(1).map((r) => [r[0], r[4]])).toEqual([
      ['Maths', '+6'],
      ['Reading', '+8 months'],
    ]);
    expect(doc.paragraphs).toEqual(expect.arrayContaining(['05/10/2026, Ms Example: Solved a two-step problem unaided.', 'Two afternoons a week from January', 'A settled half-term.', 'Not recorded this term.']));
  });

  it('puts the chart in as a picture with its text alternative when one is given', async () => {
    const doc = readDocx(await progressReportDocx(report, { png: PNG, width: 800, height: 300, title: 'Attendance by school week', description: '12 school weeks: 1 in Stage 3' }));
    expect(doc.files.some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    expect(doc.xml).toMatch(/<wp:docPr [^>]*descr="12 school weeks: 1 in Stage 3"/);
  });
});
