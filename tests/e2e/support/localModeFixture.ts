/** Starts local mode (emulator, workbench and seeded demo data) on a free port with a throw-away database. */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startLocalMode, type LocalMode } from '../../../local/localMode';

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
