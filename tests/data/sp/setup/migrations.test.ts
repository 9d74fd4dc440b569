/**
 * The data migrations: the registry's rules, the v2 migration on version 1's records (needed, idempotent,
 * resumable after a cancel, recorded once), a site from nothing recording them without running them, and a site
 * set up by a newer version refused.
 */
import { LISTS, SCHEMA_VERSION } from '../../../../src/lists';
import { DataError } from '../../../../src/data/errors';
import { SetupCancelledError, SiteSetup } from '../../../../src/data/sp/setup/SiteSetup';
import { MIGRATIONS } from '../../../../src/data/sp/setup/migrations';
import type { RunningEmulator } from '../../../../local/emulator/server';
import { DEFAULT_ADMIN } from '../../../../local/emulator/store';
import { connectAs } from '../../../../local/seed/localConnection';
import { SITE_PATH, spFor, startTestEmulator } from '../../../support/emulator';
import { buildV1Site, v1Records } from '../../../support/schemaV1Site';

const NOW = new Date('2026-11-20T10:00:00Z');
const admin = (emu: RunningEmulator) => spFor(DEFAULT_ADMIN.email, { siteUrl: emu.siteUrl });

async function versionRecord(emu: RunningEmulator): Promise<{ version: number; migrations: string[] } | undefined> {
  const rows = await admin(emu).web.lists.getByTitle('Pathways Settings').items.filter("PwKey eq 'schemaVersion'")<{ PwValue: string }[]>();
  return rows[0] ? (JSON.parse(rows[0].PwValue) as { version: number; migrations: string[] }) : undefined;
}

describe('the migration registry', () => {
  it('has unique, versioned ids and a description for each', () => {
    const ids = MIGRATIONS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of MIGRATIONS) {
      expect(m.id).toMatch(/^v\d+-[a-z0-9-]+$/);
      expect(Number(/^v(\d+)/.exec(m.id)?.[1])).toBeLessThanOrEqual(SCHEMA_VERSION);
      expect(m.description.length).toBeGreaterThan(10);
    }
  });
});

