/**
 * What "Download" and "File" need and the report on screen does not: the charts drawn as pictures, the Word maker
 * (docx) and the download. Loaded on the first of those clicks (chunk `ondemand-word-leaders-report`).
 */
import type { LeadersReport } from '../../../../domain';
import { DOCX_TYPE } from '../../../../data/letters/docxType';
import { leadersReportDocx } from '../../../../data/reports/leadersReportDocx';
import { chartPicturesIn } from '../../../../ui/charts/svgToPng';
import { downloadBlob } from '../../../../ui/download';

/** The Word document of the report, with the charts on screen (inside `charts`) as its pictures. */
export async function leadersReportWord(report: LeadersReport, charts: Element | null): Promise<Uint8Array> {
  return leadersReportDocx(report, await chartPicturesIn(charts));
}

export function downloadWord(fileName: string, content: Uint8Array): void {
  downloadBlob(fileName, new Blob([content], { type: DOCX_TYPE }));
}
