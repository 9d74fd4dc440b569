/**
 * The register prefills C2 for a pupil on an active PIP in the sessions outside the agreed timetable
 * (facts sheet §10 rule 7), marks the expected sessions as usual, and still works when PIPs cannot be loaded.
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import type { Pip } from '../../../../../src/domain';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { TakeRegister } from '../../../../../src/webparts/attendance/components/register/TakeRegister';
import { createFakeServices } from '../../../../support/fakeServices';
import { AMARA, LEO } from './fixtures';

setIconOptions({ disableWarnings: true });

/** Friday 20/11/2026 at 09:05 in London: the morning register is open. */
const MORNING = new Date('2026-11-20T09:05:00Z');

const fridayAfternoonOnly: Pip = {
  pupilId: AMARA.id!,
  status: 'Active',
  startDate: '2026-11-02',
  plannedEndDate: '2026-12-18',
  reasons: ['Extended period of non-attendance'],
  interventions: [],
  targets: ['Attend every timetabled session'],
  timetables: [{ effectiveFrom: '2026-11-02', slots: [{ day: 'Friday', start: '13:00', end: '15:00', location: 'Pathways centre', curriculum: 'Art' }] }],
  parentSignOff: { name: 'Grace Okafor', date: '2026-10-30' },
  notBehaviourManagement: true,
};

function setup(pips: Pip[]) {
  const services = createFakeServices({ pupils: [AMARA, LEO], pips, now: MORNING });
  render(
    <AppRoot services={services}>
      <TakeRegister />
    </AppRoot>,
  );
  return services;
}

beforeEach(() => window.localStorage.clear());

describe('Register prefill from Phased Integration Plans', () => {
  it('prefills C2 outside the agreed timetable, unsaved, and saves it with the register', async () => {
    const services = setup([fridayAfternoonOnly]);
    await screen.findByRole('table', { name: /morning \(AM\)/ });
    expect(screen.getByRole('combobox', { name: 'Code, Amara Okafor' })).toHaveProperty('value', 'C2');
    expect(screen.getByText('Prefilled from the part-time timetable, not saved yet')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Code, Leo Brennan' })).toHaveProperty('value', '');

    fireEvent.click(screen.getByRole('radio', { name: 'Afternoon (PM)' }));
    await screen.findByRole('table', { name: /afternoon \(PM\)/ });
    expect(screen.getByRole('combobox', { name: 'Code, Amara Okafor' })).toHaveProperty('value', '');

    fireEvent.click(screen.getByRole('radio', { name: 'Morning (AM)' }));
    await screen.findByRole('table', { name: /morning \(AM\)/ });
    fireEvent.click(screen.getByRole('button', { name: /Mark all unmarked present/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save register' }));
    await screen.findByText(/^Saved 2 marks\./);
    expect(services.attendance.marks.map((m) => [m.pupilId, m.code]).sort()).toEqual([
      [AMARA.id, 'C2'],
      [LEO.id, '/'],
    ]);
  });

  it('prefills nothing for a draft PIP', async () => {
    setup([{ ...fridayAfternoonOnly, status: 'Draft' }]);
    await screen.findByRole('table', { name: /morning \(AM\)/ });
    expect(screen.getByRole('combobox', { name: 'Code, Amara Okafor' })).toHaveProperty('value', '');
  });

  it('says so, and still shows the register, when the PIPs cannot be loaded', async () => {
    const services = createFakeServices({ pupils: [AMARA, LEO], now: MORNING });
    services.pips.activeOn = () => Promise.reject(new Error('SharePoint is busy'));
    render(
      <AppRoot services={services}>
        <TakeRegister />
      </AppRoot>,
    );
    await screen.findByRole('table', { name: /morning \(AM\)/ });
    expect(await screen.findByText(/C2 is not filled in for pupils on part-time timetables: SharePoint is busy/)).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Code, Amara Okafor' })).toHaveProperty('value', '');
  });
});
