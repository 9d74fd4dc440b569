/**
 * Starts ONE emulator (in-memory database, free port) for the unit test run and publishes its origin in
 * PATHWAYS_EMULATOR_URL and in a temp file (tests/support/emulator.ts reads either). Tests that change shared
 * state should start their own emulator with startTestEmulator() instead.
 */
import { writeFileSync } from 'fs';
import type { EmulatorPart } from '../../local/emulator/contracts';
import { startEmulator, type RunningEmulator } from '../../local/emulator/server';
import { tmpdir } from 'os';
import { join } from 'path';
import { setUpSite } from '../../local/seed/setUpSite';
import { writeSetUpSiteDatabase } from './setUpSiteDatabase';

/** Kept in step with tests/support/emulator.ts (not imported: it loads PnPjs). */
const EMULATOR_URL_ENV = 'PATHWAYS_EMULATOR_URL';
const emulatorUrlFile = (): string => join(tmpdir(), `pathways-emulator-${process.pid}.json`);

declare global {
  // eslint-disable-next-line no-var
  var __PATHWAYS_EMULATOR__: RunningEmulator | undefined;
}

export default async function globalSetup(): Promise<void> {
  // The Graph part is bound once the server's context exists (as local/localMode.ts does).
  let graph: EmulatorPart | undefined;
  const graphPart: EmulatorPart = { migrate: (db) => graph?.migrate(db), handle: (req) => graph?.handle(req) };
  const emulator = await startEmulator({ port: 0, dbFile: ':memory:', reset: true, parts: [graphPart] });
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('../../local/emulator/graph') as { createGraphPart?: (ctx: unknown, o: { applyThrottle: boolean }) => EmulatorPart };
    if (mod.createGraphPart) {
      graph = mod.createGraphPart(emulator.context, { applyThrottle: false });
      graph.migrate(emulator.context.db);
    }
  } catch {
    // The Graph part is optional for the SharePoint tests.
  }
  // The product's own setup makes the site's lists, groups and permissions; every private emulator clones it.
  await setUpSite(emulator.origin, '/sites/pathways');
  writeSetUpSiteDatabase(emulator.context.db.serialize());
  globalThis.__PATHWAYS_EMULATOR__ = emulator;
  process.env[EMULATOR_URL_ENV] = emulator.origin;
  writeFileSync(emulatorUrlFile(), JSON.stringify({ origin: emulator.origin, siteUrl: emulator.siteUrl }));
}
