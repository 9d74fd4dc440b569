/**
 * When Graph gives a new online meeting its Teams link. POST /me/events with isOnlineMeeting and teamsForBusiness
 * can answer without onlineMeeting: the link is made asynchronously and appears on a later GET (reported in
 * microsoft-graph-explorer-v4#3315 and msgraph docs #9740), and an organiser without a Teams licence, or a
 * tenant that does not allow the provider, gets an event with no online meeting at all.
 *   ready        the link is in the create response (the default)
 *   delayed      the create response has onlineMeeting null; the link appears after `readyAfterGets` GETs
 *   unavailable  the event is created without an online meeting (isOnlineMeeting false), and never gets one
 * Set with POST /_emulator/graph-teams { mode, readyAfterGets }.
 */
import type { RouteRequest, RouteResponse } from '../../contracts';
import { adminJson } from '../http';
import { isRecord, tryParseJson } from '../json';

export type TeamsLinkMode = 'ready' | 'delayed' | 'unavailable';

export const TEAMS_POLICY_PATH = '/_emulator/graph-teams';

export class TeamsLinkPolicy {
  mode: TeamsLinkMode = 'ready';
  readyAfterGets = 1;
}

export function handleTeamsPolicy(req: RouteRequest, policy: TeamsLinkPolicy): RouteResponse {
  if (req.method === 'GET') return adminJson(200, { mode: policy.mode, readyAfterGets: policy.readyAfterGets });
  if (req.method !== 'POST') return adminJson(405, { error: `Method ${req.method} is not allowed on ${TEAMS_POLICY_PATH}` });
  const body = tryParseJson(req.body.toString('utf8'));
  const mode = isRecord(body) ? body.mode : undefined;
  if (mode !== 'ready' && mode !== 'delayed' && mode !== 'unavailable') {
    return adminJson(400, { error: "Expected { mode: 'ready' | 'delayed' | 'unavailable', readyAfterGets?: number }" });
  }
  policy.mode = mode;
  const after = isRecord(body) ? body.readyAfterGets : undefined;
  policy.readyAfterGets = typeof after === 'number' && after >= 0 ? Math.floor(after) : 1;
  return adminJson(200, { mode: policy.mode, readyAfterGets: policy.readyAfterGets });
}
