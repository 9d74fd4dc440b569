/**
 * `npm run site -- deploy` as a person types it (tools/site.ts in a child process), against an emulator with the
 * tenant app catalog local mode has (local/seed/prepareAppCatalog.ts): the package is uploaded and deployed, and a
 * missing package or a wrong scope is refused with what to do (exit 1).
 */
import { spawn } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { RunningEmulator } from '../../local/emulator/server';
import { APP_CATALOG_SITE, prepareAppCatalog } from '../../local/seed/prepareAppCatalog';
import { startTestEmulator } from '../support/emulator';
import { fakeSppkg } from '../support/sppkgBuilder';

let emu: RunningEmulator;
const root = join(__dirname, '..', '..');

beforeAll(async () => {
  emu = await startTestEmulator({ emptySite: true });
  prepareAppCatalog(emu);
});
afterAll(() => emu.close());

/** Runs the command in a child process (not spawnSync: the emulator in this process must keep answering). */
function site(args: readonly string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'tools', 'site.ts'), ...args], { cwd: root });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
}

it('uploads and deploys the package to the tenant app catalog', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'sppkg-')), 'pathways-hub.sppkg');
  writeFileSync(file, fakeSppkg({ title: 'Pathways Hub', version: '0.1.0.0' }));
  const { code, out } = await site(['deploy', '--site', emu.siteUrl, '--package', file]);
  expect(out).toContain(`Deployed Pathways Hub 0.1.0.0 in ${emu.origin}${APP_CATALOG_SITE.path}`);
  expect(code).toBe(0);
  expect(emu.appCatalogs.apps(APP_CATALOG_SITE.path)).toEqual([expect.objectContaining({ fileName: 'pathways-hub.sppkg', deployed: true })]);
});

it('says to build the package when there is none, and refuses an unknown scope', async () => {
  const missing = await site(['deploy', '--site', emu.siteUrl, '--package', join(tmpdir(), 'none', 'pathways-hub.sppkg')]);
  expect(missing.code).toBe(1);
  expect(missing.out).toContain('Build it first with `npm run package`, then deploy again.');
  const scope = await site(['deploy', '--site', emu.siteUrl, '--scope', 'farm']);
  expect(scope.code).toBe(1);
  expect(scope.out).toContain('(--scope is tenant or site)');
});
