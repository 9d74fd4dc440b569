import { strFromU8, unzipSync } from 'fflate';
import { timetableLetterDocx } from '../../../src/data/letters/timetableLetterDocx';
import { DEFAULT_SETTINGS, type Pip } from '../../../src/domain';
import { letterText, timetableLetter } from '../../../src/domain/pip/timetableLetter';

const pip: Pick<Pip, 'startDate' | 'plannedEndDate' | 'timetables'> = {
  startDate: '2026-11-02',
  plannedEndDate: '2027-01-29',
  timetables: [
    {
      effectiveFrom: '2026-11-02',
      slots: [
        { day: 'Monday', start: '09:30', end: '11:30', location: 'Pathways centre', curriculum: 'English & maths' },
        { day: 'Wednesday', start: '13:00', end: '14:30', location: 'Online (supervised)', curriculum: 'Art' },
      ],
    },
  ],
};
const pupil = { pupilRef: 'PH-0009', firstName: 'Sam', lastName: 'Carter', parentName: 'Jo Carter', parentAddress: '4 Elm Row\nExampletown\nEX2 3CD' };

/** The document's visible text, paragraph by paragraph (w:t runs joined, w:p separated). */
function documentText(docx: Uint8Array): string {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml']);
  return xml
    .split('</w:p>')
    .map((p) => Array.from(p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g), (m) => m[1]).join(''))
    .filter((t) => t !== '')
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&apos;/g, "'");
}

describe('The PIP timetable letter as a Word document', () => {
  it('is a valid .docx holding the same content as the preview', async () => {
    const letter = timetableLetter(pip, pupil, DEFAULT_SETTINGS, { date: '2026-10-28', signatoryName: 'Rowan Hale', signatoryRole: 'Headteacher' });
    const docx = await timetableLetterDocx(letter);
    expect(Array.from(docx.slice(0, 2))).toEqual([0x50, 0x4b]); // a zip (OOXML) package
    const files = unzipSync(docx);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));

    const text = documentText(docx);
    for (const line of [
      'Jo Carter',
      '4 Elm Row',
      'EX2 3CD',
      '28/10/2026',
      'Dear Jo Carter',
      'RE: SAM CARTER TIMETABLE',
      letter.intro,
      letter.reviews,
      letter.contact,
      'Rowan Hale',
      'Headteacher',
      DEFAULT_SETTINGS.service.name,
    ])
      expect(text).toContain(line);
    expect(text).toMatch(/MONDAY\n09:30 to 11:30\nPathways centre\nEnglish & maths/);
    expect(text).toMatch(/TUESDAY\nNot timetabled/);
    expect(text).toMatch(/WEDNESDAY\n13:00 to 14:30\nOnline \(supervised\)\nArt/);
    expect(letterText(letter)).toContain('WEDNESDAY: 13:00 to 14:30, Online (supervised), Art');
  });

  it('keeps "Yours sincerely" on the same page as the signature (each kept with the next paragraph)', async () => {
    const letter = timetableLetter(pip, pupil, DEFAULT_SETTINGS, { date: '2026-10-28', signatoryName: 'Rowan Hale', signatoryRole: 'Headteacher' });
    const xml = strFromU8(unzipSync(await timetableLetterDocx(letter))['word/document.xml']);
    const paragraphs = xml.split('</w:p>');
    const at = (text: string): string => paragraphs.find((p) => p.includes(`>${text}</w:t>`)) ?? '';
    expect(at('Yours sincerely')).toContain('<w:keepNext/>');
    expect(at('Rowan Hale')).toContain('<w:keepNext/>');
    expect(at('Headteacher')).not.toContain('<w:keepNext/>');
  });
});
