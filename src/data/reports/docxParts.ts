/**
 * Small docx building blocks shared by the reports' Word documents (loaded only with them: never import this from a
 * component, only from a document builder that a handler imports on demand).
 */
import { BorderStyle, HeadingLevel, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

export const FONT = 'Arial';
export const SIZE = 22; // half-points: 11 pt

export const para = (text: string, options: { bold?: boolean; italics?: boolean; after?: number } = {}): Paragraph =>
  new Paragraph({ spacing: { after: options.after ?? 120 }, children: [new TextRun({ text, bold: options.bold, italics: options.italics, font: FONT, size: SIZE })] });

export const heading = (text: string, level: 1 | 2 | 3 = 2): Paragraph =>
  new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
    spacing: { before: 240, after: 120 },
    keepNext: true,
    children: [new TextRun({ text, bold: true, font: FONT, size: level === 1 ? 32 : level === 2 ? 26 : 23 })],
  });

export const bullet = (text: string): Paragraph =>
  new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [new TextRun({ text, font: FONT, size: SIZE })] });

const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const borders = { top: border, bottom: border, left: border, right: border };

/** A table with a repeated header row; every cell is plain text. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): Table {
  const cell = (text: string, bold: boolean): TableCell => new TableCell({ borders, children: [para(text, { bold, after: 0 })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((t) => cell(t, false)) }))],
  });
}

/** A chart drawn on screen, as a PNG made in the browser, with its text alternative. */
export interface ChartImage {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** The chart's text alternative (its title and summary). */
  readonly title: string;
  readonly description: string;
}

/** The chart as an inline picture (at most 16 cm wide), with its alternative text. */
export function chartParagraph(chart: ChartImage): Paragraph {
  const maxWidth = 600; // pixels at 96 dpi: about 16 cm
  const scale = Math.min(1, maxWidth / chart.width);
  return new Paragraph({
    spacing: { after: 120 },
    children: [
      new ImageRun({
        type: 'png',
        data: chart.png,
        transformation: { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) },
        altText: { name: chart.title, title: chart.title, description: chart.description },
      }),
    ],
  });
}
