/** Fake but well-formed Microsoft Teams meeting links, unique per meeting. */
import { randomBytes, randomInt } from 'crypto';
import { escapeHtml } from '../text';

/**
 * A Teams meeting as Graph describes it: its chat's thread id (onlineMeeting chatInfo.threadId, 19:meeting_…@thread.v2)
 * and a join URL shaped like Teams' (https://teams.microsoft.com/l/meetup-join/19%3ameeting_…%40thread.v2/0?context=…).
 */
export function newTeamsMeeting(tenantId: string, organizerAadId: string): { joinUrl: string; chatThreadId: string } {
  const id = randomBytes(36).toString('base64url').slice(0, 48);
  const context = encodeURIComponent(JSON.stringify({ Tid: tenantId, Oid: organizerAadId })).toLowerCase();
  return { chatThreadId: `19:meeting_${id}@thread.v2`, joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id}%40thread.v2/0?context=${context}` };
}

export function newConferenceId(): string {
  return String(randomInt(100000000, 999999999));
}

/** The "Microsoft Teams meeting / Join the meeting now" block Exchange appends to an online meeting's body. */
export function appendTeamsBlock(content: string, contentType: 'html' | 'text', joinUrl: string, conferenceId: string | null): string {
  if (contentType === 'text') {
    const lines = ['', '________________________________________________________________________________', 'Microsoft Teams meeting', `Join the meeting now: ${joinUrl}`];
    if (conferenceId) lines.push(`Meeting ID: ${conferenceId}`);
    lines.push('________________________________________________________________________________');
    return content + lines.join('\n');
  }
  const id = conferenceId ? `<div>Meeting ID: ${conferenceId}</div>` : '';
  const block =
    '<div style="margin-top:24px"><div>________________________________________________________________________________</div>' +
    '<div><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>' +
    `<div><a href="${escapeHtml(joinUrl)}" target="_blank" rel="noreferrer noopener">Join the meeting now</a></div>${id}` +
    '<div>________________________________________________________________________________</div></div>';
  const closing = content.toLowerCase().lastIndexOf('</body>');
  return closing >= 0 ? content.slice(0, closing) + block + content.slice(closing) : content + block;
}
