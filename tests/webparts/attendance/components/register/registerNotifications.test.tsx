/**
 * After a register save the home schools are told (useRegisterSave → services.attendanceNotifier): the save is
 * never held up by it, and a message that could not be sent is said in the register's status.
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { TakeRegister } from '../../../../../src/webparts/attendance/components/register/TakeRegister';
import type { AttendanceNotifySummary, IAttendanceNotifier } from '../../../../../src/data/ports';
import { createFakeServices } from '../../../../support/fakeServices';
import { AMARA, LEO, ZAK } from './fixtures';

setIconOptions({ disableWarnings: true });

const AFTER_CLOSE = new Date('2026-11-20T09:45:00Z');
const summary = (over: Partial<AttendanceNotifySummary> = {}): AttendanceNotifySummary => ({ checked: 1, sent: 0, failed: 0, noRecipient: 0, problems: [], ...over });

function setup(notifier: IAttendanceNotifier) {
  const services = { ...createFakeServices({ pupils: [AMARA, LEO, ZAK], now: AFTER_CLOSE }), attendanceNotifier: notifier };
  render(
    <AppRoot services={services}>
      <TakeRegister />
    </AppRoot>,
  );
  return services;
}

beforeEach(() => window.localStorage.clear());

describe('telling home schools after a register save', () => {
  it('hands the saved register to the notifier once', async () => {
    const afterRegisterSave = jest.fn(async () => summary({ sent: 1 }));
    setup({ afterRegisterSave });
    await screen.findByRole('table', { name: /Register for Friday 20\/11\/2026/ });
    fireEvent.click(screen.getByRole('button', { name: 'No reason yet (N), Leo Brennan' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save register' }));
    expect(await screen.findByText('Saved 1 mark.')).toBeTruthy();
    expect(afterRegisterSave).toHaveBeenCalledTimes(1);
    const [request, result] = afterRegisterSave.mock.calls[0] as unknown as Parameters<IAttendanceNotifier['afterRegisterSave']>;
    expect(request.marks.map((m) => [m.pupilId, m.code])).toEqual([[2, 'N']]);
    expect(result.saved).toEqual([2]);
    expect(screen.getByRole('status').textContent).toBe('Saved 1 mark.');
  });

  it('says when a message could not be sent, and where to send it again', async () => {
    const problem = 'Could not send the e-mail: the administrator has not approved the "Mail.Send" permission for Pathways Hub.';
    setup({ afterRegisterSave: async () => summary({ failed: 1, problems: [problem] }) });
    await screen.findByRole('table', { name: /Register for Friday 20\/11\/2026/ });
    fireEvent.click(screen.getByRole('button', { name: 'No reason yet (N), Leo Brennan' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save register' }));
    expect(await screen.findByText(/1 message to home schools could not be sent/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      `Saved 1 mark. 1 message to home schools could not be sent (${problem}); staff can send it again from Notifications in Review meetings.`,
    );
  });

  it('a notifier that fails does not undo the save', async () => {
    setup({ afterRegisterSave: async () => Promise.reject(new Error('Could not load the settings')) });
    await screen.findByRole('table', { name: /Register for Friday 20\/11\/2026/ });
    fireEvent.click(screen.getByRole('button', { name: 'No reason yet (N), Leo Brennan' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save register' }));
    expect(await screen.findByText(/Home schools could not be told about this register \(Could not load the settings\)/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Saved 1 mark.');
  });
});
