/**
 * A private emulator with the production services signed in as any user, and helpers that create schools and
 * pupils the way the product does (groups, folders, permissions). For repository tests over real HTTP.
 */
import { siteGroup, type PathwaysGroupKey } from '../../src/lists';
import type { Pupil, School, SchoolContact } from '../../src/domain';
import type { Saved } from '../../src/data/ports';
import { SchoolGroupService } from '../../src/data/sp/access/SchoolGroupService';
import { connectAs, type LocalConnection } from '../../local/seed/localConnection';
import { DEFAULT_ADMIN, DEFAULT_GROUPS } from '../../local/emulator/store';
import type { RunningEmulator } from '../../local/emulator/server';
import { SITE_PATH, startTestEmulator } from './emulator';
import { pupilRecord } from './pupilBuilder';

export { pupilRecord };

export interface PathwaysFixture {
  readonly emulator: RunningEmulator;
  readonly admin: LocalConnection;
  as(email: string): LocalConnection;
  /** A member of PRU staff in one of the groups setup made (default: Office), or in the site's Owners. */
  addStaff(email: string, group?: 'owners' | PathwaysGroupKey): void;
  addSchool(name: string, urn: string, contactEmails: readonly string[]): Promise<{ school: Saved<School>; groupId: number; contacts: Saved<SchoolContact>[] }>;
  addPupil(ref: string, overrides?: Partial<Pupil>): Promise<Saved<Pupil>>;
  /** Counts the HTTP requests made while `work` runs (what the network sees: a batch is one request). */
  countRequests<T>(work: () => Promise<T>): Promise<{ result: T; requests: string[] }>;
  close(): Promise<void>;
}

export async function startPathwaysFixture(options: { viewThreshold?: number } = {}): Promise<PathwaysFixture> {
  const emulator = await startTestEmulator(options.viewThreshold ? { viewThreshold: options.viewThreshold } : {});
  const as = (email: string): LocalConnection => connectAs(emulator.origin, SITE_PATH, email);
  const admin = as(DEFAULT_ADMIN.email);
  const groups = new SchoolGroupService(admin.sp);
  return {
    emulator,
    admin,
    as,
    addStaff(email, group = 'office') {
      emulator.store.addUser({ email, displayName: email.split('@')[0], userType: 'Member' });
      emulator.store.addToGroup(group === 'owners' ? DEFAULT_GROUPS.owners.id : siteGroup(group).title, email);
    },
    async addSchool(name, urn, contactEmails) {
      const school = await admin.services.schools.create({ name, urn, phase: 'Secondary', email: `office@${urn}.example.sch.uk`, active: true });
      const contacts: Saved<SchoolContact>[] = [];
      for (const email of contactEmails) {
        emulator.store.addUser({ email, displayName: email.split('@')[0], userType: 'Guest' });
        contacts.push(await admin.services.schools.addContact({ schoolId: school.id, fullName: email.split('@')[0], role: 'SENCO', email, notify: true }));
      }
      const groupId = await groups.ensureGroup(school);
      await groups.syncMembers(groupId, contacts);
      return { school: await admin.services.schools.get(school.id), groupId, contacts };
    },
    addPupil: (ref, overrides = {}) => admin.services.pupils.create(pupilRecord(ref, overrides)),
    async countRequests(work) {
      const realFetch = globalThis.fetch;
      const requests: string[] = [];
      globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
        requests.push(`${init?.method ?? 'GET'} ${String(input instanceof Request ? input.url : input)}`);
        return realFetch(input, init);
      }) as typeof fetch;
      try {
        return { result: await work(), requests };
      } finally {
        globalThis.fetch = realFetch;
      }
    },
    close: () => emulator.close(),
  };
}
