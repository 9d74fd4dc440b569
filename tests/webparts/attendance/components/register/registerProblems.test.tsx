/**
 * A register whose stored week items hold values that cannot be read still opens with every other mark; each
 * problem is listed with its list, item and column, and a link to the item on the site.
 */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { TakeRegister } from '../../../../../src/webparts/attendance/components/register/TakeRegister';
import { RecordValidationError } from '../../../../../src/data/errors';
import type { IAttendanceRepository, RegisterSnapshot } from '../../../../../src/data/ports';
import { createFakeServices } from '../../../../support/fakeServices';
import { AMARA, LEO, ZAK } from './fixtures';

setIconOptions({ disableWarnings: true });

test('lists each unreadable value with a link to its item, and still shows the register', async () => {
  const base = createFakeServices({ pupils: [AMARA, LEO, ZAK], now: new Date('2026-11-20T09:45:00Z') });
  const problem = new RecordValidationError('Pathways Attendance', 41, 'PwSessionDetail', 'the value is not valid JSON');
  const attendance: IAttendanceRepository = {
    ...base.attendance,
    register: async (date, session): Promise<RegisterSnapshot> => ({ ...(await base.attendance.register(date, session)), problems: [problem] }),
  };
  render(
    <AppRoot services={{ ...base, attendance }}>
      <TakeRegister />
    </AppRoot>,
  );
  await screen.findByRole('table', { name: /Register for Friday 20\/11\/2026/ });
  const note = (await screen.findByText(/One stored record has a value that cannot be read/)).closest('.pw-plain-message') as HTMLElement;
  const link = await within(note).findByRole('link', { name: 'Pathways Attendance, item 41' });
  expect(link.getAttribute('href')).toBe(`${base.siteUrl.replace(/\/+$/, '')}/Lists/PwAttendance/DispForm.aspx?ID=41`);
  expect(within(note).getByText(/column PwSessionDetail: the value is not valid JSON/)).toBeTruthy();
});
