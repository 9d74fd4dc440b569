import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { TextDecoder, TextEncoder } from 'util';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { ImportRecords } from '../../../../src/webparts/importRecords/components/ImportRecords';
import { createFakeServices, type FakeData } from '../../../support/fakeServices';
import { ctfXml, pipTrackerRows, rollPupils, simsRollCsv } from '../../../support/importFiles';
import { pupilRecord } from '../../../support/pupilBuilder';
import { toCsv } from '../../../../src/domain/attendance/attendanceCsv';

setIconOptions({ disableWarnings: true });
Object.assign(globalThis, { TextDecoder, TextEncoder });

const data: FakeData = {
  schools: [{ id: 1, name: 'Oakfield Academy (fictional)', urn: '100007', phase: 'Secondary', active: true, email: 'office@oakfield.example.sch.uk' }],
  now: new Date('2026-11-20T10:00:00Z'),
};

function setup(extra: FakeData = {}) {
  const services = createFakeServices({ ...data, ...extra });
  const view = render(
    <AppRoot services={services}>
      <ImportRecords />
    </AppRoot>,
  );
  return { services, ...view };
}

/** Steps that read, check or write wait longer than the default second: the machine running the tests may be busy. */
const SLOW = { timeout: 20000 };

const choose = async (content: string | Uint8Array, name = 'roll.csv'): Promise<void> => {
  const input = (await screen.findByLabelText('Choose the file')) as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([content], name, { type: 'text/csv' })] } });
};

