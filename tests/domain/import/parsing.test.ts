import { parseCsv, detectSeparator } from '../../../src/domain/import/csv';
import { decodeText } from '../../../src/domain/import/textDecoding';
import { excelSerialToIso, parseImportDate } from '../../../src/domain/import/importDates';
import { checkSourceFile, MAX_IMPORT_BYTES } from '../../../src/domain/import/sourceFile';
import { unsafeTextReason } from '../../../src/domain/import/cells';
import { parseValue } from '../../../src/domain/import/values';
import { utf8, windows1252 } from '../../support/importFiles';

describe('CSV (RFC 4180)', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, CRLF and LF', () => {
    const result = parseCsv('Name,Notes\r\n"Example, Ava","said ""hello""\nthen left"\nTestwood,plain\r\n');
    expect(result).toEqual({ ok: true, rows: [['Name', 'Notes'], ['Example, Ava', 'said "hello"\nthen left'], ['Testwood', 'plain']] });
  });

  it('finds semicolon and tab separators from the header line', () => {
    expect(detectSeparator('UPN;Surname;Forename\n')).toBe(';');
    expect(detectSeparator('UPN\tSurname\tForename\n')).toBe('\t');
    expect(detectSeparator('"a;b",c\n')).toBe(',');
  });

  it('names the line where a quoted value is never closed', () => {
    const result = parseCsv('A,B\n1,2\n"open,3\n4,5\n');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Line 3: a quoted value is never closed') });
  });
});

describe('text encodings', () => {
  it('reads UTF-8 with and without a BOM, and Windows-1252', () => {
    const text = 'Surname\nZoë O’Example\n';
    expect(decodeText(utf8(text, true))).toEqual({ text, encoding: 'UTF-8 with BOM' });
    expect(decodeText(utf8(text))).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeText(windows1252(text))).toEqual({ text, encoding: 'Windows-1252' });
  });
});

describe('dates', () => {
  it('reads dd/mm/yyyy (UK order), ISO, two-digit years, month names and Excel serials', () => {
    const ok = (v: string | number | Date): string | undefined => {
      const r = parseImportDate(v);
      return r && r.ok ? r.date : undefined;
    };
    expect(ok('03/04/2014')).toBe('2014-04-03');
    expect(ok('3-4-2014')).toBe('2014-04-03');
    expect(ok('2014-04-03')).toBe('2014-04-03');
    expect(ok('2014-04-03T00:00:00Z')).toBe('2014-04-03');
    expect(ok('03/04/14')).toBe('2014-04-03');
    expect(ok('3 April 2014')).toBe('2014-04-03');
    expect(ok(45000)).toBe('2023-03-15');
    expect(ok('41732')).toBe('2014-04-03');
    expect(ok(new Date(Date.UTC(2014, 3, 3)))).toBe('2014-04-03');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(60)).toBeUndefined();
  });

  it('refuses dates that do not exist, and US order, with the value in the message', () => {
    expect(parseImportDate('31/02/2014')).toEqual({ ok: false, message: '31/02/2014 is not a date' });
    expect(parseImportDate('04/13/2014')).toEqual({ ok: false, message: '04/13/2014 is not a date' });
    expect(parseImportDate('soon')).toEqual({ ok: false, message: 'soon is not a date' });
    expect(parseImportDate('')).toBeUndefined();
  });
});

describe('file checks', () => {
  const head = (s: string): Uint8Array => utf8(s);
  it('accepts CSV, XLSX (a zip) and XML by name and first bytes', () => {
    expect(checkSourceFile('roll.csv', 20, head('UPN,Surname\nA,B\n'))).toEqual({ ok: true, format: 'csv' });
    expect(checkSourceFile('roll.xlsx', 20, Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1]))).toEqual({ ok: true, format: 'xlsx' });
    expect(checkSourceFile('ctf.xml', 20, head('<?xml version="1.0"?>'))).toEqual({ ok: true, format: 'ctf' });
  });

  it('refuses each kind of bad file with its own message', () => {
    const msg = (name: string, size: number, bytes: Uint8Array): string => {
      const r = checkSourceFile(name, size, bytes);
      return r.ok ? 'accepted' : r.message;
    };
    expect(msg('roll.csv', 0, new Uint8Array())).toBe("'roll.csv' is empty: there is nothing to import.");
    expect(msg('roll.csv', 5, head(' \r\n,,'))).toContain('is empty');
    expect(msg('big.csv', 20 * 1024 * 1024, head('UPN'))).toBe(
      "'big.csv' is 20.0 MB: files up to 10.0 MB can be imported. Split it (for example one file per term) and import each part.",
    );
    expect(MAX_IMPORT_BYTES).toBeLessThan(20 * 1024 * 1024);
    expect(msg('roll.pdf', 9, head('%PDF-1.7'))).toContain('is a PDF');
    expect(msg('roll.docx', 9, Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))).toContain('compressed file');
    expect(msg('roll.xls', 9, Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]))).toContain('Excel 97–2003');
    expect(msg('roll.xlsx', 9, head('UPN,Surname'))).toContain('is not an Excel workbook');
    expect(msg('photo.png', 9, Uint8Array.from([0x89, 0x50, 0x4e, 0x47]))).toContain('choose a CSV file (.csv), an Excel workbook (.xlsx) or a Common Transfer File (.xml)');
    expect(msg('roll.csv', 9, Uint8Array.from([0x55, 0x00, 0x50, 0x00]))).toContain('is not a text file');
  });
});

