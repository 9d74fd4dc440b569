import { DEFAULT_SETTINGS, behaviourLogDay, incidentDays, recentIncidents } from '../../../src/domain';
import { engagementEntry, incidentEntry } from '../../support/behaviourBuilder';

describe('recent incidents (Today: to follow up)', () => {
  it("today's and the school day before's, newest first; engagement ratings and older incidents are not", () => {
    const entries = [
      incidentEntry(1, { at: '2026-11-20T09:30:00Z' }),
      incidentEntry(2, { at: '2026-11-19T13:40:00Z' }),
      incidentEntry(3, { at: '2026-11-18T13:40:00Z' }),
      engagementEntry(4, { at: '2026-11-20T10:15:00Z' }),
      incidentEntry(5, { at: '2026-11-20T11:00:00Z' }),
    ].map(behaviourLogDay);
    expect(recentIncidents(entries, '2026-11-20', DEFAULT_SETTINGS).map((e) => e.pupilId)).toEqual([5, 1, 2]);
  });

  it("on a Monday the school day before is Friday; after half-term, the last day of the half-term before", () => {
    expect(incidentDays('2026-11-23', DEFAULT_SETTINGS)).toEqual(['2026-11-23', '2026-11-20']);
    expect(incidentDays('2026-11-02', DEFAULT_SETTINGS)).toEqual(['2026-11-02', '2026-10-23']);
    // A Saturday: no incidents today; Friday's.
    expect(incidentDays('2026-11-21', DEFAULT_SETTINGS)).toEqual(['2026-11-20']);
  });
});
