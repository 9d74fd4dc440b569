/**
 * Pupil names in the Attendance web part open the pupil's record in place (src/ui/pupilRecord): from the register,
 * first-day calling and the cohort figures; the way back returns focus to the name, and the register's unsaved
 * marks are still there. Flags (SEN provision, LAC, CP, Medical, PIP) beside each name in the register. axe on each.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { Attendance } from '../../../../src/webparts/attendance/components/Attendance';
import { createFakeServices, type FakeData } from '../../../support/fakeServices';
import { openRecordAndReturn, seriousViolations } from '../../../support/pupilRecordLinks';
import { pipRecord } from '../../../support/pipBuilder';
import { AMARA, LEO, ZAK } from './register/fixtures';
import { NOW, marks, pupils, schools } from './insights/insightsFixtures';

setIconOptions({ disableWarnings: true });
// The whole record renders and axe reads it: slow in jsdom on a shared machine.

/** Friday 20/11/2026 at 09:45 in London: the morning register has closed (09:30), first-day calling is shown. */
const AFTER_CLOSE = new Date('2026-11-20T09:45:00Z');

function setup(data: FakeData) {
  const services = createFakeServices(data);
  const view = render(
    <AppRoot services={services}>
      <Attendance />
    </AppRoot>,
  );
  return { services, ...view };
}

const violations = seriousViolations;
const openAndReturn = (name: HTMLElement, record: string, container: HTMLElement, axe = false): Promise<void> =>
  openRecordAndReturn({ name, record, webPart: 'Attendance', back: 'Back to Attendance', container, axe });

beforeEach(() => window.localStorage.clear());

describe('pupil names in the register', () => {
  it('show the flags and open the record in place; back keeps the unsaved marks and returns focus', async () => {
    const amara = { ...AMARA, senProvision: 'E' as const, lac: true, medical: true };
    const { container } = setup({ pupils: [amara, LEO, ZAK], pips: [pipRecord(LEO.id as number, { id: 1 })], now: AFTER_CLOSE });
    const table = await screen.findByRole('table', { name: /Register for Friday 20\/11\/2026, morning \(AM\)/ });
    const amaraRow = within(table).getByRole('rowheader', { name: /Okafor, Amara/ });
    expect(amaraRow.textContent).toContain('Flags: EHC plan · LAC · Medical');
    expect(within(table).getByRole('rowheader', { name: /Brennan, Leo/ }).textContent).toContain('Flags: PIP');
    expect(within(table).getByRole('rowheader', { name: /Adeyemi, Zak/ }).textContent).not.toContain('Flags');
    expect(await violations(container)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Present, Zak Adeyemi' }));
    await openAndReturn(within(amaraRow).getByRole('button', { name: 'Okafor, Amara' }), 'Okafor, Amara', container, true);
    expect(screen.getByRole('button', { name: 'Present, Zak Adeyemi' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('in first-day calling open the record in place too', async () => {
    const { container } = setup({ pupils: [AMARA, LEO, ZAK], now: AFTER_CLOSE });
    const calling = await screen.findByRole('table', { name: /pupils? to call about/ });
    await openAndReturn(within(calling).getByRole('button', { name: 'Okafor, Amara' }), 'Okafor, Amara', container);
  });
});

describe('pupil names in the attendance figures', () => {
  it('open the record from the persistent absentees', async () => {
    const { container } = setup({ pupils, schools, marks, now: NOW });
    fireEvent.click(await screen.findByRole('tab', { name: 'Pupils, cohort and alerts' }));
    fireEvent.click(await screen.findByRole('tab', { name: 'Cohort' }, { timeout: 30000 }));
    const absentees = await screen.findByRole('table', { name: /Persistent absentees/ }, { timeout: 30000 });
    await openAndReturn(within(absentees).getByRole('button', { name: 'Marlow, Kit' }), 'Marlow, Kit', container);
  });

  it('open the record from every pupil in the cohort’s date range', async () => {
    const { container } = setup({ pupils, schools, marks, now: NOW });
    fireEvent.click(await screen.findByRole('tab', { name: 'Pupils, cohort and alerts' }));
    fireEvent.click(await screen.findByRole('tab', { name: 'Cohort' }, { timeout: 30000 }));
    const every = await screen.findByRole('table', { name: /^Every pupil on roll/ }, { timeout: 30000 });
    await openAndReturn(within(every).getByRole('button', { name: 'Pellew, Rowan' }), 'Pellew, Rowan', container);
  });
});
