/**
 * What loads at a save, not with the register: the after-save work (telling home schools, the attendance stage they
 * see) and the sending of registers kept on this device. When their code cannot load, the save is still saved and
 * the register says what did not happen; a register waiting to be sent stays waiting (a connection failure).
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { TakeRegister } from '../../../../../src/webparts/attendance/components/register/TakeRegister';
import { loadSender } from '../../../../../src/webparts/attendance/components/register/useOfflineRegisters';
import { isConnectionFailure } from '../../../../../src/ui/offline/connection';
import { createFakeServices } from '../../../../support/fakeServices';
import { AMARA, LEO, ZAK } from './fixtures';

jest.mock('../../../../../src/webparts/attendance/components/register/afterSave', () => {
  throw new Error('Loading chunk attendance-after-save failed.');
});
jest.mock('../../../../../src/webparts/attendance/components/register/sendQueuedRegister', () => {
  throw new Error('Loading chunk attendance-offline-send failed.');
});

const AFTER_CLOSE = new Date('2026-11-20T09:45:00Z');

beforeEach(() => window.localStorage.clear());

it('saves the register when the after-save code cannot load, and says home schools were not told', async () => {
  const afterRegisterSave = jest.fn();
  const services = { ...createFakeServices({ pupils: [AMARA, LEO, ZAK], now: AFTER_CLOSE }), attendanceNotifier: { afterRegisterSave } };
  render(
    <AppRoot services={services}>
      <TakeRegister />
    </AppRoot>,
  );
  await screen.findByRole('table', { name: /Register for Friday 20\/11\/2026/ });
  fireEvent.click(screen.getByRole('button', { name: 'No reason yet (N), Leo Brennan' }));
  fireEvent.click(screen.getByRole('button', { name: 'Save register' }));
  expect(
    await screen.findByText(/^Saved 1 mark\. Home schools could not be told about this register, and the attendance stage they see was not updated \(.*attendance-after-save failed\)\.$/),
  ).toBeTruthy();
  expect(afterRegisterSave).not.toHaveBeenCalled();
  expect((await services.attendance.register('2026-11-20', 'AM')).entries.find((e) => e.pupilId === LEO.id)?.mark?.code).toBe('N');
});

it('treats sending code that cannot load as a connection failure (the register stays waiting)', async () => {
  const failure = await loadSender().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(failure).toMatchObject({ kind: 'network' });
  expect(isConnectionFailure(failure)).toBe(true);
});
