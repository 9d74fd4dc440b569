import { hostFromLocation, joinUrlMatchesChat, meetingHostFromLocation } from '../../../../src/webparts/reviewMeeting/components/host';

describe('where the web part runs', () => {
  it('from the page address in the workbench', () => {
    expect(hostFromLocation('')).toEqual({ kind: 'sharepoint', meetingId: undefined });
    expect(hostFromLocation('?meeting=12')).toEqual({ kind: 'sharepoint', meetingId: 12 });
    expect(hostFromLocation('?host=teams-tab&meeting=7')).toEqual({ kind: 'teams-tab', meetingId: 7 });
    expect(hostFromLocation('?host=teams-meeting&chat=19:meeting_x@thread.v2')).toEqual({ kind: 'teams-meeting', chatId: '19:meeting_x@thread.v2', meetingId: undefined });
    expect(hostFromLocation('?meeting=-3')).toEqual({ kind: 'sharepoint', meetingId: undefined });
    expect(meetingHostFromLocation('?chat=19:meeting_x@thread.v2')).toEqual({ kind: 'teams-meeting', chatId: '19:meeting_x@thread.v2', meetingId: undefined });
    expect(meetingHostFromLocation('')).toEqual({ kind: 'teams-meeting', chatId: undefined, meetingId: undefined });
  });

  it("a Teams meeting's chat finds the review whose Teams link it belongs to", () => {
    const joinUrl = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmY3ZTk1%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d';
    expect(joinUrlMatchesChat(joinUrl, '19:meeting_NmY3ZTk1@thread.v2')).toBe(true);
    expect(joinUrlMatchesChat(joinUrl, '19:meeting_other@thread.v2')).toBe(false);
    expect(joinUrlMatchesChat(undefined, '19:meeting_NmY3ZTk1@thread.v2')).toBe(false);
  });
});
