import { MEETING_KINDS } from '../../../src/domain';
import { inviteBodyHtml, inviteSubject, pupilInitials } from '../../../src/domain/meetings/inviteText';

const pupil = { firstName: 'Aisha', lastName: "O'Neill", yearGroup: '9' as const, pupilRef: 'PH-0012' };
const LINK = 'https://contoso.example/sites/pathways/SitePages/Review-meetings.aspx?meeting=41';
const HOME = 'https://contoso.example/sites/pathways/SitePages/Home-school.aspx';
const LINKS = { record: LINK, homeSchool: HOME };
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
      const body = inviteBodyHtml(kind, pupil, 'Pathways Learning Centre', LINKS);
      expect(subject).not.toMatch(SENSITIVE);
      expect(body.replace(LINK, '').replace(HOME, '')).not.toMatch(SENSITIVE);
      expect(body).toContain(`Staff of Pathways Learning Centre can open the review record, with the agenda and papers: <a href="${LINK}">open the review record in Pathways Hub</a>.`);
      expect(body).toContain(`Staff of the pupil's home school can see their pupils in Pathways Hub: <a href="${HOME}">open the home-school page</a>.`);
      expect(body).not.toContain('Aisha');
    }
  });

  it('escapes what it quotes', () => {
    expect(inviteBodyHtml('Placement review', { ...pupil, pupilRef: '<b>PH</b>' }, 'A & B', LINKS)).toContain('A &amp; B: A.O. (Year 9), reference &lt;b&gt;PH&lt;/b&gt;');
  });
});