describe('v2-pupil-sharing-marker on version 1 records', () => {
  let emu: RunningEmulator;
  const mismatches = async (): Promise<number> =>
    (await connectAs(emu.origin, SITE_PATH, DEFAULT_ADMIN.email, 'Admin', NOW).services.pupilAccess.findMismatches()).items.length;
  const shared = v1Records('pupils').filter((p) => typeof p.values.PwHomeSchoolId === 'number').length;

  beforeAll(async () => {
    emu = await startTestEmulator({ emptySite: true });
    await buildV1Site(emu);
    // The new columns without the migration: every pupil version 1 shared now looks "not yet shared".
    await new SiteSetup(admin(emu), { release: { lists: LISTS, version: SCHEMA_VERSION, migrations: [] }, now: () => NOW }).run();
  });
  afterAll(() => emu.close());

  it('is needed: without it the check reports every shared pupil of version 1', async () => {
    expect(shared).toBeGreaterThan(2);
    expect(await mismatches()).toBe(shared);
    expect(await versionRecord(emu)).toEqual({ version: SCHEMA_VERSION, migrations: [] });
  });

  it('can be cancelled half-way: nothing is recorded, and the next run finishes and records it once', async () => {
    const plan = await new SiteSetup(admin(emu), { now: () => NOW }).plan();
    expect(plan).toMatchObject({ state: 'current', migrations: [{ id: 'v2-pupil-sharing-marker' }, { id: 'v2-pupil-folders-new-lists' }, { id: 'v2-pupil-confidential-split' }, { id: 'v2-home-school-sharing-table' }, { id: 'v2-pupil-folders-transition-plans' }, { id: 'v2-pip-confidential-split' }, { id: 'v2-meeting-notes-split' }, { id: 'v2-action-notes-split' }, { id: 'v2-contact-notes-split' }, { id: 'v2-letters-by-kind' }, { id: 'v3-lead-tutor-person' }] });
    const controller = new AbortController();
    const cancelled = await new SiteSetup(admin(emu), { now: () => NOW })
      .run({ signal: controller.signal, onProgress: (p) => p.detail?.startsWith('2 of') && controller.abort() })
      .then(() => undefined, (e: unknown) => e);
    expect(cancelled).toBeInstanceOf(SetupCancelledError);
    expect(await versionRecord(emu)).toEqual({ version: SCHEMA_VERSION, migrations: [] });
    const left = await mismatches();
    expect(left).toBeLessThan(shared);
    expect(left).toBeGreaterThan(0);

    const details: string[] = [];
    await new SiteSetup(admin(emu), { now: () => NOW }).run({ onProgress: (p) => p.detail && details.push(p.detail) });
    expect(details[0]).toBe(`0 of ${left} pupils`);
    expect(await mismatches()).toBe(0);
    expect(await versionRecord(emu)).toEqual({ version: SCHEMA_VERSION, migrations: ['v2-pupil-sharing-marker', 'v2-pupil-folders-new-lists', 'v2-pupil-confidential-split', 'v2-home-school-sharing-table', 'v2-pupil-folders-transition-plans', 'v2-pip-confidential-split', 'v2-meeting-notes-split', 'v2-action-notes-split', 'v2-contact-notes-split', 'v2-letters-by-kind', 'v3-lead-tutor-person'] });
    expect((await new SiteSetup(admin(emu)).plan()).steps).toEqual([]);
  });

  it('is idempotent: run again on their own, the migrations change nothing', async () => {
    const realFetch = globalThis.fetch;
    const writes: string[] = [];
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      const method = (init?.method ?? 'GET').toUpperCase();
      // A batch of only ensureUser calls is v3-lead-tutor-person asking again for the addresses that named no one of
      // the organisation (version 1's tutors are not in this tenant): a person not found changes nothing.
      const parts = typeof init?.body === 'string' ? init.body.match(/^(GET|POST|PATCH|MERGE|PUT|DELETE) \S+/gm) ?? [] : [];
      const onlyFinding = /\$batch/.test(String(input)) && parts.length > 0 && parts.every((p) => /^POST \S+\/ensureuser$/i.test(p));
      if (method !== 'GET' && !/contextinfo/i.test(String(input)) && !onlyFinding) writes.push(`${method} ${String(input)}`);
      return realFetch(input, init);
    }) as typeof fetch;
    try {
      for (const migration of MIGRATIONS) await migration.run(admin(emu), () => undefined, { siteUrl: emu.siteUrl, now: () => NOW });
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(writes).toEqual([]);
  });
});

describe('versions', () => {
  it('a site set up from nothing records every migration as done without running it', async () => {
    const emu = await startTestEmulator();
    try {
      expect(await versionRecord(emu)).toEqual({ version: SCHEMA_VERSION, migrations: MIGRATIONS.map((m) => m.id) });
    } finally {
      await emu.close();
    }
  });

  it('a site set up by a newer version is refused, with what to do, and nothing is changed', async () => {
    const emu = await startTestEmulator();
    try {
      const settings = admin(emu).web.lists.getByTitle('Pathways Settings');
      const [row] = await settings.items.filter("PwKey eq 'schemaVersion'")<{ Id: number }[]>();
      await settings.items.getById(row.Id).update({ PwValue: JSON.stringify({ version: SCHEMA_VERSION + 1, migrations: [] }) });
      await admin(emu).web.lists.getByTitle('Pathways Pupils').fields.getByInternalNameOrTitle('PwUpn').update({ Title: 'Renamed by a later version' }, 'SP.Field');
      const plan = await new SiteSetup(admin(emu)).plan();
      expect(plan.state).toBe('newer');
      expect(plan.steps).toEqual([]);
      expect(plan.findings[0].message).toMatch(new RegExp(`set up with Pathways Hub version ${SCHEMA_VERSION + 1}, newer than the version deployed \\(${SCHEMA_VERSION}\\)`));
      const refused = await new SiteSetup(admin(emu)).run().then(() => undefined, (e: unknown) => e);
      expect(refused).toBeInstanceOf(DataError);
      expect((refused as DataError).message).toMatch(/Deploy the newer package/);
      const field = await admin(emu).web.lists.getByTitle('Pathways Pupils').fields.getByInternalNameOrTitle('PwUpn')<{ Title: string }>();
      expect(field.Title).toBe('Renamed by a later version');
    } finally {
      await emu.close();
    }
  });
});
