import type { MeetingKind, YearGroup } from '../vocabulary';

/**
 * What an Outlook invitation says. It goes to people outside the service (home school, parent/carer, agencies)
 * and sits in their mailboxes, so it carries no health or SEN detail: the kind of meeting is named only when it
 * reveals nothing (a placement review); every other kind (EHC plan, PEP, SEN support, PIP, attendance) is "Review
 * meeting". The pupil appears as initials and year group with the service's reference; the detail is in the
 * review record, behind the link, for those allowed to read it.
 */
export const INVITE_MEETING_LABELS: Record<MeetingKind, string> = {
  'Placement review': 'Placement review',
  'PIP review': 'Review meeting',
  'EHCP annual review': 'Review meeting',
  'EHCP interim review': 'Review meeting',
  'PEP review': 'Review meeting',
  'SEN support review': 'Review meeting',
  'Attendance meeting': 'Review meeting',
  'Transition meeting': 'Transition meeting',
};

export interface InvitePupil {
  readonly firstName: string;
  readonly lastName: string;
  readonly yearGroup: YearGroup;
  readonly pupilRef: string;
}

/** 'A.B. (Year 9)'; Reception is 'Reception'. */
export function pupilInitials(p: Pick<InvitePupil, 'firstName' | 'lastName' | 'yearGroup'>): string {
  const initial = (s: string): string => (s.trim() === '' ? '' : `${s.trim().charAt(0).toUpperCase()}.`);
  const year = p.yearGroup === 'R' ? 'Reception' : `Year ${p.yearGroup}`;
  return `${initial(p.firstName)}${initial(p.lastName)} (${year})`;
}

export function inviteSubject(kind: MeetingKind, pupil: InvitePupil, serviceName: string): string {
  return `${INVITE_MEETING_LABELS[kind]}: ${pupilInitials(pupil)} — ${serviceName}`;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Where the invitation's links go: the review record (the service's staff) and the home-school page. */
export interface InviteLinks {
  readonly record: string;
  readonly homeSchool: string;
}

/**
 * The invitation body (HTML): who it is for, the links back to Pathways Hub, and nothing about needs. The review
 * record is for the service's staff; the pupil's home school sees its pupils on the home-school page (what it may
 * read there is the sharing table's, docs/sharing.md); parents and carers are told to use neither.
 */
export function inviteBodyHtml(kind: MeetingKind, pupil: InvitePupil, serviceName: string, links: InviteLinks): string {
  return [
    `<p>You are invited to a ${escapeHtml(INVITE_MEETING_LABELS[kind].toLowerCase())} for a pupil at ${escapeHtml(serviceName)}: ` +
      `${escapeHtml(pupilInitials(pupil))}, reference ${escapeHtml(pupil.pupilRef)}.</p>`,
    `<p>Staff of ${escapeHtml(serviceName)} can open the review record, with the agenda and papers: ` +
      `<a href="${escapeHtml(links.record)}">open the review record in Pathways Hub</a>.</p>`,
    `<p>Staff of the pupil's home school can see their pupils in Pathways Hub: <a href="${escapeHtml(links.homeSchool)}">open the home-school page</a>.</p>`,
    '<p>Please do not send information about the pupil by reply to this invitation.</p>',
  ].join('\n');
}
