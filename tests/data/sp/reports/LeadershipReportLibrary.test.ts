/**
 * SpLeadershipReportLibrary against the emulator over HTTP (real PnPjs): a report to leaders or governors is filed in
 * the 'Pathways Leadership Reports' library under its period-and-version name with its record; filing the same period
 * and version again makes a new version of the one file, not a duplicate; and SharePoint lets only Leadership (and
 * the owners) open the library: the office and teachers are refused the list and the file itself (raw REST).
 */
import { connectAs } from '../../../../local/seed/localConnection';
import { listGrants } from '../../../../src/lists';
import { rawFetch, SITE_PATH } from '../../../support/emulator';
import { filedLeadersReport } from '../../../support/leadersReportBuilder';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const HEAD = 'head@pathways.example.org';
const OFFICE = 'office@pathways.example.org';
const TEACHER = 'teacher@pathways.example.org';
const NOW = new Date('2026-11-20T12:00:00Z');
let fx: PathwaysFixture;
const docx = (...b: number[]) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]);

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(HEAD, 'leadership');
  fx.addStaff(OFFICE, 'office');
  fx.addStaff(TEACHER, 'staff');
}, 120000);
afterAll(() => fx.close());

const as = (email: string) => connectAs(fx.emulator.origin, SITE_PATH, email, email, NOW).services.leadershipReports;

describe('SpLeadershipReportLibrary (emulator)', () => {
  it('Leadership files a report by period and version; filing it again makes a new version of the same file', async () => {
    const repo = as(HEAD);
    const first = await repo.file(filedLeadersReport(), docx(1));
    expect(first).toMatchObject({ period: 'Autumn 2026/27', audience: 'Leaders', filedOn: '2026-11-20', fileName: 'Leaders report Autumn 2026-27.docx' });
    expect(first.url).toBe('/sites/pathways/PwLeadershipReports/Leaders report Autumn 2026-27.docx');
    const governors = await repo.file(filedLeadersReport({ audience: 'Governors', fileName: 'Governors report Autumn 2026-27.docx' }), docx(2));
    const again = await repo.file(filedLeadersReport({ filedBy: 'Deputy Head' }), docx(3));
    expect(again.id).toBe(first.id);
    expect(Number(again.version)).toBeGreaterThan(Number(first.version));
    const listed = (await repo.list()).items;
    expect(listed.map((r) => r.fileName).sort()).toEqual(['Governors report Autumn 2026-27.docx', 'Leaders report Autumn 2026-27.docx']);
    expect(listed.find((r) => r.id === first.id)).toMatchObject({ filedBy: 'Deputy Head' });
    expect(new Uint8Array(await fx.admin.sp.web.getFileByServerRelativePath(again.url).getBuffer())).toEqual(docx(3));
    expect(governors.audience).toBe('Governors');
  });

  it('refuses a bad record and files nothing', async () => {
    await expect(as(HEAD).file(filedLeadersReport({ fileName: 'Leaders report.pdf' }), docx(1))).rejects.toThrow('The report was not filed: File the report as a .docx file');
  });

  it('only Leadership and the owners have a grant: the office and teachers cannot list, read or add a report', async () => {
    expect(listGrants('leadershipReports').map((g) => g.principal)).toEqual(['owners', 'leadership']);
    for (const who of [OFFICE, TEACHER]) {
      // SharePoint answers a library the person has no grant in as one that does not exist (404); the shared list
      // reader reads that as nothing there for them (src/data/sp/listReader.ts). The head's report is not among it.
      await expect(as(who).list()).resolves.toEqual({ items: [], problems: [] });
      await expect(as(who).file(filedLeadersReport({ fileName: 'Leaders report Spring 2026-27.docx', period: 'Spring 2026/27' }), docx(9))).rejects.toMatchObject({
        kind: expect.stringMatching(/not-found|access-denied/),
      });
      const raw = await rawFetch(`${fx.emulator.origin}${SITE_PATH}/_api/web/GetFileByServerRelativePath(decodedurl='${encodeURIComponent(`${SITE_PATH}/PwLeadershipReports/Leaders report Autumn 2026-27.docx`)}')/$value`, who);
      expect(raw.status).toBe(404);
    }
  });
});
