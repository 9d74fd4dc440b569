/**
 * Whether the administrator has approved each Microsoft Graph permission Pathways Hub uses, by one harmless call per
 * permission: a call that needs the permission but changes nothing. Graph refuses a call the token's permissions do
 * not cover with 403 before it looks at the request; the answer a permitted call gets is named per probe, and any
 * other answer is reported as "could not tell", never as approved.
 *  - User.ReadBasic.All: list one user's display name (200).
 *  - Calendars.ReadWrite: change an event that does not exist (ErrorItemNotFound, or ErrorInvalidIdMalformed for an
 *    id Exchange cannot parse; nothing changed).
 *  - Mail.Send: send a message with no recipient (400 ErrorInvalidRecipients; nothing sent).
 *  - User.Invite.All: an invitation with no e-mail address (400 BadRequest; nobody invited).
 *  - OnlineMeetings.Read: look up the online meeting of a join URL no meeting has (read only): an empty collection,
 *    or NotFound / BadRequest (Microsoft does not document which for a link no meeting has).
 * A scope added to GRAPH_SCOPES_USED needs its probe here (a test fails until it has one).
 */
import type { GraphApi } from '../../../graph/graphApi';
import { graphFailureOf } from '../../../graph/graphErrors';

export type ProbeResult = 'approved' | 'not-approved' | { readonly unknown: string };

interface Probe {
  readonly call: (graph: GraphApi) => Promise<unknown>;
  /** The error codes a permitted call gets (none: it must succeed). */
  readonly permittedErrors: readonly string[];
}

export const GRAPH_PROBES: Readonly<Record<string, Probe>> = {
  'User.ReadBasic.All': { call: (g) => g.api('/users').select('displayName').top(1).get(), permittedErrors: [] },
  'Calendars.ReadWrite': {
    call: (g) => g.api('/me/events/pathways-hub-permission-check').patch({}),
    permittedErrors: ['ErrorItemNotFound', 'ErrorInvalidIdMalformed'],
  },
  'Mail.Send': {
    call: (g) => g.api('/me/sendMail').post({ message: { subject: 'Pathways Hub permission check', toRecipients: [] }, saveToSentItems: false }),
    permittedErrors: ['ErrorInvalidRecipients'],
  },
  'User.Invite.All': { call: (g) => g.api('/invitations').post({}), permittedErrors: ['BadRequest'] },
  'OnlineMeetings.Read': {
    call: (g) => g.api('/me/onlineMeetings').filter(`JoinWebUrl eq '${encodeURIComponent('https://teams.microsoft.com/l/meetup-join/pathways-hub-permission-check')}'`).get(),
    permittedErrors: ['NotFound', 'BadRequest'],
  },
};

export async function probe(graph: GraphApi, scope: string): Promise<ProbeResult> {
  const p = GRAPH_PROBES[scope];
  if (!p) return { unknown: 'Pathways Hub has no harmless test for this permission.' };
  try {
    await p.call(graph);
    return 'approved';
  } catch (e) {
    const f = graphFailureOf(e);
    if (!f) return { unknown: e instanceof Error ? e.message : String(e) };
    if (f.status === 403) return 'not-approved';
    if (p.permittedErrors.includes(f.code)) return 'approved';
    return { unknown: `Microsoft Graph answered ${f.status}${f.code ? ` ${f.code}` : ''}${f.message ? ` (${f.message})` : ''}.` };
  }
}
