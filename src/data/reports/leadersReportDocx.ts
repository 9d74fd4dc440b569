/**
 * The report to leaders and governors as a Word document, built with `docx` from the same LeadersReport content the
 * screen shows (src/domain/reports/leadersReport.ts), with the charts as pictures and their text alternatives.
 * Loaded on demand only.
 */
import { Document, Packer, type Paragraph, type Table } from 'docx';
import { attendanceChangeText, formatUkDate, groupTrendTitle, moneyText, onTimeSummary, percentText, PROVISION_CHART_TITLE, targetsText, type LeadersReport, type ProvisionImpactRow } from '../../domain';
import { bullet, chartParagraph, FONT, heading, para, SIZE, table, type ChartImage } from './docxParts';

const diff = (here: number | null, national?: number): string =>
  here === null || national === undefined ? '—' : `${here - national > 0 ? '+' : ''}${(Math.round((here - national) * 10) / 10).toFixed(1)} points`;

/** Each picture goes to its section by its title: the trend lines and the provision chart to theirs, the rest to attendance. */
const isTrend = (r: LeadersReport, c: ChartImage): boolean => r.attendance.trends.some((t) => groupTrendTitle(t) === c.title);
const isProvision = (c: ChartImage): boolean => c.title === PROVISION_CHART_TITLE;
const picture = (c: ChartImage): Paragraph[] => [chartParagraph(c), para(c.description, { italics: true })];

function attendance(r: LeadersReport, charts: readonly ChartImage[]): (Paragraph | Table)[] {
  const g = r.attendance.group;
  const out: (Paragraph | Table)[] = [
    heading('Attendance and absence'),
    para(
      `${r.pupils} pupils on roll in the period; ${g.possible} possible sessions. Attendance ${percentText(g.attendancePercent)}; ` +
        `${g.persistentAbsentees} persistently absent and ${g.severeAbsentees} severely absent.`,
    ),
    table(
      ['Measure', 'Here', r.attendance.nationalYear ? `National (${r.attendance.nationalYear})` : 'National', 'Difference'],
      r.attendance.comparison.map((c) => [c.measure, percentText(c.here), c.national === undefined ? 'Not entered' : percentText(c.national), diff(c.here, c.national)]),
    ),
    para(r.attendance.nationalSource ? `National figures: ${r.attendance.nationalSource}.` : 'No national figures are entered in Settings.', { italics: true }),
  ];
  for (const c of charts.filter((x) => !isTrend(r, x) && !isProvision(x))) out.push(...picture(c));
  const weeks = r.attendance.weeks.filter((w) => w.possible > 0);
  if (weeks.length > 0)
    out.push(
      para('Attendance by school week', { bold: true }),
      table(['Week beginning', 'Possible sessions', 'Attended', 'Attendance'], weeks.map((w) => [formatUkDate(w.weekStart), String(w.possible), String(w.attended), percentText(w.attendancePercent)])),
    );
  return out;
}

function groups(r: LeadersReport): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading('Persistent and severe absence by group')];
  for (const d of r.groups)
    out.push(
      heading(d.title, 3),
      table(
        [d.title, 'Pupils', 'Attendance', 'Persistently absent', 'Severely absent'],
        d.rows.map((x) => [x.label, String(x.pupils), percentText(x.attendancePercent), `${x.persistentAbsentees} (${percentText(x.persistentAbsenceRate)})`, String(x.severeAbsentees)]),
      ),
    );
  if (r.persistentAbsentees)
    out.push(
      heading('Persistently absent pupils', 3),
      r.persistentAbsentees.length === 0
        ? para('None.')
        : table(['Pupil', 'Possible sessions', 'Attendance'], r.persistentAbsentees.map((a) => [a.who, String(a.possible), percentText(a.attendancePercent)])),
    );
  return out;
}

function trends(r: LeadersReport, charts: readonly ChartImage[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading('Weekly attendance trends by group')];
  for (const t of r.attendance.trends) {
    const title = groupTrendTitle(t);
    out.push(heading(title, 3));
    for (const c of charts.filter((x) => x.title === title)) out.push(...picture(c));
    const weeks = t.lines[0]?.weeks ?? [];
    out.push(
      weeks.length === 0
        ? para('No school weeks in the period.')
        : table(['Week beginning', ...t.lines.map((l) => `${l.label} (${l.pupils})`)], weeks.map((w, i) => [formatUkDate(w.weekStart), ...t.lines.map((l) => percentText(l.weeks[i].attendancePercent))])),
    );
  }
  return out;
}

const impactTable = (title: string, rows: readonly ProvisionImpactRow[]): Table | Paragraph =>
  rows.length === 0
    ? para('None.')
    : table(
        [title, 'Plans', 'Pupils', 'Cost in the period', 'Targets at review', 'Assessments against baseline', 'Attendance change'],
        rows.map((x) => [
          x.label,
          String(x.plans),
          String(x.pupils),
          moneyText(x.cost),
          targetsText(x.targets),
          `${x.assessments.rose} rose, ${x.assessments.same} same, ${x.assessments.fell} fell`,
          attendanceChangeText(x.attendance),
        ]),
      );

