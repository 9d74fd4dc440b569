import { ctfDueBy, ctfState } from '../../../src/domain/transfer/ctfDue';
import { ctfFileName, nextCtfSequence, parseCtfFileName } from '../../../src/domain/transfer/ctfFileName';
import { parseDfeNumber } from '../../../src/domain/transfer/dfeNumber';
import { relationshipCode, relationshipWords } from '../../../src/domain/transfer/contactRelationship';
import { sessionString } from '../../../src/domain/transfer/sessionMarks';
import { addressParts } from '../../../src/domain/transfer/ctfPupil';
import { settingsWith } from '../../support/settingsBuilders';

const calendar = settingsWith();
const PRU = { la: '999', estab: '1100' };

describe('CTF file names (the specification\'s "File names for CTF")', () => {
  it('names source and destination by LA and establishment number, then a 3-digit sequence', () => {
    expect(ctfFileName(PRU, { kind: 'school', school: { la: '823', estab: '4102' } }, 1)).toBe('9991100_CTF_8234102_001.xml');
    expect(ctfFileName(PRU, { kind: 'unknown' }, 12)).toBe('9991100_CTF_MMMMMMM_012.xml');
    expect(ctfFileName(PRU, { kind: 'outside' }, 3)).toBe('9991100_CTF_XXXXXXX_003.xml');
    expect(() => ctfFileName(PRU, { kind: 'unknown' }, 1000)).toThrow('1 to 999');
  });

  it('counts the sequence per destination from the files already made', () => {
    const made = ['9991100_CTF_8234102_001.xml', '9991100_CTF_8234102_002.xml', '9991100_CTF_MMMMMMM_001.xml', 'timetable letter.docx'];
    expect(nextCtfSequence(made, PRU, { kind: 'school', school: { la: '823', estab: '4102' } })).toBe(3);
    expect(nextCtfSequence(made, PRU, { kind: 'unknown' })).toBe(2);
    expect(nextCtfSequence(made, PRU, { kind: 'outside' })).toBe(1);
    expect(parseCtfFileName('9991100_CTF_8234102_002.XML')).toEqual({ source: PRU, destination: { la: '823', estab: '4102' }, sequence: 2 });
    expect(parseCtfFileName('9991100_CTF_823410_002.xml')).toBeUndefined();
  });

  it('reads a DfE number typed with or without the slash, and says what is wrong with one that is not', () => {
    expect(parseDfeNumber('823/4102')).toEqual({ la: '823', estab: '4102' });
    expect(parseDfeNumber(' 8234102 ')).toEqual({ la: '823', estab: '4102' });
    expect(parseDfeNumber('82341')).toEqual({ problem: "'82341' is not a DfE number: enter 7 digits, the LA number then the establishment number, like 823/4001" });
    expect(parseDfeNumber('')).toHaveProperty('problem');
  });
});

describe('When the CTF is due: 15 school days after the pupil leaves (Pupil Information Regulations 2005, reg 9(3))', () => {
  it('counts school days from the calendar in settings, skipping weekends, holidays and closures', () => {
    // Last day on roll Friday 11 Dec 2026: 5 school days to the 18th, the Christmas holiday, 4 Jan 2027 an INSET closure, 9 school days to the 15th, the 15th on Mon 18.
    expect(ctfDueBy('2026-12-11', calendar)).toBe('2027-01-18');
    // A term-time leaver on Friday 2 Oct: three school weeks later, the Friday before half-term.
    expect(ctfDueBy('2026-10-02', calendar)).toBe('2026-10-23');
  });

  it('is to make, then to send, then sent; overdue only when past the day and not sent', () => {
    expect(ctfState(undefined, [], '2026-10-02', calendar)).toEqual({ state: 'not-left' });
    expect(ctfState('2026-10-02', [], '2026-10-05', calendar)).toEqual({ state: 'to-make', dueBy: '2026-10-23', overdue: false, latest: undefined });
    const made = { fileName: '9991100_CTF_8234102_001.xml', madeOn: '2026-10-05' };
    expect(ctfState('2026-10-02', [made], '2026-11-03', calendar)).toMatchObject({ state: 'to-send', overdue: true, latest: made });
    expect(ctfState('2026-10-02', [{ ...made, sentOn: '2026-10-06' }], '2026-11-03', calendar)).toMatchObject({ state: 'sent', overdue: false });
    expect(ctfState('2030-10-02', [], '2030-10-02', calendar)).toEqual({ state: 'no-calendar', message: 'Not enough school days in the calendar: add the term dates in settings.' });
  });
});

describe('Session marks: one character a session, AM then PM, weekdays only', () => {
  const marks = [
    { date: '2026-10-19', session: 'AM' as const, code: '/' },
    { date: '2026-10-19', session: 'PM' as const, code: '\\' },
    { date: '2026-10-20', session: 'AM' as const, code: 'I' },
    { date: '2026-10-26', session: 'AM' as const, code: 'O' },
  ];
  it("writes the codes, '-' for an unmarked school session and '#' for a weekday outside the calendar", () => {
    // Mon 19 Oct to Tue 27 Oct 2026: the half-term holiday is 26–30 Oct.
    expect(sessionString(marks, '2026-10-18', '2026-10-27', calendar)).toEqual({ ok: true, startDate: '2026-10-19', marks: '/\\I-------O###' });
  });
  it('names two-character codes, which the one-character string cannot carry', () => {
    expect(sessionString([...marks, { date: '2026-10-21', session: 'PM', code: 'C2' }], '2026-10-19', '2026-10-23', calendar)).toEqual({ ok: false, codes: ['C2'] });
  });
});

describe('Contacts as the CTF codes them', () => {
  it('codes relationships and reads codes back as words', () => {
    expect(['Mother', 'Foster carer', 'Step-father', 'Grandmother', 'Guardian', 'Neighbour', 'PAR'].map(relationshipCode)).toEqual(['PAR', 'FOF', 'STP', 'FAM', 'CAR', 'OTH', 'PAR']);
    expect(relationshipWords('FOF')).toBe('Foster parent');
    expect(relationshipWords('Aunt')).toBe('Aunt');
  });
  it('splits an address into lines and a postcode', () => {
    expect(addressParts('1 Example Row, Exampletown, ex1 1aa')).toEqual({ lines: ['1 Example Row', 'Exampletown'], postCode: 'EX1 1AA' });
    expect(addressParts('Flat 2\nThe Green')).toEqual({ lines: ['Flat 2', 'The Green'] });
  });
});