describe('unsafe text', () => {
  it('refuses formulas, markup and script, but not numbers, phone numbers or ordinary text', () => {
    expect(unsafeTextReason('=HYPERLINK("http://example.org","x")')).toContain('starts like a spreadsheet formula');
    expect(unsafeTextReason('@SUM(A1)')).toContain('formula');
    expect(unsafeTextReason("+cmd|' /C calc'!A0")).toContain('formula ("+")');
    expect(unsafeTextReason('-2+3+cmd')).toContain('formula ("-")');
    expect(unsafeTextReason('\t=1+1')).toContain('formula');
    expect(unsafeTextReason('<script>alert(1)</script>')).toContain('markup or script');
    expect(unsafeTextReason('Ava <img src=x onerror=alert(1)>')).toContain('markup or script');
    expect(unsafeTextReason('javascript:alert(1)')).toContain('markup or script');
    expect(unsafeTextReason('-12.5')).toBeUndefined();
    expect(unsafeTextReason('+44 24 7600 0000')).toBeUndefined();
    expect(unsafeTextReason("O'Example-Smith")).toBeUndefined();
    expect(unsafeTextReason('Attendance < 50% this term')).toBeUndefined();
  });
});

describe('values', () => {
  it('reads the words MIS exports use', () => {
    expect(parseValue('yearGroup', 'Year 9')).toEqual({ value: '9' });
    expect(parseValue('yearGroup', 9)).toEqual({ value: '9' });
    expect(parseValue('yearGroup', 'Reception')).toEqual({ value: 'R' });
    expect(parseValue('yearGroup', 'N2')).toEqual({ error: 'N2 is a nursery year: Pathways Hub records Reception to Year 13' });
    expect(parseValue('senProvision', 'SEN Support')).toEqual({ value: 'K' });
    expect(parseValue('senProvision', 'EHC Plan')).toEqual({ value: 'E' });
    expect(parseValue('need', 'Social, Emotional & Mental Health')).toEqual({ value: 'SEMH' });
    expect(parseValue('need', 'BESD')).toEqual({ value: 'BESD' });
    expect(parseValue('registration', 'S')).toEqual({ value: 'Dual' });
    expect(parseValue('registration', 'C')).toEqual({ value: 'Single' });
    expect(parseValue('yesNo', 'Maybe')).toEqual({ error: "'Maybe' is not Yes or No" });
    expect(parseValue('percent', 0.503)).toEqual({ value: 50.3 });
    expect(parseValue('percent', '50.3%')).toEqual({ value: 50.3 });
    expect(parseValue('attendanceCode', 'n')).toEqual({ value: 'N' });
    expect(parseValue('attendanceCode', '-')).toEqual({ blank: true });
    expect(parseValue('hours', '12.5 hrs')).toEqual({ value: 12.5 });
    expect(parseValue('hours', 41)).toEqual({ error: "'41' is not a number of hours a week (0 to 40)" });
  });

  it('reads people one a line, their details separated by |', () => {
    expect(parseValue('carers', 'Alex Stepford | Step-parent | Yes | 07700 900101\nSam Example | Mother |  |  | sam@example.org')).toEqual({
      value: [
        { name: 'Alex Stepford', relationship: 'Step-parent', parentalResponsibility: true, phone: '07700 900101' },
        { name: 'Sam Example', relationship: 'Mother', email: 'sam@example.org' },
      ],
    });
    expect(parseValue('carers', 'Alex | Step-parent | Sometimes')).toEqual({ error: "person 1: 'Sometimes' is not Yes or No (parental responsibility)" });
    expect(parseValue('emergencyContacts', 'Jo | Neighbour | 024 7600 2001 | 07700 900501 | extra')).toEqual({
      error: "person 1 has 5 details: give at most 4, separated by ' | ' (name, relationship, phone, otherPhone)",
    });
  });
});