describe('Import records', () => {
  it('imports a roll: choose, confirm the mapping, check, import, report — and again changes nothing', async () => {
    const { services, container } = setup();
    await choose(simsRollCsv(rollPupils(4, { homeSchoolUrn: '100007' })));
    expect(await screen.findByText('2. Match the columns', undefined, SLOW)).toBeTruthy();
    expect(screen.getByText(/header on row 4, 4 rows below it/)).toBeTruthy();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Check the rows' }));
    expect(await screen.findByText('3. Check before importing', undefined, SLOW)).toBeTruthy();
    expect((await services.pupils.list()).items).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Import 4 records' }));
    expect(await screen.findByText('5. Report', undefined, SLOW)).toBeTruthy();
    expect(await screen.findByText(/4 records were written/, undefined, SLOW)).toBeTruthy();
    expect((await services.pupils.list()).items.map((p) => p.pupilRef)).toEqual(['PH-0001', 'PH-0002', 'PH-0003', 'PH-0004']);
    fireEvent.click(screen.getByRole('button', { name: 'Import another file' }));
    await choose(simsRollCsv(rollPupils(4, { homeSchoolUrn: '100007' })));
    fireEvent.click(await screen.findByRole('button', { name: 'Check the rows' }, SLOW));
    expect(await screen.findByRole('button', { name: 'Nothing to import' }, SLOW)).toBeTruthy();
  });

  it('refuses a file that cannot be imported, with its own message, and stays on the first step', async () => {
    setup();
    await choose('', 'empty.csv');
    expect(await screen.findByText("'empty.csv' is empty: there is nothing to import.")).toBeTruthy();
    await choose('just,some,words\r\n1,2,3\r\n', 'notes.csv');
    expect(await screen.findByText(/No header row was found in 'notes.csv'/, undefined, SLOW)).toBeTruthy();
    expect(screen.getByText('1. Choose what to import')).toBeTruthy();
  });

  it('refuses a wrong file type, a 20 MB file, a damaged workbook and a CTF of another version, each with its own message, writing nothing', async () => {
    const { services } = setup();
    await choose(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'photo.png');
    expect(await screen.findByText("'photo.png' cannot be imported: choose a CSV file (.csv), an Excel workbook (.xlsx) or a Common Transfer File (.xml).", undefined, SLOW)).toBeTruthy();
    await choose(new Uint8Array(20 * 1024 * 1024).fill(0x41), 'marks.csv');
    expect(await screen.findByText(/'marks.csv' is 20.0 MB: files up to 10.0 MB can be imported/, undefined, SLOW)).toBeTruthy();
    await choose('UPN,Surname\r\n', 'roll.xlsx');
    expect(await screen.findByText(/'roll.xlsx' is not an Excel workbook/, undefined, SLOW)).toBeTruthy();
    await choose(ctfXml(rollPupils(1), { version: '18.0' }), 'old.xml');
    expect(await screen.findByText(/'old.xml' is a CTF 18.0: Pathways Hub reads CTF 25.0/, undefined, SLOW)).toBeTruthy();
    expect(screen.getByText('1. Choose what to import')).toBeTruthy();
    expect((await services.pupils.list()).items).toHaveLength(0);
  });

  it('shows progress with counts while importing, and Cancel stops after the rows being written', async () => {
    const { services } = setup();
    const realCreate = services.pupils.create.bind(services.pupils);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    jest.spyOn(services.pupils, 'create').mockImplementation(async (pupil) => {
      await gate;
      return realCreate(pupil);
    });
    await choose(simsRollCsv(rollPupils(6)));
    fireEvent.click(await screen.findByRole('button', { name: 'Check the rows' }, SLOW));
    fireEvent.click(await screen.findByRole('button', { name: 'Import 6 records' }, SLOW));
    expect(await screen.findByText('4. Importing', undefined, SLOW)).toBeTruthy();
    expect(screen.getByText('0 of 6 rows done')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Stopping after the current batch…')).toBeTruthy();
    release();
    expect(await screen.findByText(/The import was cancelled: rows written before it stopped are saved; the rest were not imported. 4 records were written./, undefined, SLOW)).toBeTruthy();
    // Four pupils were being written together when Cancel was pressed; the other two were not started.
    expect((await services.pupils.list()).items).toHaveLength(4);
    expect(screen.getByRole('row', { name: /Not imported \(cancelled\)\s*2$/ })).toBeTruthy();
  });

  it('imports the PIP tracker (Appendix 5 sheet 1) as Draft PIPs for the pupils it names', async () => {
    const roll = rollPupils(2);
    const { services } = setup({ pupils: roll.map((p, i) => pupilRecord(`PH-000${i + 1}`, { firstName: p.forename, lastName: p.surname, id: i + 1 })) });
    const [header, ...rows] = pipTrackerRows(roll);
    const uk = (d: Date): string => d.toISOString().slice(0, 10).split('-').reverse().join('/');
    await choose(toCsv(header as string[], rows.map((r) => r.map((c) => (c instanceof Date ? uk(c) : c === null ? '' : String(c))))), 'PIP tracker.csv');
    expect(await screen.findByText('2. Match the columns', undefined, SLOW)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check the rows' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Import 2 records' }, SLOW));
    expect(await screen.findByText(/2 records were written/, undefined, SLOW)).toBeTruthy();
    const pips = (await services.pips.list()).items;
    expect(pips.map((p) => [p.pupilId, p.status, p.startDate, p.reasons[0]])).toEqual([
      [1, 'Draft', '2026-09-14', 'Medical reason: unfit for full-time education'],
      [2, 'Draft', '2026-09-15', 'Extended period of non-attendance'],
    ]);
  });

  it('shows the problems on their cells before anything is written', async () => {
    const { services } = setup();
    await choose('UPN,Legal Surname,Forename,DOB,NC Year\r\n,Examplar,Ava,31/02/2014,8\r\n');
    fireEvent.click(await screen.findByRole('button', { name: 'Check the rows' }, SLOW));
    expect(await screen.findByText('Row 2, DOB: 31/02/2014 is not a date', undefined, SLOW)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nothing to import' })).toBeTruthy();
    expect((await services.pupils.list()).items).toHaveLength(0);
  });

  it('is offered only to staff who may add pupils', async () => {
    setup({ pruStaff: false });
    expect(await screen.findByText(/Importing records is for PRU staff who may add pupils/, undefined, SLOW)).toBeTruthy();
    expect(screen.queryByLabelText('Choose the file')).toBeNull();
  });

  it('is not offered to a teacher, who is PRU staff but may not add pupils', async () => {
    setup({ pruStaff: true, pupilRights: { canAdd: false, canEdit: false } });
    expect(await screen.findByText(/Importing records is for PRU staff who may add pupils/, undefined, SLOW)).toBeTruthy();
    expect(screen.queryByLabelText('Choose the file')).toBeNull();
  });
});
