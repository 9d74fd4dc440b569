/** Maps a Graph v1.0 path and method to its handler and the delegated permissions it needs. */
import type { RouteResponse } from '../contracts';
import { PERMISSIONS } from './consent';
import { cancelEvent, createEvent, deleteEvent, getEvent, listEvents, updateEvent } from './events/eventRoutes';
import type { GraphCall } from './graphCall';
import { sendMail } from './mail';
import { listOnlineMeetings } from './onlineMeetings';
import { createInvitation } from './invitations';
import { getSchedule } from './schedule';
import { getMe, getUser, listUsers } from './users';

export interface GraphRoute {
  readonly permissions: readonly string[];
  run(call: GraphCall): RouteResponse;
}

export type RouteMatch = { kind: 'route'; route: GraphRoute } | { kind: 'batch' } | { kind: 'error'; status: number; code: string; message: string };

function route(permissions: readonly string[], run: (call: GraphCall) => RouteResponse): RouteMatch {
  return { kind: 'route', route: { permissions, run } };
}

function methodNotAllowed(method: string): RouteMatch {
  return { kind: 'error', status: 405, code: 'BadRequest', message: `The HTTP method '${method}' is not allowed for this resource.` };
}

/** me/calendar/events… is the same collection as me/events… */
export function canonicalSegments(segments: readonly string[]): string[] {
  const s = [...segments];
  if (s[0]?.toLowerCase() === 'me' && s[1]?.toLowerCase() === 'calendar' && s[2]?.toLowerCase() === 'events') s.splice(1, 1);
  return s;
}

export function matchRoute(method: string, rawSegments: readonly string[]): RouteMatch {
  const s = canonicalSegments(rawSegments);
  const lower = s.map((x) => x.toLowerCase());
  const [a, b, c, d] = lower;
  const notFound: RouteMatch = {
    kind: 'error',
    status: 400,
    code: 'BadRequest',
    message: `Resource not found for the segment '${s[s.length - 1] ?? ''}'.`,
  };

  if (a === '$batch' && s.length === 1) return method === 'POST' ? { kind: 'batch' } : methodNotAllowed(method);
  if (a === 'invitations' && s.length === 1) return method === 'POST' ? route(PERMISSIONS.invite, createInvitation) : methodNotAllowed(method);
  if (a === 'users') {
    if (s.length === 1) return method === 'GET' ? route(PERMISSIONS.users, listUsers) : methodNotAllowed(method);
    if (s.length === 2) return method === 'GET' ? route(PERMISSIONS.users, (call) => getUser(call, s[1])) : methodNotAllowed(method);
    return notFound;
  }
  if (a !== 'me') return notFound;
  if (s.length === 1) return method === 'GET' ? route(PERMISSIONS.me, getMe) : methodNotAllowed(method);
  if (b === 'sendmail' && s.length === 2) return method === 'POST' ? route(PERMISSIONS.sendMail, sendMail) : methodNotAllowed(method);
  if (b === 'calendar' && c === 'getschedule' && s.length === 3) {
    return method === 'POST' ? route(PERMISSIONS.getSchedule, getSchedule) : methodNotAllowed(method);
  }
  if (b === 'onlinemeetings' && s.length === 2) return method === 'GET' ? route(PERMISSIONS.onlineMeetings, listOnlineMeetings) : methodNotAllowed(method);
  if (b === 'events') {
    if (s.length === 2) {
      if (method === 'GET') return route(PERMISSIONS.readEvents, listEvents);
      if (method === 'POST') return route(PERMISSIONS.writeEvents, createEvent);
      return methodNotAllowed(method);
    }
    const id = s[2];
    if (s.length === 3) {
      if (method === 'GET') return route(PERMISSIONS.readEvents, (call) => getEvent(call, id));
      if (method === 'PATCH') return route(PERMISSIONS.writeEvents, (call) => updateEvent(call, id));
      if (method === 'DELETE') return route(PERMISSIONS.writeEvents, (call) => deleteEvent(call, id));
      return methodNotAllowed(method);
    }
    if (s.length === 4 && d === 'cancel') {
      return method === 'POST' ? route(PERMISSIONS.writeEvents, (call) => cancelEvent(call, id)) : methodNotAllowed(method);
    }
  }
  return notFound;
}
