/**
 * The leaver's common transfer file on the pupil record: when it is due (15 school days from the calendar), what
 * is missing before one can be made, making one (filed in the pupil's folder), downloading it, and recording the
 * day it was sent. The real transfer service runs over the fake repositories.
 */
import * as React from 'react';
import { TextEncoder as UtilTextEncoder } from 'util';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { TransferSection } from '../../../../src/webparts/pupilRegister/components/record/TransferSection';
import type { Saved } from '../../../../src/data/ports';
import type { Pupil } from '../../../../src/domain';
import { createFakeServices } from '../../../support/fakeServices';
import { pupilRecord, UPNS } from '../../../support/pupilBuilder';
import { settingsWith } from '../../../support/settingsBuilders';
import { fieldError, press, type } from './enrolForms';

setIconOptions({ disableWarnings: true });
// jsdom lacks TextEncoder, which every browser SharePoint supports: the service encodes the file with it.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder: UtilTextEncoder });

const leaver = pupilRecord('PH-0007', { id: 7, upn: UPNS[0], firstName: 'Robin', lastName: 'Example', enrolmentDate: '2026-09-02', leavingDate: '2026-11-13', leavingDestination: 'Another mainstream school' });

function renderSection(dfeNumber: string | null = '9991100') {
  const settings = settingsWith();
  const services = createFakeServices({ pupils: [leaver], settings: { ...settings, service: { ...settings.service, dfeNumber: dfeNumber ?? undefined } } });
  const saved = { ...leaver, id: 7, etag: '"1"' } as Saved<Pupil>;
  render(
    <AppRoot services={services}>
      <TransferSection pupil={saved} today="2026-11-20" />
    </AppRoot>,
  );
  return services;
}

describe('Common transfer file on the leaver’s record', () => {
  it('says when it is due, makes it for the destination school, and records the day it was sent', async () => {
    const services = renderSection();
    expect(await screen.findByText('Due by 04/12/2026 (15 school days after leaving). Not made yet.')).toBeTruthy();

    press('Make the common transfer file');
    expect(await screen.findByText('Choose the pupil’s sex as on the admission register: every CTF carries it')).toBeTruthy();
    expect(fieldError(/DfE number of the destination/)).toContain('Enter the DfE number');
    expect((await services.letters.forPupil(7)).items).toEqual([]);

    fireEvent.click(screen.getByLabelText('Female'));
    type(/DfE number of the destination/, '823/4102');
    press('Make the common transfer file');
    expect(await screen.findByText(/9991100_CTF_8234102_001\.xml was made and filed in Robin Example’s folder/)).toBeTruthy();
    expect(await screen.findByText(/Made on 20\/11\/2026 \(9991100_CTF_8234102_001\.xml\); not yet recorded as sent\./)).toBeTruthy();
    const filed = (await services.letters.forPupil(7)).items;
    expect(filed.map((f) => [f.kind, f.fileName])).toEqual([['Common transfer file', '9991100_CTF_8234102_001.xml']]);

    type('Day 9991100_CTF_8234102_001.xml was sent', '21/11/2026');
    press('Record as sent');
    expect(await screen.findByText('The day it was sent cannot be in the future')).toBeTruthy();
    type('Day 9991100_CTF_8234102_001.xml was sent', '20/11/2026');
    press('Record as sent');
    expect(await screen.findByText('Sent on 20/11/2026 (9991100_CTF_8234102_001.xml); it was due by 04/12/2026.')).toBeTruthy();
    expect((await services.letters.forPupil(7)).items[0].sentOn).toBe('2026-11-20');
  });

  it('makes one for a destination not known, named MMMMMMM', async () => {
    const services = renderSection();
    await screen.findByText(/Not made yet/);
    fireEvent.click(screen.getByLabelText('Male'));
    fireEvent.click(screen.getByLabelText('Not known (the file goes to the lost pupils area)'));
    press('Make the common transfer file');
    await screen.findByText(/9991100_CTF_MMMMMMM_001\.xml was made/);
    await waitFor(async () => expect((await services.letters.forPupil(7)).items).toHaveLength(1));
  });

  it('asks for the service’s DfE number in Settings before anything can be made', async () => {
    renderSection(null);
    expect(await screen.findByText(/Enter the service’s DfE number \(LA and establishment number\) in Settings/)).toBeTruthy();
    expect(screen.queryByText('Make the common transfer file')).toBeNull();
  });
});
