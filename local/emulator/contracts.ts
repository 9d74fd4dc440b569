/**
 * Contracts shared by the parts of the local emulator (SharePoint REST in local/emulator/sharepoint,
 * Microsoft Graph in local/emulator/graph). The server (local/emulator/server.ts) owns the HTTP listener,
 * the SQLite database, the directory of users and the throttling switch, and hands them to each part.
 */
import type { IncomingHttpHeaders } from 'http';
import type { Database } from 'better-sqlite3';

/** The header a local client sets to say who is signed in (the workbench's "signed in as" switcher). */
export const EMULATOR_USER_HEADER = 'x-emulator-user';

/** A person in the emulated tenant (or a guest from a home school). */
export interface DirectoryUser {
  /** SharePoint site user id (what ensureUser returns as Id). */
  readonly spId: number;
  /** Entra object id (Graph user id), a GUID. */
  readonly aadId: string;
  readonly email: string;
  readonly displayName: string;
  readonly jobTitle?: string;
  readonly userType: 'Member' | 'Guest';
  /** SharePoint claims login name, e.g. 'i:0#.f|membership|jo.bloggs@pathways.example.org'. */
  readonly loginName: string;
}

export interface Directory {
  findByEmail(email: string): DirectoryUser | undefined;
  findBySpId(id: number): DirectoryUser | undefined;
  findByAadId(id: string): DirectoryUser | undefined;
  all(): DirectoryUser[];
  /** Adds (or returns the existing) user; used by seeding and by SharePoint's ensureUser for guests. */
  ensure(user: Omit<DirectoryUser, 'spId' | 'aadId' | 'loginName'> & Partial<Pick<DirectoryUser, 'aadId'>>): DirectoryUser;
}

export interface ThrottleControl {
  /** Share of requests (0..1) answered 429 with Retry-After. 0 switches throttling off. */
  rate: number;
  /** Retry-After seconds sent with a 429. */
  retryAfterSeconds: number;
  /** 429 Too Many Requests (default) or 503 Server Too Busy: SharePoint answers either when it throttles. */
  status?: 429 | 503;
  /** Decide for one request (also honours the per-request header x-emulator-throttle: 1). */
  shouldThrottle(headers: IncomingHttpHeaders): boolean;
}

export interface EmulatorContext {
  readonly db: Database;
  readonly directory: Directory;
  readonly throttle: ThrottleControl;
  /** Absolute origin of the emulator, e.g. 'http://localhost:4321' (no trailing slash). */
  readonly origin: string;
}

export interface RouteRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** The signed-in user from EMULATOR_USER_HEADER; undefined when no or an unknown user is named. */
  readonly user?: DirectoryUser;
}

export interface RouteResponse {
  readonly status: number;
  /** Reason phrase; defaults to the standard one for the status. */
  readonly statusText?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
}

/** Answers a request it recognises, or returns undefined to let the next part try. */
export type RouteHandler = (req: RouteRequest) => Promise<RouteResponse | undefined> | RouteResponse | undefined;

/** What a part of the emulator exposes to the server. */
export interface EmulatorPart {
  /** Creates the part's tables (idempotent). */
  migrate(db: Database): void;
  handle: RouteHandler;
}
