import { draftKey, parseDraft } from '../../../../../src/webparts/attendance/components/register/useRegisterDraft';

describe('stored drafts', () => {
  it('are keyed by user, date and session', () => {
    expect(draftKey('Leo.Brennan@pathways.example.org', '2026-11-20', 'AM')).toBe(
      'pathwaysHub.registerDraft.v1|leo.brennan@pathways.example.org|2026-11-20|AM',
    );
  });

  it('keep only well-formed entries', () => {
    expect(parseDraft(null)).toEqual({});
    expect(parseDraft('not json')).toEqual({});
    expect(parseDraft('[1,2]')).toEqual({});
    expect(parseDraft(JSON.stringify({ '1': { code: 'I', reason: 'x', arrivalTime: 5 }, abc: { code: '/' }, '2': 'L' }))).toEqual({
      '1': { code: 'I', reason: 'x' },
    });
  });
});
