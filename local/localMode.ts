/**
 * Local mode in one call: the SharePoint and Graph emulator, the workbench served from the same origin, and the
 * demo data. Used by `npm start` (local/start.ts) and by the end-to-end tests.
 */
import { startEmulator, type RunningEmulator } from './emulator/server';
import { DEFAULT_ADMIN } from './emulator/store';
import { createGraphPart } from './emulator/graph';
import type { EmulatorPart } from './emulator/contracts';
import { buildWorkbench } from './workbench/buildWorkbench';
import { createWorkbenchPart } from './workbench/workbenchPart';
import { generateDemoData } from './demo/generateDemoData';
import { DEMO_SIGN_IN_USERS } from './demo/signInUsers';
import { addStaffToGroups, prepareDirectory } from './seed/prepareTenant';
import { prepareAppCatalog } from './seed/prepareAppCatalog';
import { prepareTeamsSites, ROOT_SITE, STAFF_TEAM_SITE } from './seed/prepareTeamsSites';
import { setUpSite } from './seed/setUpSite';
import { seedDemo } from './seed/seedDemo';
import { connectAs } from './seed/localConnection';

export const SITE_PATH = '/sites/pathways';

/** Local mode runs on the demo data's own date (10:00 in London), so the demo term always has its registers. */
export function demoNow(today: string): string {
  return `${today}T10:00:00Z`;
}

export interface LocalModeOptions {
  readonly port: number;
  readonly dbFile: string;
  readonly reset: boolean;
  readonly seed: boolean;
  /** With `seed`: false sets the site up and puts the staff in their groups, but writes no demo records (an empty site). */
  readonly demoRecords?: boolean;
  readonly log?: (line: string) => void;
}

export interface LocalMode {
  readonly origin: string;
  readonly siteUrl: string;
  /** The emulator's seeding API, for tests that damage stored values the way a hand edit would. */
  readonly store: RunningEmulator['store'];
  close(): Promise<void>;
}

export async function startLocalMode(options: LocalModeOptions): Promise<LocalMode> {
  const log = options.log ?? ((): void => undefined);
  const started = Date.now();
  const bundle = await buildWorkbench();
  const data = generateDemoData();
  // The site's owner (who runs Site setup) comes last, after the people who use Pathways Hub every day.
  const users = [
    ...DEMO_SIGN_IN_USERS.map((u) => ({ email: u.email, displayName: u.displayName, description: u.jobTitle, ...(u.kind === 'home-school' ? { isExternalGuest: true } : {}) })),
    { email: DEFAULT_ADMIN.email, displayName: DEFAULT_ADMIN.displayName, description: 'Site owner (IT)' },
  ];
  // The Graph part needs the running emulator's context, so it is bound once the server has started.
  const bound: { graph?: EmulatorPart } = {};
  const graphPart: EmulatorPart = {
    migrate: (db) => bound.graph?.migrate(db),
    handle: (req) => bound.graph?.handle(req),
  };
  const parts = [graphPart, createWorkbenchPart({ bundle, sitePath: SITE_PATH, sites: [{ path: SITE_PATH, title: 'Pathways Hub' }, STAFF_TEAM_SITE, ROOT_SITE], users, now: demoNow(data.today) })];
  const emulator = await startEmulator({ port: options.port, dbFile: options.dbFile, reset: options.reset, sitePath: SITE_PATH, parts });
  bound.graph = createGraphPart(emulator.context, { applyThrottle: false });
  bound.graph.migrate(emulator.context.db);
  log(`Emulator listening on ${emulator.origin} (data in ${options.dbFile}).`);
  prepareAppCatalog(emulator);
  if (options.seed) {
    // An empty team site, set up by Pathways Hub's own setup as its owner would from the Site setup page.
    log('Setting up the site (lists, groups, permissions) with Pathways Hub’s setup…');
    const setup = await setUpSite(emulator.origin, SITE_PATH, log);
    log(`Site set up: ${setup.stepsDone} steps, ${setup.writes} changes.`);
    for (const f of setup.findings) log(`  ${f.severity}: ${f.message}`);
    const admin = prepareDirectory(emulator, data);
    await addStaffToGroups(emulator.origin, SITE_PATH, data.staff);
    prepareTeamsSites(emulator, data);
    if (options.demoRecords !== false) {
      const report = await seedDemo(connectAs(emulator.origin, SITE_PATH, admin.email, admin.displayName, new Date(demoNow(data.today))), data, log);
      log(`Demo data ready: ${report.schools} schools, ${report.pupils} pupils, ${report.marks} marks in ${report.weekItems} week items.`);
    }
  }
  if (!options.seed) prepareTeamsSites(emulator, data);
  log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return { origin: emulator.origin, siteUrl: emulator.siteUrl, store: emulator.store, close: () => emulator.close() };
}
