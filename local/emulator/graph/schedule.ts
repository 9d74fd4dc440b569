/**
 * POST /me/calendar/getSchedule: free/busy of people in the tenant from the events stored in the emulator
 * (meetings they organise, and — tentatively — those they were invited to). Guests and external addresses
 * get a per-schedule error, because another organisation's free/busy cannot be read through Graph.
 */
import type { DirectoryUser, RouteResponse } from '../contracts';
import type { StoredEvent } from './events/eventTypes';
import type { GraphCall } from './graphCall';
import { GRAPH_CONTEXT_BASE, graphError, graphJson, header, readJsonObject } from './http';
import { isRecord } from './json';
import { preferredZone, toGraphDateTime, toUtc } from './timeZones';

const MAX_SCHEDULES = 100;
const MAX_WINDOW_DAYS = 62;
const DIGIT: Record<string, string> = { free: '0', tentative: '1', busy: '2', oof: '3', workingElsewhere: '4', unknown: '2' };
/** Which status wins when items overlap one slot. */
const PRECEDENCE = ['oof', 'busy', 'unknown', 'tentative', 'workingElsewhere', 'free'];

interface Busy {
  event: StoredEvent;
  status: string;
  start: number;
  end: number;
}

function readWindowTime(value: unknown): Date | undefined {
  if (!isRecord(value) || typeof value.dateTime !== 'string' || typeof value.timeZone !== 'string') return undefined;
  return toUtc(value.dateTime, value.timeZone);
}

function busyFor(user: DirectoryUser, events: StoredEvent[]): Busy[] {
  const me = user.email.toLowerCase();
  const items: Busy[] = [];
  for (const e of events) {
    const organiser = e.ownerAadId === user.aadId;
    const invited = e.attendees.some((a) => a.emailAddress.address.toLowerCase() === me);
    if (!organiser && !invited) continue;
    // An invitation that has not been answered sits in the attendee's calendar as tentative.
    const status = organiser ? e.showAs : e.showAs === 'free' ? 'free' : 'tentative';
    items.push({ event: e, status, start: Date.parse(e.start), end: Date.parse(e.end) });
  }
  return items;
}

function availabilityView(items: Busy[], start: number, end: number, intervalMinutes: number): string {
  const step = intervalMinutes * 60000;
  let view = '';
  for (let slot = start; slot < end; slot += step) {
    const slotEnd = Math.min(slot + step, end);
    const statuses = items.filter((i) => i.start < slotEnd && i.end > slot).map((i) => i.status);
    const winner = PRECEDENCE.find((s) => statuses.includes(s)) ?? 'free';
    view += DIGIT[winner] ?? '2';
  }
  return view;
}

export function getSchedule(call: GraphCall): RouteResponse {
  const h = call.req.headers;
  const read = readJsonObject(h, call.req.body);
  if (!read.ok) return read.response;
  const { schedules, startTime, endTime, availabilityViewInterval } = read.value;
  if (!Array.isArray(schedules) || schedules.length === 0 || !schedules.every((s) => typeof s === 'string')) {
    return graphError(h, 400, 'ErrorInvalidParameter', "The parameter 'schedules' must be a non-empty collection of SMTP addresses.");
  }
  if (schedules.length > MAX_SCHEDULES) {
    return graphError(h, 400, 'ErrorInvalidParameter', `At most ${MAX_SCHEDULES} schedules can be requested at once.`);
  }
  const start = readWindowTime(startTime);
  const end = readWindowTime(endTime);
  if (!start || !end) return graphError(h, 400, 'ErrorInvalidParameter', 'startTime and endTime must be dateTimeTimeZone values with a valid timeZone.');
  if (end.getTime() <= start.getTime()) return graphError(h, 400, 'ErrorInvalidParameter', 'The end time must be after the start time.');
  if (end.getTime() - start.getTime() > MAX_WINDOW_DAYS * 86400000) {
    return graphError(h, 400, 'ErrorInvalidParameter', `The requested time window cannot be longer than ${MAX_WINDOW_DAYS} days.`);
  }
  const interval = availabilityViewInterval === undefined ? 30 : availabilityViewInterval;
  if (typeof interval !== 'number' || !Number.isInteger(interval) || interval < 5 || interval > 1440) {
    return graphError(h, 400, 'ErrorInvalidParameter', 'availabilityViewInterval must be a whole number of minutes between 5 and 1440.');
  }

  const zone = preferredZone(header(h, 'prefer')) ?? 'UTC';
  const events = call.services.events.overlapping(start.toISOString(), end.toISOString());
  const value = (schedules as string[]).map((address) => {
    const user = call.services.ctx.directory.findByEmail(address.trim());
    if (!user || user.userType !== 'Member') {
      return {
        scheduleId: address,
        availabilityView: '',
        scheduleItems: [],
        error: {
          message: `The user is not in the tenant, so free/busy information for '${address}' cannot be read through Microsoft Graph.`,
          responseCode: 'UserNotFound',
        },
      };
    }
    const items = busyFor(user, events);
    return {
      scheduleId: address,
      availabilityView: availabilityView(items, start.getTime(), end.getTime(), interval),
      scheduleItems: items.map((i) => {
        const isPrivate = i.event.sensitivity === 'private';
        const location = typeof i.event.location.displayName === 'string' ? i.event.location.displayName : '';
        return {
          isPrivate,
          status: i.status,
          ...(isPrivate ? {} : { subject: i.event.subject, location }),
          isMeeting: i.event.attendees.length > 0,
          isRecurring: false,
          isException: false,
          isReminderSet: i.event.isReminderOn,
          start: { dateTime: toGraphDateTime(new Date(i.start), zone), timeZone: zone },
          end: { dateTime: toGraphDateTime(new Date(i.end), zone), timeZone: zone },
        };
      }),
      workingHours: {
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        startTime: '08:00:00.0000000',
        endTime: '17:00:00.0000000',
        timeZone: { name: 'GMT Standard Time' },
      },
    };
  });
  return graphJson(h, 200, { '@odata.context': `${GRAPH_CONTEXT_BASE}#Collection(microsoft.graph.scheduleInformation)`, value });
}
