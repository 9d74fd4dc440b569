/**
 * Where the web part runs: a SharePoint page, a Teams tab, or the side panel of a Teams meeting. The web part class
 * reads it from the Teams context; the local workbench from the page address (?host=teams-tab&meeting=12), so
 * each view can be opened and tested without Teams.
 */
export type ReviewHost =
  | { readonly kind: 'sharepoint'; readonly meetingId?: number }
  | { readonly kind: 'teams-tab'; readonly meetingId?: number }
  | { readonly kind: 'teams-meeting'; readonly chatId?: string; readonly meetingId?: number };

const positive = (v: string | null): number | undefined => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** The host named in the page address, else a SharePoint page (with ?meeting=<id> opening that meeting). */
export function hostFromLocation(search: string = typeof window === 'undefined' ? '' : window.location.search): ReviewHost {
  const q = new URLSearchParams(search);
  const meetingId = positive(q.get('meeting'));
  const kind = q.get('host');
  if (kind === 'teams-meeting') return { kind, chatId: q.get('chat') ?? undefined, meetingId };
  if (kind === 'teams-tab') return { kind, meetingId };
  return { kind: 'sharepoint', meetingId };
}

/** In a Teams meeting (the panel web part); the workbench names the meeting's chat as ?chat=<thread id>. */
export function meetingHostFromLocation(search: string = typeof window === 'undefined' ? '' : window.location.search): ReviewHost {
  const q = new URLSearchParams(search);
  return { kind: 'teams-meeting', chatId: q.get('chat') ?? undefined, meetingId: positive(q.get('meeting')) };
}

/** True when a Teams link belongs to the meeting chat (the chat's thread id is inside the join URL). */
export function joinUrlMatchesChat(joinUrl: string | undefined, chatId: string | undefined): boolean {
  if (!joinUrl || !chatId) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(joinUrl);
  } catch {
    decoded = joinUrl;
  }
  return decoded.toLowerCase().indexOf(chatId.toLowerCase()) >= 0;
}

export const HOST_LABELS: Record<ReviewHost['kind'], string> = {
  sharepoint: 'SharePoint page',
  'teams-tab': 'Teams tab',
  'teams-meeting': 'Teams meeting',
};
