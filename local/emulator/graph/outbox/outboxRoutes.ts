/**
 * The Outbox admin API:
 *   GET    /_emulator/outbox[?kind=invite&to=someone@…]  records, newest first
 *   GET    /_emulator/outbox/{id}                       one record
 *   GET    /_emulator/outbox/{id}.ics                   the invitation/cancellation as iCalendar
 *   DELETE /_emulator/outbox                            clears it
 */
import type { RouteRequest, RouteResponse } from '../../contracts';
import { adminJson } from '../http';
import { writeIcs } from './ics';
import type { OutboxStore, StoredOutboxItem } from './outboxStore';

export const OUTBOX_PATH = '/_emulator/outbox';

function icsResponse(item: StoredOutboxItem): RouteResponse | undefined {
  const { record, meeting } = item;
  if (!meeting || !record.start || !record.end) return undefined;
  const text = writeIcs({
    method: record.kind === 'cancellation' ? 'CANCEL' : 'REQUEST',
    uid: meeting.uid,
    sequence: meeting.sequence,
    stamp: new Date(record.sentAt),
    created: new Date(meeting.createdDateTime),
    start: new Date(record.start),
    end: new Date(record.end),
    isAllDay: meeting.isAllDay,
    organizer: meeting.organizer,
    attendees: meeting.attendees,
    summary: record.subject,
    description: meeting.description,
    location: meeting.location,
    joinUrl: record.joinUrl,
  });
  const method = record.kind === 'cancellation' ? 'CANCEL' : 'REQUEST';
  return {
    status: 200,
    headers: {
      'Content-Type': `text/calendar; charset=utf-8; method=${method}`,
      'Content-Disposition': `attachment; filename="${record.kind}-${record.id}.ics"`,
    },
    body: Buffer.from(text, 'utf8'),
  };
}

export function handleOutbox(req: RouteRequest, store: OutboxStore): RouteResponse | undefined {
  const path = req.url.pathname.replace(/\/+$/, '');
  if (path === OUTBOX_PATH) {
    if (req.method === 'GET') {
      const kind = req.url.searchParams.get('kind');
      const to = req.url.searchParams.get('to')?.toLowerCase();
      const records = store
        .list()
        .filter((r) => !kind || r.kind === kind)
        .filter((r) => !to || [...r.to, ...r.cc, ...r.bcc].some((a) => a.toLowerCase() === to));
      return adminJson(200, records);
    }
    if (req.method === 'DELETE') {
      store.clear();
      return { status: 204 };
    }
    return adminJson(405, { error: `Method ${req.method} is not allowed on ${OUTBOX_PATH}` });
  }
  const m = /^\/_emulator\/outbox\/(\d+)(\.ics)?$/.exec(path);
  if (!m) return undefined;
  if (req.method !== 'GET') return adminJson(405, { error: `Method ${req.method} is not allowed` });
  const item = store.get(Number(m[1]));
  if (!item) return adminJson(404, { error: `No outbox record ${m[1]}` });
  if (!m[2]) return adminJson(200, item.record);
  return icsResponse(item) ?? adminJson(404, { error: `Outbox record ${m[1]} is a ${item.record.kind}, which has no .ics` });
}
