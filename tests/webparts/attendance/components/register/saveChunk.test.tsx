/**
 * The register's save (registerSaving.ts, chunk `attendance-save`) is not on the first screen: it starts loading with
 * the first mark entered and is awaited at Save. When it cannot load (no connection), the save is kept on this device
 * as a save that finds no connection is, and shown waiting.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { TakeRegister } from '../../../../../src/webparts/attendance/components/register/TakeRegister';
import { createFakeServices } from '../../../../support/fakeServices';
import { AMARA, LEO, ZAK } from './fixtures';

const SAVING = '../../../../../src/webparts/attendance/components/register/registerSaving';
const control = { loads: 0, fail: false };

jest.mock('../../../../../src/webparts/attendance/components/register/registerSaving', () => {
  control.loads++;
  if (control.fail) throw Object.assign(new Error('Loading chunk attendance-save failed.'), { name: 'ChunkLoadError' });
  return jest.requireActual(SAVING) as unknown;
});
// With no connection the sending code cannot load either: the first screen keeps the register itself (keepRegister).
jest.mock('../../../../../src/webparts/attendance/components/register/OfflineRegisters', () => {
  if (control.fail) throw Object.assign(new Error('Loading chunk attendance-offline failed.'), { name: 'ChunkLoadError' });
  return jest.requireActual('../../../../../src/webparts/attendance/components/register/OfflineRegisters') as unknown;
});

/** Friday 20/11/2026 at 09:05 in London (GMT): the morning register is open. */
const MORNING = new Date('2026-11-20T09:05:00Z');

function setup() {
  const services = createFakeServices({ pupils: [AMARA, LEO, ZAK], now: MORNING });
  render(
    <AppRoot services={services}>
      <TakeRegister />
    </AppRoot>,
  );
  return services;
}

const findRegister = () => screen.findByRole('table', { name: /Register for Friday 20\/11\/2026, morning \(AM\)/ });
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

beforeEach(() => {
  window.localStorage.clear();
  control.loads = 0;
});

it('keeps the register on this device, shown waiting, when the save code cannot load at Save', async () => {
  control.fail = true;
  const services = setup();
  const saveRegister = jest.spyOn(services.attendance, 'saveRegister');
  await findRegister();
  press('Medical appointment (M), Leo Brennan');
  press('Save register');
  expect(await screen.findByText(/^No connection: this register is kept on this device/)).toBeTruthy();
  expect(await screen.findByText('1 register waiting to be saved — it will be sent again shortly.')).toBeTruthy();
  expect(saveRegister).not.toHaveBeenCalled();
  expect(control.loads).toBeGreaterThanOrEqual(2); // tried with the first mark, and again at Save
  const kept = JSON.parse(window.localStorage.getItem('pathwaysHub.offlineQueue.v2') ?? '[]') as { kind: string; id: string; payload: { marks: { pupilId: number; code: string }[] } }[];
  expect(kept.map((k) => [k.kind, k.id])).toEqual([['register', '2026-11-20|AM']]);
  expect(kept[0].payload.marks).toEqual([expect.objectContaining({ pupilId: LEO.id, code: 'M' })]);
  control.fail = false;
});

it('does not load the save code before the first mark, loads it with the first mark, and saves with it', async () => {
  const services = setup();
  await findRegister();
  await new Promise((r) => setTimeout(r, 50));
  expect(control.loads).toBe(0);
  press('Medical appointment (M), Leo Brennan');
  await waitFor(() => expect(control.loads).toBe(1));
  press('Save register');
  expect(await screen.findByText('Saved 1 mark.')).toBeTruthy();
  expect((await services.attendance.register('2026-11-20', 'AM')).entries.find((e) => e.pupilId === LEO.id)?.mark?.code).toBe('M');
});
