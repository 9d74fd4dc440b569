import { rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const emulatorUrlFile = (): string => join(tmpdir(), `pathways-emulator-${process.pid}.json`);

export default async function globalTeardown(): Promise<void> {
  const emulator = globalThis.__PATHWAYS_EMULATOR__;
  globalThis.__PATHWAYS_EMULATOR__ = undefined;
  rmSync(emulatorUrlFile(), { force: true });
  rmSync(join(tmpdir(), `pathways-site-${process.pid}.sqlite`), { force: true });
  if (emulator) await emulator.close();
}
