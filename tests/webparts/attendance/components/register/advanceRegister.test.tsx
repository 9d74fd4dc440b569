/**
 * A register ahead of today holds only what is known ahead: its rules (domain advanceMarks.ts, chunk
 * `attendance-advance`) load with such a register, beside its marks, and apply as before. (That they are not in the
 * first load is measured by npm run bench:bundle: under jest the domain's index loads every module.)
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { TakeRegister } from '../../../../../src/webparts/attendance/components/register/TakeRegister';
import { createFakeServices } from '../../../../support/fakeServices';
import { AMARA, LEO, ZAK } from './fixtures';

/** Thursday 19/11/2026 at 09:05 in London: Friday 20/11/2026 is ahead. */
const THURSDAY = new Date('2026-11-19T09:05:00Z');

const open = (initialDate?: string) =>
  render(
    <AppRoot services={createFakeServices({ pupils: [AMARA, LEO, ZAK], now: THURSDAY })}>
      <TakeRegister initialDate={initialDate} initialSession="AM" />
    </AppRoot>,
  );

it('applies the rules of a register ahead once such a date is opened', async () => {
  open('2026-11-20');
  await screen.findByRole('table', { name: /Register for Friday 20\/11\/2026/ });
  fireEvent.click(screen.getByRole('button', { name: 'Present, Amara Okafor' }));
  expect(await screen.findByText(/20\/11\/2026 has not happened yet and the register records what happened: \/ cannot be entered ahead/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Medical appointment (M), Leo Brennan' }));
  expect(await screen.findByText(/^Say why M is known ahead/)).toBeTruthy();
});
