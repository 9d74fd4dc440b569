/**
 * The PIP timetable letter (attendance policy Appendix 2) as a Word document, built with `docx` from the same
 * TimetableLetter content the on-screen preview shows (src/domain/pip/timetableLetter.ts).
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { formatUkDate, type TimetableLetter } from '../../domain';

const FONT = 'Arial';
const SIZE = 22; // half-points: 11 pt

const para = (
  text: string,
  options: { bold?: boolean; after?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; keepNext?: boolean } = {},
): Paragraph =>
  new Paragraph({
    alignment: options.align,
    spacing: { after: options.after ?? 120 },
    keepNext: options.keepNext,
    keepLines: options.keepNext,
    children: [new TextRun({ text, bold: options.bold, font: FONT, size: SIZE })],
  });

const lines = (texts: readonly string[], align?: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph[] =>
  texts.map((t, i) => para(t, { after: i === texts.length - 1 ? 240 : 0, align }));

const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const borders = { top: border, bottom: border, left: border, right: border };

function timetableTable(letter: TimetableLetter): Table {
  const header = new TableRow({
    tableHeader: true,
    children: ['Day', 'Time', 'Location', 'Curriculum being accessed'].map(
      (h) => new TableCell({ borders, children: [para(h, { bold: true, after: 0 })] }),
    ),
  });
  const rows = letter.days.flatMap((d) => {
    const sessions = d.sessions.length > 0 ? d.sessions : [{ time: 'Not timetabled', location: '', curriculum: '' }];
    return sessions.map(
      (s, i) =>
        new TableRow({
          children: [i === 0 ? d.day.toUpperCase() : '', s.time, s.location, s.curriculum].map(
            (text, col) => new TableCell({ borders, children: [para(text, { bold: col === 0, after: 0 })] }),
          ),
        }),
    );
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

export function timetableLetterDocument(letter: TimetableLetter): Document {
  return new Document({
    creator: letter.service[0],
    title: letter.heading,
    description: `PIP timetable letter, ${formatUkDate(letter.date)}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        children: [
          ...lines(letter.service, AlignmentType.RIGHT),
          ...lines(letter.addressee),
          para(formatUkDate(letter.date), { after: 240 }),
          para(letter.salutation, { after: 240 }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { after: 240 }, children: [new TextRun({ text: letter.heading, bold: true, font: FONT, size: 24 })] }),
          para(letter.intro, { after: 240 }),
          timetableTable(letter),
          para('', { after: 120 }),
          para(letter.hoursLine),
          para(letter.reviews),
          para(letter.responsibilities),
          para(letter.contact, { after: 360 }),
          // "Yours sincerely" stays on the page of the signature: each paragraph is kept with the next one.
          para(letter.closing, { after: 600, keepNext: true }),
          ...letter.signatory.map((t, i) => para(t, { after: i === letter.signatory.length - 1 ? 240 : 0, keepNext: i < letter.signatory.length - 1 })),
        ],
      },
    ],
  });
}

/** The .docx bytes of the letter. */
export async function timetableLetterDocx(letter: TimetableLetter): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(timetableLetterDocument(letter)));
}

export { DOCX_TYPE } from './docxType';
