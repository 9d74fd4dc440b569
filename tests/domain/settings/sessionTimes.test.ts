import { registerWindowMinutes, sessionTimesSchema } from '../../../src/domain/settings/sessionTimes';
import { issuesOf } from '../helpers';

describe('session times', () => {
  it('measures the register window', () => {
    expect(registerWindowMinutes({ startsAt: '09:00', registerOpens: '09:00', registerCloses: '09:30', endsAt: '12:15' })).toBe(30);
  });
  it('needs the register to close after it opens and inside the session', () => {
    expect(issuesOf(sessionTimesSchema, { startsAt: '09:00', registerOpens: '09:30', registerCloses: '09:30', endsAt: '12:00' })).toEqual({
      registerCloses: ['The register must close after it opens'],
    });
    expect(issuesOf(sessionTimesSchema, { startsAt: '09:00', registerOpens: '08:30', registerCloses: '09:00', endsAt: '12:00' })).toEqual({
      registerOpens: ['The register must open during the session'],
    });
  });
});
