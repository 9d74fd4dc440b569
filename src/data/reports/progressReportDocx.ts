/**
 * The termly progress report (attendance policy Appendix 3) as a Word document, built with `docx` from the same
 * ProgressReport content the on-screen preview shows (src/domain/reports/progressReport.ts). Loaded on demand only.
 */
import { Document, Packer, type Paragraph, type Table } from 'docx';
import { attendanceSentence, formatUkDate, percentText, type ProgressReport, type TargetProgressLine } from '../../domain';
import { bullet, chartParagraph, FONT, heading, para, SIZE, table, type ChartImage } from './docxParts';

const targetRows = (lines: readonly TargetProgressLine[]): string[][] =>
  lines.map((t) => [
    t.outcome,
    t.measure,
    formatUkDate(t.dueDate),
    t.notes.length > 0 ? t.notes.map((n) => `${formatUkDate(n.date)}: ${n.note}`).join('\n') : 'No progress noted this term',
    t.rating === undefined ? t.status : `${t.status} (rated ${t.rating} of 5)`,
  ]);
const TARGET_HEADERS = ['Target', 'How it is measured', 'By', 'Progress this term', 'Where it stands'];

function attendance(r: ProgressReport, chart?: ChartImage): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading('Attendance'), para(attendanceSentence(r))];
  if (chart) out.push(chartParagraph(chart));
  const weeks = r.attendance.weeks.filter((w) => w.possible > 0);
  if (weeks.length > 0)
    out.push(
      para('Attendance by school week', { bold: true }),
      table(
        ['Week beginning', 'Possible sessions', 'Attended', 'Attendance'],
        weeks.map((w) => [formatUkDate(w.weekStart), String(w.possible), String(w.attended), percentText(w.attendancePercent)]),
      ),
    );
  for (const p of r.attendance.plans) {
    out.push(
      para(`Against the Phased Integration Plan (${formatUkDate(p.startDate)} to ${formatUkDate(p.endDate)})`, { bold: true, after: 60 }),
      para(
        `${p.attended} of the ${p.expected} sessions on the plan's timetable attended (${percentText(p.planPercent)} of those with a mark so far). Sessions not on the timetable are recorded as C2 (part-time timetable) and count as authorised absence in the statutory figure.`,
      ),
      table(
        ['Week beginning', 'Sessions on the plan', 'Attended', 'Against the plan', 'Statutory attendance'],
        p.weeks.map((w) => [formatUkDate(w.weekBeginning), String(w.expected), String(w.attended), percentText(w.planPercent), percentText(w.statutoryPercent)]),
      ),
    );
  }
  return out;
}

function progress(r: ProgressReport): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading('Progress against targets')];
  out.push(r.targets.length > 0 ? table(TARGET_HEADERS, targetRows(r.targets)) : para('No targets were set or reviewed this term.'));
  if (r.ehcOutcomes.length > 0) {
    out.push(heading('EHC plan outcomes', 3));
    for (const o of r.ehcOutcomes) {
      out.push(para(`${o.outcome} — ${o.met} of ${o.targets.length} annual targets met`, { bold: true }));
      if (o.targets.length > 0) out.push(table(TARGET_HEADERS, targetRows(o.targets)));
    }
  }
  return out;
}

function assessments(r: ProgressReport): (Paragraph | Table)[] {
  if (r.assessments.length === 0) return [heading('Assessments'), para('No assessments were recorded this term.')];
  return [
    heading('Assessments'),
    table(
      ['Subject', 'Assessment', 'Starting point', 'Latest', 'Change'],
      r.assessments.map((a) => [
        a.subject,
        a.instrument ? `${a.kind} (${a.instrument})` : a.kind,
        `${a.first.value} (${formatUkDate(a.first.date)})`,
        a.latest ? `${a.latest.value} (${formatUkDate(a.latest.date)})` : '—',
        a.change ?? '—',
      ]),
    ),
  ];
}

function learning(r: ProgressReport): Paragraph[] {
  const out = [heading('Learning highlights')];
  if (r.learning.length === 0) return [...out, para('No learning-log entries were written this term.')];
  for (const s of r.learning) {
    out.push(heading(`${s.subject} (${s.entries} ${s.entries === 1 ? 'entry' : 'entries'} this term)`, 3));
    if (s.highlights.length === 0) out.push(para('No highlights marked.', { italics: true }));
    for (const h of s.highlights) out.push(bullet(`${formatUkDate(h.date)}, ${h.teacher}: ${h.entry}`));
  }
  return out;
}

function engagement(r: ProgressReport): (Paragraph | Table)[] {
  if (!r.engagement) return [];
  const e = r.engagement;
  if (e.weeks.length === 0) return [heading('Engagement and behaviour'), para('No engagement ratings or incidents were recorded this term.')];
  return [
    heading('Engagement and behaviour'),
    para(`${e.rated} lessons or sessions rated for engagement (1 did not engage, 5 fully engaged); ${e.incidents} ${e.incidents === 1 ? 'incident' : 'incidents'} recorded.`),
    table(
      ['Week beginning', 'Sessions rated', 'Average engagement', 'Incidents'],
      e.weeks.map((w) => [formatUkDate(w.weekStart), String(w.rated), w.average === null ? '—' : w.average.toFixed(1), String(w.incidents)]),
    ),
  ];
}

function closing(r: ProgressReport): Paragraph[] {
  const out = [heading('Next steps')];
  if (r.nextSteps.length === 0) out.push(para('None recorded.'));
  for (const s of r.nextSteps) out.push(bullet(s));
  out.push(heading('Lead tutor’s comment'), para(r.comments.leadTutor.trim() || 'No comment entered.'));
  out.push(heading('In my own words'), para(r.comments.pupilVoice.trim() || 'Not recorded this term.'));
  return out;
}

export function progressReportDocument(r: ProgressReport, chart?: ChartImage): Document {
  return new Document({
    creator: r.serviceName,
    title: `${r.title}, ${r.pupilName}`,
    description: `Termly progress report for ${r.pupilName}, ${r.term}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        children: [
          para(r.serviceName, { bold: true }),
          heading(r.title, 1),
          table(
            ['Pupil', 'Year group', 'Home school', 'Period'],
            [[`${r.pupilName} (${r.pupilRef})`, r.yearGroup, r.homeSchool ?? '—', `${formatUkDate(r.from)} to ${formatUkDate(r.to)}`]],
          ),
          ...attendance(r, chart),
          ...progress(r),
          ...assessments(r),
          ...learning(r),
          ...engagement(r),
          ...closing(r),
        ],
      },
    ],
  });
}

/** The .docx bytes of the report. */
export async function progressReportDocx(r: ProgressReport, chart?: ChartImage): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(progressReportDocument(r, chart)));
}
