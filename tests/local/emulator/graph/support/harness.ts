/**
 * A tiny test-only HTTP server around the Graph part (until local/emulator/server.ts lands): SQLite in memory,
 * an in-memory directory, the signed-in user from x-emulator-user or "Authorization: Bearer emulator:<email>".
 */
import Database from 'better-sqlite3';
import { createServer, type IncomingMessage, type Server } from 'http';
import type { AddressInfo } from 'net';
import type { DirectoryUser, EmulatorContext, EmulatorPart, RouteRequest } from '../../../../../local/emulator/contracts';
import { EMULATOR_USER_HEADER } from '../../../../../local/emulator/contracts';
import { createGraphPart } from '../../../../../local/emulator/graph';
import { installFetchGlobals } from './fetchGlobals';
import { MemoryDirectory } from './memoryDirectory';
import { TestThrottle } from './testThrottle';

installFetchGlobals();

export const PEOPLE = {
  organiser: { email: 'rowan.pike@pathways.example.org', displayName: 'Rowan Pike', jobTitle: 'Integration Lead', userType: 'Member' },
  senco: { email: 'dana.whitlock@pathways.example.org', displayName: 'Dana Whitlock', jobTitle: 'SENCo', userType: 'Member' },
  colleague: { email: 'imogen.hale@pathways.example.org', displayName: 'Imogen Hale', jobTitle: 'Teacher', userType: 'Member' },
  homeSchool: { email: 'casey.lund@oakfield.example.sch.uk', displayName: 'Casey Lund', jobTitle: 'Head of Year 9', userType: 'Guest' },
} as const;

export const PARENT_EMAIL = 'theo.marsh@example.com';

export interface Harness {
  origin: string;
  part: EmulatorPart;
  context: EmulatorContext;
  directory: MemoryDirectory;
  throttle: TestThrottle;
  user(key: keyof typeof PEOPLE): DirectoryUser;
  /** Plain fetch against the emulator (for raw status/header checks). */
  raw(path: string, init?: RequestInit & { as?: string }): Promise<Response>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function signedIn(req: IncomingMessage, directory: MemoryDirectory): DirectoryUser | undefined {
  const named = req.headers[EMULATOR_USER_HEADER];
  const auth = req.headers.authorization;
  const email = typeof named === 'string' ? named : auth?.startsWith('Bearer emulator:') ? auth.slice('Bearer emulator:'.length) : undefined;
  return email ? directory.findByEmail(email) : undefined;
}

export async function startHarness(): Promise<Harness> {
  const db = new Database(':memory:');
  const directory = new MemoryDirectory();
  for (const p of Object.values(PEOPLE)) directory.ensure(p);
  const throttle = new TestThrottle();
  const bound: { part?: EmulatorPart } = {};

  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const routeRequest: RouteRequest = {
        method: req.method ?? 'GET',
        url: new URL(req.url ?? '/', 'http://127.0.0.1'),
        headers: req.headers,
        body,
        user: signedIn(req, directory),
      };
      const answer = bound.part ? await bound.part.handle(routeRequest) : undefined;
      if (!answer) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      if (answer.statusText) res.writeHead(answer.status, answer.statusText, answer.headers ?? {});
      else res.writeHead(answer.status, answer.headers ?? {});
      res.end(answer.body);
    })().catch((e: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context: EmulatorContext = { db, directory, throttle, origin };
  const part = createGraphPart(context);
  part.migrate(db);
  bound.part = part;

  return {
    origin,
    part,
    context,
    directory,
    throttle,
    user: (key) => directory.findByEmail(PEOPLE[key].email) as DirectoryUser,
    raw: (path, init = {}) => {
      const { as, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (as) headers.set(EMULATOR_USER_HEADER, as);
      return fetch(`${origin}${path}`, { ...rest, headers });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => {
          db.close();
          if (e) reject(e);
          else resolve();
        });
      }),
  };
}
