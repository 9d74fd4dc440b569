import { DEFAULT_SETTINGS, halfTermsOfLog, learningLogByHalfTerm, type LearningLogEntry } from '../../../src/domain';

const terms = DEFAULT_SETTINGS.terms; // Autumn 2026/27: 02/09–23/10 and 02/11–18/12
const log = { academicYear: '2026/27', term: 'Autumn' as const, subjects: [{ subject: 'Maths', teacher: 'Rowan Hale' }, { subject: 'English', teacher: 'Ari Moss' }] };
let id = 0;
const entry = (subject: string, entryDate: string): LearningLogEntry => ({ id: ++id, logId: 1, pupilId: 7, subject, entryDate, teacher: 'rowan@pathways.example.org', entry: 'Worked well', highlight: false });

describe('learning logs by half-term (Appendix 3: "Spring Term 1")', () => {
  test('the half-terms of a log come from the term dates in the settings', () => {
    expect(halfTermsOfLog(log, terms)).toEqual([
      { label: 'Autumn Term 1 2026/27', dates: { start: '2026-09-02', end: '2026-10-23' } },
      { label: 'Autumn Term 2 2026/27', dates: { start: '2026-11-02', end: '2026-12-18' } },
    ]);
    expect(halfTermsOfLog({ academicYear: '2031/32', term: 'Autumn' }, terms)).toEqual([]);
  });

  test('entries are grouped and counted by half-term; a half-term that ended short is flagged, the current one says what is still due', () => {
    const entries = [entry('Maths', '2026-09-10'), entry('Maths', '2026-10-23'), entry('English', '2026-11-03'), entry('Maths', '2026-10-28'), entry('Art', '2026-09-15')];
    const groups = learningLogByHalfTerm(log, entries, terms, '2026-11-20', 1);
    expect(groups.map((g) => [g.halfTerm.label, g.state, g.entries.map((e) => e.entryDate)])).toEqual([
      ['Autumn Term 2 2026/27', 'current', ['2026-11-03']],
      ['Autumn Term 1 2026/27', 'ended', ['2026-10-23', '2026-09-15', '2026-09-10']],
      // Dated in the half-term holiday: kept, in its own group, never dropped.
      ['Outside the half-terms', 'outside', ['2026-10-28']],
    ]);
    const [second, first] = groups;
    expect(first.bySubject).toEqual([
      { subject: 'Maths', teacher: 'Rowan Hale', entries: 2 },
      { subject: 'English', teacher: 'Ari Moss', entries: 0 },
      { subject: 'Art', teacher: 'rowan@pathways.example.org', entries: 1 },
    ]);
    expect(first.flag).toBe('Autumn Term 1 2026/27 (02/09/2026 to 23/10/2026) ended without the expected 1 entry per subject: English (0)');
    expect(second.flag).toBeUndefined();
    expect(second.short.map((s) => s.subject)).toEqual(['Maths']);
  });

  test('nothing is flagged before a half-term starts, or when the setting turns the check off', () => {
    expect(learningLogByHalfTerm(log, [], terms, '2026-08-20', 1).map((g) => [g.state, g.flag])).toEqual([
      ['upcoming', undefined],
      ['upcoming', undefined],
    ]);
    expect(learningLogByHalfTerm(log, [], terms, '2027-01-10', 0).every((g) => g.flag === undefined && g.short.length === 0)).toBe(true);
    expect(learningLogByHalfTerm(log, [], terms, '2027-01-10', 2)[1].flag).toBe(
      'Autumn Term 1 2026/27 (02/09/2026 to 23/10/2026) ended without the expected 2 entries per subject: Maths (0), English (0)',
    );
  });
});
