/**
 * After a register save, the attendance stage cached on each saved pupil (what home schools see in their list view)
 * is brought up to date, without holding the save up; a failure is said in the register's status.
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { TakeRegister } from '../../../../../src/webparts/attendance/components/register/TakeRegister';
import type { IPupilSummaryService } from '../../../../../src/data/ports';
import { createFakeServices } from '../../../../support/fakeServices';
import { AMARA, LEO, ZAK } from './fixtures';

setIconOptions({ disableWarnings: true });

function setup(pupilSummaries: IPupilSummaryService): void {
  const services = { ...createFakeServices({ pupils: [AMARA, LEO, ZAK], now: new Date('2026-11-20T09:45:00Z') }), attendanceNotifier: undefined, pupilSummaries };
  render(
    <AppRoot services={services}>
      <TakeRegister />
    </AppRoot>,
  );
}

async function saveOneMark(): Promise<void> {
  await screen.findByRole('table', { name: /Register for Friday 20\/11\/2026/ });
  fireEvent.click(screen.getByRole('button', { name: 'No reason yet (N), Leo Brennan' }));
  fireEvent.click(screen.getByRole('button', { name: 'Save register' }));
  expect(await screen.findByText(/Saved 1 mark\./)).toBeTruthy();
}

beforeEach(() => window.localStorage.clear());

test('refreshes the saved pupils’ summaries once', async () => {
  const refresh = jest.fn(async (ids?: readonly number[]) => ({ checked: ids?.length ?? 0, updated: 1, failures: [] }));
  setup({ refresh });
  await saveOneMark();
  expect(refresh).toHaveBeenCalledWith([2]);
  expect(screen.getByRole('status').textContent).toBe('Saved 1 mark.');
});

test('says so when the summary could not be updated, and keeps the save', async () => {
  setup({ refresh: async () => Promise.reject(new Error('SharePoint is busy')) });
  await saveOneMark();
  expect(await screen.findByText(/attendance stage shown to home schools was not updated \(SharePoint is busy\)/)).toBeTruthy();
  expect(screen.getByRole('status').textContent).toContain('Saved 1 mark.');
});
