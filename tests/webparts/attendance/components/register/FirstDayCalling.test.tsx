/**
 * First-day calling: who is to be called, their parent and emergency contacts, who has been called today and what
 * was said, and recording a call (with the rules: the reason when given, the follow-up when unexplained).
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { DEFAULT_SETTINGS } from '../../../../../src/domain';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { FirstDayCalling } from '../../../../../src/webparts/attendance/components/register/FirstDayCalling';
import { buildRows } from '../../../../../src/webparts/attendance/components/register/registerModel';
import { createFakeServices } from '../../../../support/fakeServices';
import { FakeParentContacts } from '../../../../support/fakeParentContacts';
import { AMARA, DATE, LEO, saved, STAFF, ZAK } from './fixtures';

setIconOptions({ disableWarnings: true });

const AMARA_WITH_EMERGENCY = { ...AMARA, emergencyContacts: [{ name: 'Ruth Okafor', relationship: 'Aunt', phone: '07700 900456' }] };

function setup() {
  const services = createFakeServices({
    now: new Date('2026-11-20T09:45:00Z'),
    parentContacts: [
      { pupilId: 3, at: '2026-11-20T09:35:00Z', day: DATE, kind: 'Parent or carer called', withWhom: 'Dee Adeyemi (father)', outcome: 'Reason given', reason: 'Dentist at 10:00', expectedReturn: DATE, recordedBy: STAFF },
    ],
  });
  const rows = buildRows({ pupils: [AMARA_WITH_EMERGENCY, LEO, ZAK].map(saved), snapshot: { date: DATE, session: 'AM', entries: [] }, draft: { '2': { code: 'I' } }, settings: DEFAULT_SETTINGS });
  const view = render(
    <AppRoot services={services}>
      <FirstDayCalling rows={rows} date={DATE} closedAt="09:30" sessionLabel="morning" />
    </AppRoot>,
  );
  return { services, ...view };
}

test('shows each pupil to call with their parent and emergency contacts, and who has been called today', async () => {
  const { container } = setup();
  const table = await screen.findByRole('table', { name: '2 pupils to call about; 1 called today' });
  const zak = within(table).getByRole('rowheader', { name: 'Adeyemi, Zak' }).closest('tr')!;
  await waitFor(() => expect(zak.textContent).toContain('Dee Adeyemi (father), 09:35: reason given, Dentist at 10:00 (back 20/11/2026)'));
  const amara = within(table).getByRole('rowheader', { name: 'Okafor, Amara' }).closest('tr')!;
  expect(amara.textContent).toContain('Not called yet');
  expect(within(amara).getByRole('link', { name: '07700 900456' }).getAttribute('href')).toBe('tel:07700900456');
  expect(amara.textContent).toContain('Ruth Okafor (Aunt)');
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('records a call: an unexplained absence needs its follow-up day, then the list shows what was said', async () => {
  const { services } = setup();
  fireEvent.click(await screen.findByRole('button', { name: 'Record a contact, Amara Okafor' }));
  // The form's code loads when first opened.
  const form = await screen.findByRole('form', { name: 'Contact with home about Amara Okafor' });
  expect((within(form).getByRole('textbox', { name: /Spoke to/ }) as HTMLInputElement).value).toBe('Grace Okafor');
  fireEvent.change(within(form).getByRole('textbox', { name: /Time/ }), { target: { value: '09:40' } });
  fireEvent.click(within(form).getByRole('combobox', { name: /Outcome/ }));
  fireEvent.click(await screen.findByRole('option', { name: 'No answer' }));
  fireEvent.click(within(form).getByRole('button', { name: 'Save the contact' }));
  expect(await within(form).findByText('The absence is still unexplained: enter the day to follow it up (no answer)')).toBeTruthy();
  expect((services.parentContacts as FakeParentContacts).added).toHaveLength(0);

  fireEvent.change(within(form).getByRole('textbox', { name: /Follow up on/ }), { target: { value: '20/11/2026' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save the contact' }));
  expect(await screen.findByText("The contact with Amara Okafor's home is recorded.")).toBeTruthy();
  expect((services.parentContacts as FakeParentContacts).added[0]).toMatchObject({ pupilRef: 'PW0001', contact: { outcome: 'No answer', followUpOn: DATE, at: '2026-11-20T09:40:00.000Z' } });
  const amara = (await screen.findByRole('rowheader', { name: 'Okafor, Amara' })).closest('tr')!;
  await waitFor(() => expect(amara.textContent).toContain('Grace Okafor, 09:40: no answer; follow up on 20/11/2026'));
});
