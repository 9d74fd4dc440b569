import { MEETING_KINDS } from '../../../src/domain';
import { inviteBodyHtml, inviteSubject, pupilInitials } from '../../../src/domain/meetings/inviteText';

const pupil = { firstName: 'Aisha', lastName: "O'Neill", yearGroup: '9' as const, pupilRef: 'PH-0012' };
const LINK = 'https://contoso.example/sites/pathways/Lists/PwReviewMeetings/DispForm.aspx?ID=41';
const SENSITIVE = /\b(EHCP?|SEN|PEP|looked|care|medical|health|PIP|attendance|absence|needs?)\b/i;

describe('invitation text', () => {
  it('names the pupil by initials and year group only', () => {
    expect(pupilInitials(pupil)).toBe('A.O. (Year 9)');
    expect(pupilInitials({ ...pupil, yearGroup: 'R' })).toBe('A.O. (Reception)');
    expect(inviteSubject('Placement review', pupil, 'Pathways Learning Centre')).toBe('Placement review: A.O. (Year 9) — Pathways Learning Centre');
  });

  it('says nothing about health, SEN, care or attendance, whatever the kind of meeting', () => {
    for (const kind of MEETING_KINDS) {
      const subject = inviteSubject(kind, pupil, 'Pathways Learning Centre');
      const body = inviteBodyHtml(kind, pupil, 'Pathways Learning Centre', LINK);
      expect(subject).not.toMatch(SENSITIVE);
      expect(body.replace(LINK, '')).not.toMatch(SENSITIVE);
      expect(body).toContain(`<a href="${LINK.replace(/&/g, '&amp;')}">open the review record in Pathways Hub</a>`);
      expect(body).not.toContain('Aisha');
    }
  });

  it('escapes what it quotes', () => {
    expect(inviteBodyHtml('Placement review', { ...pupil, pupilRef: '<b>PH</b>' }, 'A & B', LINK)).toContain('A &amp; B: A.O. (Year 9), reference &lt;b&gt;PH&lt;/b&gt;');
  });
});
