import { readCtf } from '../../../src/data/import/ctf/ctfIn';
import { prepareSheet } from '../../../src/domain/import/sourceTable';
import { readRows } from '../../../src/domain/import/rows';
import { planPupils, type SavedPupil } from '../../../src/domain/import/kinds/pupils';
import { countOutcomes } from '../../../src/domain/import/plan';
import type { Pupil } from '../../../src/domain';
import { countResults } from '../../../src/domain/import/report';
import { ctfXml, rollPupils } from '../../support/importFiles';
import { startPathwaysFixture } from '../../support/pathwaysFixture';

const TODAY = '2026-11-20';
const roll = rollPupils(3);

async function planOf(xml: string, existing: SavedPupil[] = []) {
  const read = await readCtf('from-oakfield.xml', xml, TODAY);
  const prepared = prepareSheet([read.sheet]);
  if (!prepared.ok) throw new Error(prepared.message);
  expect(prepared.mapped.kind).toBe('pupils');
  expect(prepared.problems).toEqual([]);
  return planPupils(readRows(prepared.sheet, prepared.mapped), prepared.mapped, { existing, schools: [], today: TODAY });
}

describe('Common Transfer File in', () => {
  it('fills the pupil from the CTF: identifiers, year, SEN provision and need, FSM, in care, first contact, last year attendance', async () => {
    const plan = await planOf(ctfXml(roll));
    expect(countOutcomes(plan.rows)).toEqual({ new: 3, updated: 0, unchanged: 0, conflict: 0, refused: 0 });
    expect(plan.rows[0].record).toMatchObject({
      upn: roll[0].upn, lastName: roll[0].surname, firstName: roll[0].forename, dateOfBirth: roll[0].dob, yearGroup: roll[0].year,
      senProvision: 'K', primaryNeed: 'SEMH', fsm: true, lac: false,
      parentName: `Sam ${roll[0].surname}`, parentRelationship: 'Parent', parentHasResponsibility: true, parentEmail: 'parent0@example.org', parentPhone: '024 7600 1000',
      lastYearAttendance: 90,
    });
    expect(plan.rows[1].record).toMatchObject({ senProvision: 'N', fsm: false });
  });

  it('reads the further contacts in their order: parents and carers, emergency contacts, agency workers', async () => {
    const plan = await planOf(ctfXml(roll));
    const record = plan.rows[1].record as Pupil;
    expect(record.otherCarers).toEqual([{ name: 'Alex Stepford', relationship: 'Step-parent', parentalResponsibility: true, phone: '07700 900101' }]);
    expect(record.emergencyContacts).toEqual([{ name: 'Jo Neighbourly', relationship: 'Other', phone: '024 7600 2001', otherPhone: '07700 900501' }]);
    expect(record.agencyContacts).toEqual([{ agency: 'Social care', worker: 'Robin Caseworth', role: 'Social worker', phone: '024 7600 3000', email: 'social.care@example.org' }]);
  });

  it('changes nothing when the same CTF comes again, and updates what changed', async () => {
    const first = await planOf(ctfXml(roll));
    const existing = first.rows.map((r, i) => ({ ...(r.record as Pupil), id: i + 1, etag: `"${i + 1}"` }));
    expect(countOutcomes((await planOf(ctfXml(roll), existing)).rows).unchanged).toBe(3);
    const changed = await planOf(ctfXml([{ ...roll[0], sen: 'E' }, ...roll.slice(1)]), existing);
    expect(changed.rows[0].outcome).toBe('updated');
    expect(changed.rows[0].reasons[0]).toBe('SEN provision: K → E');
  });

  it('imports through the services into the emulator, contacts and all, and the same CTF again changes nothing', async () => {
    const fx = await startPathwaysFixture();
    try {
      const imports = fx.admin.services.imports;
      const plan = async () => {
        const read = await imports.readCtf('from-oakfield.xml', new TextEncoder().encode(ctfXml(roll)).buffer as ArrayBuffer);
        const prepared = prepareSheet([read.sheet]);
        if (!prepared.ok) throw new Error(prepared.message);
        return imports.plan(prepared.sheet, prepared.mapped);
      };
      expect(countResults(await imports.run(await plan()))).toMatchObject({ created: 3, failed: 0 });
      const saved = (await fx.admin.services.pupils.list()).items.find((p) => p.lastName === roll[2].surname);
      expect((saved?.otherCarers ?? []).map((c) => c.name)).toEqual(['Alex Stepford']);
      expect((saved?.emergencyContacts ?? []).map((c) => c.phone)).toEqual(['024 7600 2002']);
      expect((saved?.agencyContacts ?? []).map((c) => c.worker)).toEqual(['Robin Caseworth']);
      const again = await plan();
      expect(countOutcomes(again.rows)).toEqual({ new: 0, updated: 0, unchanged: 3, conflict: 0, refused: 0 });
    } finally {
      await fx.close();
    }
  }, 120000);

  it('refuses a CTF of another version, a file that is not a CTF, and XML that is not well formed', async () => {
    await expect(readCtf('old.xml', ctfXml(roll, { version: '18.0' }), TODAY)).rejects.toThrow(
      "'old.xml' is a CTF 18.0: Pathways Hub reads CTF 25.0, the current specification. Ask the school to send the file again from their MIS.",
    );
    await expect(readCtf('other.xml', '<?xml version="1.0"?><Invoice><Total>3</Total></Invoice>', TODAY)).rejects.toThrow('is XML but not a Common Transfer File');
    await expect(readCtf('broken.xml', '<CTfile><Header></CTfile>', TODAY)).rejects.toThrow("'broken.xml' is not well-formed XML");
  });
});
