import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';
import { schoolSettingsSchema, type SchoolSettings } from '../../../src/domain/settings/schoolSettings';
import { issuesOf } from '../helpers';

const clone = (): SchoolSettings => JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as SchoolSettings;

describe('SchoolSettings', () => {
  it('accepts the defaults', () => {
    expect(issuesOf(schoolSettingsSchema, DEFAULT_SETTINGS)).toEqual({});
  });
  it('has the policy and statutory defaults', () => {
    expect(DEFAULT_SETTINGS.sessions.AM.registerCloses).toBe('09:30');
    expect(DEFAULT_SETTINGS.sessions.PM.registerOpens).toBe('12:45');
    expect(DEFAULT_SETTINGS.sessions.PM.registerCloses).toBe('13:15');
    expect(DEFAULT_SETTINGS.penaltyThreshold).toEqual({ sessions: 10, schoolWeeks: 10, codes: ['G', 'N', 'O', 'U'] });
    expect(DEFAULT_SETTINGS.retention.senFileYearsFromBirth).toBe(31);
    expect(DEFAULT_SETTINGS.nReplacementSchoolDays).toBe(5);
  });
  it('allows at most 30 minutes of register window', () => {
    const s = clone();
    s.sessions.AM.registerCloses = '09:31';
    s.sessions.PM.registerCloses = '13:16';
    expect(issuesOf(schoolSettingsSchema, s)['sessions.AM.registerCloses']).toEqual([
      'The register can stay open for at most 30 minutes',
    ]);
  });
  it('requires the same window in every session', () => {
    const s = clone();
    s.sessions.PM.registerCloses = '13:05';
    expect(issuesOf(schoolSettingsSchema, s)['sessions.PM.registerCloses']).toEqual([
      'The register must stay open for the same length of time in every session',
    ]);
  });
  it('keeps D, X, Z and # not possible and only lets Q/Y codes be switched', () => {
    const s = clone();
    s.notPossibleCodes = ['X', 'Z', '#', 'C2'];
    const issues = issuesOf(schoolSettingsSchema, s);
    expect(issues.notPossibleCodes).toEqual(['Code D is never a possible session and must stay in the list']);
    expect(issues['notPossibleCodes.3']).toEqual(["Only Q and Y1 to Y7 can be switched to not possible; 'C2' cannot"]);
    const ok = clone();
    ok.notPossibleCodes = ['D', 'X', 'Z', '#'];
    expect(issuesOf(schoolSettingsSchema, ok)).toEqual({});
  });
  it('rejects crossed stage boundaries and PA above severe', () => {
    const s = clone();
    s.stageBoundaries = { stage1AbovePercent: 80, stage3AtOrBelowPercent: 85 };
    s.severeAbsencePercent = 10;
    const issues = issuesOf(schoolSettingsSchema, s);
    expect(issues['stageBoundaries.stage3AtOrBelowPercent']).toEqual(['The Stage 3 boundary must be below the Stage 1 boundary']);
    expect(issues.severeAbsencePercent).toHaveLength(1);
  });
  it('rejects unknown penalty codes', () => {
    const s = clone();
    s.penaltyThreshold.codes = ['G', 'HOL'];
    expect(issuesOf(schoolSettingsSchema, s)['penaltyThreshold.codes.1']).toEqual(["'HOL' is not an attendance code"]);
  });
});
