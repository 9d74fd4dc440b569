import {
  behaviourLogDay,
  behaviourLogEntrySchema,
  behaviourLogTimeIssue,
  DEFAULT_SETTINGS,
  engagementByWeek,
  engagementLabel,
  indicatorCounts,
  schoolSettingsSchema,
} from '../../../src/domain';
import { engagementEntry, incidentEntry } from '../../support/behaviourBuilder';
import { issuesOf } from '../helpers';

describe('a behaviour and engagement log entry', () => {
  it('rates engagement in a lesson with the SEMH indicators seen, on the London day of the lesson', () => {
    const late = behaviourLogEntrySchema.parse(behaviourLogDay(engagementEntry(3, { at: '2026-06-15T23:30:00Z' })));
    expect(late).toMatchObject({ day: '2026-06-16', engagement: 4, indicators: ['Settles to work', 'Asks for help'] });
    expect(issuesOf(behaviourLogEntrySchema, behaviourLogDay(engagementEntry(3, { engagement: undefined })))).toEqual({ engagement: ['Choose how engaged the pupil was'] });
    expect(issuesOf(behaviourLogEntrySchema, behaviourLogDay(engagementEntry(3, { engagement: 6 })))).toEqual({ engagement: ['Choose how engaged the pupil was'] });
    expect(issuesOf(behaviourLogEntrySchema, { ...engagementEntry(3), day: '2026-11-21' })).toEqual({ day: ['The day must be the London date of the entry'] });
  });

  it('records an incident only with what, where, who, the action and the outcome', () => {
    expect(behaviourLogEntrySchema.parse(behaviourLogDay(incidentEntry(3))).engagement).toBeUndefined();
    expect(
      issuesOf(behaviourLogEntrySchema, behaviourLogDay(incidentEntry(3, { what: ' ', where: undefined, involved: undefined, action: undefined, outcome: undefined }))),
    ).toEqual({
      what: ['Say what happened'],
      where: ['Say where it happened'],
      involved: ['Say who was involved'],
      action: ['Say what action was taken'],
      outcome: ['Say what the outcome was'],
    });
  });

  it('is logged once it has happened, never ahead', () => {
    const now = new Date('2026-11-20T10:30:00Z');
    expect(behaviourLogTimeIssue(engagementEntry(3), now)).toBeUndefined();
    expect(behaviourLogTimeIssue(engagementEntry(3, { at: '2026-11-20T11:00:00Z' }), now)?.message).toBe(
      'That time has not come yet: log a lesson or an incident once it has happened',
    );
  });

  it('says what each engagement level means', () => {
    expect(engagementLabel(1)).toBe('1 – Did not engage');
    expect(engagementLabel(5)).toBe('5 – Fully engaged');
    expect(engagementLabel(undefined)).toBe('—');
  });
});

describe('engagement over time', () => {
  const day = (d: string) => ({ day: d });
  it('averages each week’s ratings and counts its incidents, oldest week first', () => {
    const weeks = engagementByWeek([
      { ...day('2026-11-20'), kind: 'Engagement', engagement: 4 },
      { ...day('2026-11-16'), kind: 'Engagement', engagement: 3 },
      { ...day('2026-11-18'), kind: 'Incident', engagement: undefined },
      { ...day('2026-11-10'), kind: 'Engagement', engagement: 2 },
      { ...day('2026-11-11'), kind: 'Engagement', engagement: 2 },
      { ...day('2026-11-12'), kind: 'Engagement', engagement: 3 },
      { ...day('2026-11-24'), kind: 'Incident', engagement: undefined },
    ]);
    expect(weeks).toEqual([
      { weekStart: '2026-11-09', rated: 3, average: 2.3, incidents: 0 },
      { weekStart: '2026-11-16', rated: 2, average: 3.5, incidents: 1 },
      { weekStart: '2026-11-23', rated: 0, average: null, incidents: 1 },
    ]);
  });

  it('counts the indicators seen, most often first, ties in the settings’ order', () => {
    const order = DEFAULT_SETTINGS.behaviourLog.semhIndicators;
    expect(indicatorCounts([{ indicators: ['Asks for help', 'Settles to work'] }, { indicators: ['Asks for help'] }, { indicators: ['Leaves the room'] }], order)).toEqual([
      { indicator: 'Asks for help', count: 2 },
      { indicator: 'Settles to work', count: 1 },
      { indicator: 'Leaves the room', count: 1 },
    ]);
  });
});

describe('behaviour log settings', () => {
  it('default for a site that saved its settings before they existed, and refuse an indicator listed twice', () => {
    const older: Partial<typeof DEFAULT_SETTINGS> = { ...DEFAULT_SETTINGS };
    delete older.behaviourLog;
    expect(schoolSettingsSchema.parse(older).behaviourLog).toEqual(DEFAULT_SETTINGS.behaviourLog);
    const twice = { ...DEFAULT_SETTINGS, behaviourLog: { semhIndicators: ['Stays on task', 'stays on task'], focusProfileWeeks: 6 } };
    expect(issuesOf(schoolSettingsSchema, twice)).toEqual({ 'behaviourLog.semhIndicators.1': ["'stays on task' is listed twice"] });
    expect(issuesOf(schoolSettingsSchema, { ...DEFAULT_SETTINGS, behaviourLog: { semhIndicators: ['Stays on task'], focusProfileWeeks: 0 } })).toEqual({
      'behaviourLog.focusProfileWeeks': ['Enter 1 week or more'],
    });
  });
});