function provision(r: LeadersReport, charts: readonly ChartImage[]): (Paragraph | Table)[] {
  const p = r.provision;
  const out: (Paragraph | Table)[] = [heading('Provision cost against impact')];
  if ('unread' in p) return [...out, para(`The support plans could not be read (${p.unread}): this section is left out.`)];
  out.push(
    para(
      `${p.total.plans} support ${p.total.plans === 1 ? 'plan' : 'plans'} for ${p.total.pupils} ${p.total.pupils === 1 ? 'pupil' : 'pupils'} in force in the period, costing ${moneyText(p.total.cost)}. ` +
        `Targets at review: ${targetsText(p.total.targets)}. Attendance: ${attendanceChangeText(p.total.attendance)}.`,
    ),
  );
  for (const c of charts.filter(isProvision)) out.push(...picture(c));
  out.push(impactTable('Provision', p.byProvision), para(''), impactTable('Primary need', p.byNeed), para(''), impactTable('Support tier', p.byTier));
  if (p.lines)
    out.push(
      para(''),
      table(
        ['Pupil', 'Cycle', 'Provision', 'Cost in the period', 'Targets at review', 'Attendance before, during'],
        p.lines.map((l) => [
          l.who,
          `${formatUkDate(l.cycleStart)} to ${l.reviewDate ? formatUkDate(l.reviewDate) : 'not reviewed'}`,
          l.provision.join('; '),
          moneyText(l.cost),
          targetsText(l.targets),
          `${percentText(l.attendanceBefore)}, ${percentText(l.attendanceDuring)}`,
        ]),
      ),
    );
  out.push(para(p.method.join(' '), { italics: true }));
  return out;
}

function pips(r: LeadersReport): (Paragraph | Table)[] {
  const p = r.pips;
  const out: (Paragraph | Table)[] = [
    heading('Phased Integration Plans (part-time timetables)'),
    bullet(`${p.count} plans in force in the period; ${p.activeAtEnd} still running at its end.`),
    bullet(`On average ${p.averageHours === null ? '—' : `${p.averageHours} hours a week`}, running ${p.averageWeeks === null ? '—' : `${p.averageWeeks} weeks`}.`),
    bullet(`${p.longCount} ran longer than ${p.longPipWeeks} weeks.`),
    bullet(`${p.reviewsOnTime} of ${p.reviewsHeld} reviews held on time; ${p.overdueNow} overdue at the end of the period.`),
  ];
  if (p.lines)
    out.push(
      table(
        ['Pupil', 'From', 'To', 'Weeks', 'Hours a week', 'Reviews on time'],
        p.lines.map((l) => [
          l.who,
          formatUkDate(l.startDate),
          `${formatUkDate(l.endDate)}${l.ongoing ? ' (planned)' : ''}`,
          `${l.weeks}${l.long ? ` — longer than ${p.longPipWeeks} weeks` : ''}`,
          String(l.hours),
          `${l.reviewsOnTime} of ${l.reviewsHeld}${l.reviewOverdue ? '; a review is overdue' : ''}`,
        ]),
      ),
    );
  return out;
}

function send(r: LeadersReport): (Paragraph | Table)[] {
  const s = r.send;
  return [
    heading('Special educational needs'),
    table(['SEN provision', 'Pupils'], s.byProvision.map((x) => [x.label, String(x.pupils)])),
    para(''),
    table(['Primary need (pupils with SEN)', 'Pupils'], s.byNeed.map((x) => [x.label, String(x.pupils)])),
    para(''),
    table(['Support tier', 'Pupils'], s.byTier.map((x) => [x.label, String(x.pupils)])),
    para(
      `EHC plans: ${s.ehc.pupils} pupils; ${s.ehc.withinTime} reviewed within ${s.ehc.months} months, ${s.ehc.overdue} overdue` +
        (s.ehc.noDate > 0 ? `, ${s.ehc.noDate} with no review date recorded.` : '.'),
    ),
  ];
}

function onTime(r: LeadersReport): (Paragraph | Table)[] {
  const o = r.onTime;
  return [
    heading('Meetings and notifications on time'),
    para(onTimeSummary(o)),
    table(['Review', 'Due', 'Held on time', 'Held late', 'Not yet held, overdue'], o.reviews.map((x) => [x.label, String(x.due), String(x.heldOnTime), String(x.heldLate), String(x.overdue)])),
    para(''),
    o.notifications.length === 0
      ? para('No notification was sent or tried in the period.')
      : table(['Notification', 'Sent', 'Failed', 'Still pending'], o.notifications.map((x) => [x.kind, String(x.sent), String(x.failed), String(x.pending)])),
    para(`Not recorded: ${o.notRecorded.join(' ')}`, { italics: true }),
  ];
}

export function leadersReportDocument(r: LeadersReport, charts: readonly ChartImage[] = []): Document {
  return new Document({
    creator: r.serviceName,
    title: r.title,
    description: `${r.title}, ${formatUkDate(r.from)} to ${formatUkDate(r.to)}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        children: [
          para(r.serviceName, { bold: true }),
          heading(r.title, 1),
          para(`From ${formatUkDate(r.from)} to ${formatUkDate(r.to)}.${r.audience === 'governors' ? ' No pupil is named in this version.' : ' This version names pupils: for leaders only.'}`),
          ...attendance(r, charts),
          ...groups(r),
          ...trends(r, charts),
          ...pips(r),
          ...send(r),
          ...provision(r, charts),
          ...onTime(r),
          ...(r.notCovered.length > 0 ? [heading('Not covered yet'), ...r.notCovered.map(bullet)] : []),
        ],
      },
    ],
  });
}

/** The .docx bytes of the report. */
export async function leadersReportDocx(r: LeadersReport, charts: readonly ChartImage[] = []): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(leadersReportDocument(r, charts)));
}
