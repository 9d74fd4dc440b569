/**
 * The parent/carer's written agreement in the PIPs web part (in-memory services): a draft is not made active on a
 * name and date alone; the signed form is uploaded, filed in the pupil's folder of the Letters library and linked
 * from the PIP, which then becomes active; the PIP shows who agreed, how, and opens the form; axe on the form.
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { Pips } from '../../../../../src/webparts/pips/components/Pips';
import { createFakeServices } from '../../../../support/fakeServices';
import type { FakePips } from '../../../../support/fakePips';
import type { FakeLetters } from '../../../../support/fakeLetters';
import { pipRecord } from '../../../../support/pipBuilder';
import { KIT, NOW, SAM, SAM_PIP } from '../pipFixtures';

setIconOptions({ disableWarnings: true });

const KIT_DRAFT = pipRecord(3, { id: 2, status: 'Draft', startDate: '2026-11-23', plannedEndDate: '2027-02-12', parentSignOff: { name: 'Alex Marlow', date: '2026-11-19' } });
KIT_DRAFT.timetables = [{ effectiveFrom: '2026-11-23', slots: KIT_DRAFT.timetables[0].slots }];

function setup() {
  const services = createFakeServices({ pupils: [SAM, KIT], pips: [SAM_PIP, KIT_DRAFT], now: NOW });
  const view = render(
    <AppRoot services={services}>
      <Pips />
    </AppRoot>,
  );
  return { services, pips: services.pips as FakePips, letters: services.letters as FakeLetters, ...view };
}

const press = (text: string) => fireEvent.click(screen.getByText(text, { selector: 'button *, button' }));

async function openKitsDraft(): Promise<void> {
  fireEvent.change(await screen.findByRole('combobox', { name: 'Show' }), { target: { value: 'Draft' } });
  fireEvent.click(await screen.findByRole('button', { name: 'Open the PIP for Kit Marlow' }));
  await screen.findByRole('heading', { name: 'PIP for Kit Marlow (PH-0003)' });
  press('Change the PIP');
  await screen.findByText(/Change the PIP for Kit Marlow/, { selector: 'h2' });
}

describe("the parent/carer's written agreement to a PIP", () => {
  it('is required before the PIP becomes active: a name and date alone, or "uploaded" without the form, is refused', async () => {
    const { pips, letters } = setup();
    await openKitsDraft();
    fireEvent.click(screen.getByLabelText('Active (agreed and in force)'));
    press('Save changes');
    expect((await screen.findAllByText('Give the relationship to the pupil of the person who agreed (for example Mother, Foster carer)')).length).toBeGreaterThan(0);
    expect(screen.getAllByText('Choose how the written agreement was given: a signed form uploaded, or recorded in Pathways Hub').length).toBeGreaterThan(0);
    expect(pips.pips.find((p) => p.id === 2)?.status).toBe('Draft');

    fireEvent.change(screen.getByLabelText('Relationship to the pupil'), { target: { value: 'Father' } });
    fireEvent.click(screen.getByLabelText('A signed form (scan or photo), uploaded here'));
    press('Save changes');
    expect((await screen.findAllByText("Upload the signed agreement form (a scan or photo): it is filed in the pupil's folder")).length).toBeGreaterThan(0);
    // A file that is not a scan or photo is refused at the field, nothing filed.
    fireEvent.change(screen.getByLabelText('Signed agreement form'), { target: { files: [new File(['MZ'], 'agreement.exe', { type: 'application/octet-stream' })] } });
    press('Save changes');
    expect((await screen.findAllByText("'agreement.exe' is not a PDF, a photo (JPEG or PNG) or a Word document: choose the scan or photo of the signed form")).length).toBeGreaterThan(0);
    expect(letters.letters).toHaveLength(0);
    expect(pips.pips.find((p) => p.id === 2)?.status).toBe('Draft');
  });

  it('files the signed form in the pupil’s folder and makes the PIP active, which then shows who agreed and how', async () => {
    const { pips, letters, container } = setup();
    await openKitsDraft();
    fireEvent.click(screen.getByLabelText('Active (agreed and in force)'));
    fireEvent.change(screen.getByLabelText('Relationship to the pupil'), { target: { value: 'Father' } });
    fireEvent.click(screen.getByLabelText('A signed form (scan or photo), uploaded here'));
    fireEvent.change(screen.getByLabelText('Signed agreement form'), { target: { files: [new File(['%PDF-1.7 signed'], 'scan0001.pdf', { type: 'application/pdf' })] } });
    expect(screen.getByText(/Chosen: scan0001\.pdf\./)).toBeTruthy();
    const group = container.querySelector('[aria-labelledby="pip-agreement-heading"]') as HTMLElement;
    const results = await axe.run(group, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    press('Save changes');

    await screen.findByText('The changes were saved.');
    expect(letters.letters).toEqual([
      expect.objectContaining({ pupilId: 3, pipId: 2, kind: 'PIP agreement', letterDate: '2026-11-19', url: '/sites/pathways/PwLetters/PH-0003/PIP agreement, PIP from 23-11-2026, signed 19-11-2026.pdf' }),
    ]);
    const saved = pips.pips.find((p) => p.id === 2);
    expect(saved?.status).toBe('Active');
    expect(saved?.parentSignOff).toEqual({ name: 'Alex Marlow', date: '2026-11-19', relationship: 'Father', method: 'Signed form uploaded', fileId: letters.letters[0].id });
    expect(await screen.findByText('Alex Marlow (Father), 19/11/2026: signed form filed in the pupil’s folder')).toBeTruthy();
    expect(screen.getByText('Open the signed agreement form', { selector: 'button *' })).toBeTruthy();
  });

  it('can be recorded in Pathways Hub by the member of staff it was given to', async () => {
    const { pips } = setup();
    await openKitsDraft();
    fireEvent.change(screen.getByLabelText('Relationship to the pupil'), { target: { value: 'Father' } });
    fireEvent.click(screen.getByLabelText(/Written in Pathways Hub/));
    expect((screen.getByLabelText('Recorded by (member of staff)') as HTMLInputElement).value).toBe('Attendance Officer');
    fireEvent.click(screen.getByLabelText('Active (agreed and in force)'));
    press('Save changes');
    await screen.findByText('The changes were saved.');
    expect(pips.pips.find((p) => p.id === 2)?.parentSignOff).toMatchObject({ method: 'Recorded in Pathways Hub', recordedBy: 'Attendance Officer' });
    expect(await screen.findByText('Alex Marlow (Father), 19/11/2026: recorded in Pathways Hub by Attendance Officer')).toBeTruthy();
  });
});
