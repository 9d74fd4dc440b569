import * as React from 'react';
import * as ReactDOM from 'react-dom';
import type { ProgressReport, StageBoundaries } from '../../../../domain';
import type { ChartImage } from '../../../../data/reports/docxParts';
import { chartPictureIn } from '../../../../ui/charts/svgToPng';
import { WeeklyAttendanceChart, weeklySummary } from '../../../attendance/components/insights/charts/WeeklyAttendanceChart';

/**
 * The progress report's weekly attendance chart as a picture for the Word document, with its text alternative:
 * drawn from the chart on screen when there is one (the preview), otherwise from the same chart component drawn out
 * of sight for the moment it takes (a whole cohort's reports). Undefined when the browser cannot draw it: the
 * document then has the table of weeks only.
 */
export async function progressChartPicture(report: ProgressReport, boundaries: StageBoundaries, onScreen?: Element | null): Promise<ChartImage | undefined> {
  const withText = (picture: Awaited<ReturnType<typeof chartPictureIn>>): ChartImage | undefined =>
    picture && { ...picture, title: `Attendance by school week, ${report.pupilName}`, description: weeklySummary(report.pupilName, report.attendance.weeks, boundaries) };
  if (onScreen) return withText(await chartPictureIn(onScreen));
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, { position: 'absolute', left: '-10000px', top: '0', width: '900px' });
  document.body.appendChild(host);
  try {
    ReactDOM.render(<WeeklyAttendanceChart id={`cohort-${report.pupilRef}`} subject={report.pupilName} points={report.attendance.weeks} boundaries={boundaries} />, host);
    return withText(await chartPictureIn(host));
  } finally {
    ReactDOM.unmountComponentAtNode(host);
    host.remove();
  }
}
