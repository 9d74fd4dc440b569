/**
 * A set-up Pathways Hub site, built once per jest run and cloned for every private emulator: globalSetup runs the
 * product's real setup (src/data/sp/setup) against an empty emulated site and writes the database to a temp file;
 * each test's emulator starts from an in-memory copy of it (better-sqlite3 serialize / new Database(buffer)).
 * Without globalSetup (a lone test process) the site is set up once in this process and kept.
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startEmulator } from '../../local/emulator/server';
import { setUpSite } from '../../local/seed/setUpSite';

export const SITE_PATH = '/sites/pathways';

/** Where globalSetup keeps the set-up site's database for this jest run. */
export function setUpSiteFile(pid: number = process.pid): string {
  return join(tmpdir(), `pathways-site-${pid}.sqlite`);
}

let built: Promise<Buffer> | undefined;

/** Sets up an empty emulated site with the product's setup and returns its database. */
export async function buildSetUpSiteDatabase(): Promise<Buffer> {
  const emulator = await startEmulator({ port: 0, dbFile: ':memory:', reset: true, sitePath: SITE_PATH });
  try {
    await setUpSite(emulator.origin, SITE_PATH);
    return emulator.context.db.serialize();
  } finally {
    await emulator.close();
  }
}

/** The set-up site's database: globalSetup's file, or one built here once. */
export function setUpSiteDatabase(): Promise<Buffer> {
  for (const pid of [process.pid, process.ppid]) {
    const file = setUpSiteFile(pid);
    if (existsSync(file)) return Promise.resolve(readFileSync(file));
  }
  if (!built) built = buildSetUpSiteDatabase();
  return built;
}

export function writeSetUpSiteDatabase(db: Buffer, pid: number = process.pid): void {
  writeFileSync(setUpSiteFile(pid), db);
}
