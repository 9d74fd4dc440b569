/** Starts local mode (emulator, workbench and seeded demo data) on a free port with a throw-away database. */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startLocalMode, type LocalMode } from '../../../local/localMode';

/**
 * For each e2e file's beforeAll (setting up and seeding a site, then Chromium): about 15 s on a quiet machine, and more
 * than four minutes while several builds shared two cores. A start that hangs still fails, at seven minutes.
 */
export const LOCAL_MODE_START_TIMEOUT = 420000;

export interface LocalModeFixture extends LocalMode {
  readonly dbDir: string;
}

/** `demoRecords: false`: a site set up by the product's setup, staff in their groups, and no records at all. */
export async function startLocalModeFixture(options: { demoRecords?: boolean } = {}): Promise<LocalModeFixture> {
  const dbDir = mkdtempSync(join(tmpdir(), 'pathways-e2e-'));
  const local = await startLocalMode({ port: 0, dbFile: join(dbDir, 'emulator.sqlite'), reset: true, seed: true, demoRecords: options.demoRecords });
  return {
    ...local,
    dbDir,
    close: async () => {
      await local.close();
      rmSync(dbDir, { recursive: true, force: true });
    },
  };
}
