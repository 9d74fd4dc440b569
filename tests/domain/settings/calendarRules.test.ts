import { calendarIssues, calendarLastDay, calendarWarning, calendarWarningText, issuesByField, validateSettings } from '../../../src/domain';
import { TERMS_2027_28, academicYearTerms, settingsWith } from '../../support/settingsBuilders';

const byField = (s: ReturnType<typeof settingsWith>): Record<string, string[]> => issuesByField(calendarIssues(s));

describe('calendar rules', () => {
  it('accepts the default calendar and next year entered ahead', () => {
    expect(calendarIssues(settingsWith())).toEqual([]);
    expect(calendarIssues(settingsWith({ terms: [...settingsWith().terms, ...TERMS_2027_28] }))).toEqual([]);
  });

  it('refuses a half-term outside its academic year', () => {
    const s = settingsWith({ terms: academicYearTerms('2027/28', [['2027-07-30', '2027-10-22'], ['2027-11-01', '2027-12-17'], ['2028-01-04', '2028-02-11'], ['2028-02-21', '2028-03-31'], ['2028-04-18', '2028-05-26'], ['2028-06-05', '2028-08-02']]), closures: [] });
    expect(byField(s)).toEqual({
      'terms.0.halfTerms.0.start': ['30/07/2027 is not in the academic year 2027/28 (01/08/2027 to 31/07/2028)'],
      'terms.2.halfTerms.1.end': ['02/08/2028 is not in the academic year 2027/28 (01/08/2027 to 31/07/2028)'],
    });
  });

  it('refuses a term entered twice', () => {
    const s = settingsWith({ terms: [TERMS_2027_28[0], { ...TERMS_2027_28[0], halfTerms: [{ start: '2028-01-04', end: '2028-02-11' }] }], closures: [] });
    expect(byField(s)['terms.1.term']).toEqual(['Autumn 2027/28 is entered twice']);
  });

  it('refuses overlapping terms, at the later term', () => {
    const spring = { ...TERMS_2027_28[1], halfTerms: [{ start: '2027-12-13', end: '2028-02-11' }, TERMS_2027_28[1].halfTerms[1]] };
    const s = settingsWith({ terms: [TERMS_2027_28[0], spring, TERMS_2027_28[2]], closures: [] });
    expect(byField(s)).toEqual({ 'terms.1.halfTerms.0.start': ['These dates overlap Autumn 2027/28 (01/11/2027 to 17/12/2027)'] });
  });

  it('refuses terms of a year out of order', () => {
    const spring = { ...TERMS_2027_28[1], halfTerms: [{ start: '2027-08-02', end: '2027-08-20' }] };
    const s = settingsWith({ terms: [TERMS_2027_28[0], spring], closures: [] });
    expect(byField(s)).toEqual({ 'terms.1.halfTerms.0.start': ['Spring must start after Autumn 2027/28 ends (17/12/2027)'] });
  });

  it('refuses a closure on a weekend, in a holiday, or twice', () => {
    const s = settingsWith({
      terms: TERMS_2027_28,
      closures: [
        { date: '2027-09-01', reason: 'Staff training day (INSET)' },
        { date: '2027-09-04', reason: 'Saturday' },
        { date: '2027-10-27', reason: 'Half-term' },
        { date: '2027-09-01', reason: 'Again' },
      ],
    });
    expect(byField(s)).toEqual({
      'closures.1.date': ['04/09/2027 is a weekend: the service is closed anyway'],
      'closures.2.date': ['27/10/2027 is not in a term: it is a holiday already. Enter the term dates first'],
      'closures.3.date': ['01/09/2027 is entered twice'],
    });
  });
});

describe('validateSettings', () => {
  it('passes good settings and returns them', () => {
    const r = validateSettings(settingsWith());
    expect(r.ok).toBe(true);
  });
  it('reports the schema rules and the calendar rules together, by field', () => {
    const s = settingsWith({ closures: [{ date: '2026-08-14', reason: 'Summer' }] });
    s.sessions.AM.registerCloses = '08:50';
    const r = validateSettings(s);
    expect(r.ok).toBe(false);
    const by = r.ok ? {} : issuesByField(r.issues);
    expect(by['sessions.AM.registerCloses']).toContain('The register must close after it opens');
    expect(by['closures.0.date']).toEqual(['14/08/2026 is not in a term: it is a holiday already. Enter the term dates first']);
  });
  it('reports calendar rules beside a date still to be entered', () => {
    const s = settingsWith();
    s.terms[0].halfTerms[0].start = '';
    s.terms[4].halfTerms[0].start = '2026-12-01';
    const r = validateSettings(s);
    const by = r.ok ? {} : issuesByField(r.issues);
    expect(by['terms.0.halfTerms.0.start']).toEqual(['Enter the date as dd/mm/yyyy']);
    expect(by['terms.4.halfTerms.0.start']).toEqual(['These dates overlap Autumn 2026/27 (02/11/2026 to 18/12/2026)']);
  });
  it('refuses a half-term that ends before it starts', () => {
    const s = settingsWith();
    s.terms[0].halfTerms[0] = { start: '2025-10-24', end: '2025-09-03' };
    const r = validateSettings(s);
    expect(r.ok ? {} : issuesByField(r.issues)['terms.0.halfTerms.0.end']).toEqual(['The last day must not be before the first day']);
  });
});

describe('calendar warning', () => {
  const s = settingsWith();
  it('finds the last day the term dates cover', () => {
    expect(calendarLastDay(s)).toBe('2027-07-21');
  });
  it('says nothing more than a month before the calendar runs out', () => {
    expect(calendarWarning(s, '2027-06-20')).toBeUndefined();
  });
  it('warns from a month before the last day', () => {
    const w = calendarWarning(s, '2027-06-21');
    expect(w).toEqual({ kind: 'runs-out', lastDay: '2027-07-21' });
    expect(calendarWarningText(w!)).toContain('The term dates run out on 21/07/2027');
  });
  it('says when the calendar has run out, or was never entered', () => {
    expect(calendarWarning(s, '2027-07-22')).toEqual({ kind: 'ran-out', lastDay: '2027-07-21' });
    expect(calendarWarning(settingsWith({ terms: [], closures: [] }), '2027-01-01')).toEqual({ kind: 'none-entered' });
  });
  it('stops warning once next year is entered ahead', () => {
    expect(calendarWarning(settingsWith({ terms: [...s.terms, ...TERMS_2027_28] }), '2027-06-21')).toBeUndefined();
  });
});
