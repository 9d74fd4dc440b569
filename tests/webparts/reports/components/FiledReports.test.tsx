/**
 * Sharing a filed termly progress report from the pupil record: with the parent or carer (how they had it, required)
 * and the home school's named staff (told through the notification service); the record then shows when, by whom,
 * to whom. axe over the open share form.
 */
import * as React from 'react';
import * as axe from 'axe-core';
import { TextEncoder as UtilTextEncoder } from 'util';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { ProgressReportSection } from '../../../../src/webparts/reports/components/progress/ProgressReportSection';
import type { Saved } from '../../../../src/data/ports';
import type { Pupil } from '../../../../src/domain';
import { createFakeServices } from '../../../support/fakeServices';
import type { FakeNotifications } from '../../../support/fakeMeetings';
import { settings } from '../../../support/progressReportFixture';
import { pupilRecord } from '../../../support/pupilBuilder';
import { aContact, aSchool } from '../../../support/schoolBuilders';

setIconOptions({ disableWarnings: true });
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder: UtilTextEncoder });
jest.mock('../../../../src/ui/charts/svgToPng', () => ({ chartPictureIn: async () => undefined }));

async function violations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('Sharing a termly progress report', () => {
  it('records the parent’s copy and tells the home school’s named staff; the record shows when, by whom, to whom', async () => {
    const pupil = { ...pupilRecord('PH-0031', { homeSchoolId: 5 }), id: 31, etag: '"1"' } as Saved<Pupil>;
    const services = createFakeServices({
      settings,
      pupils: [pupil],
      schools: [aSchool({ id: 5, name: 'Example Academy' })],
      contacts: [aContact({ schoolId: 5, fullName: 'Kit Harrow', email: 'k.harrow@example-academy.example.sch.uk' }), aContact({ schoolId: 5, fullName: 'No Mail', email: 'no.mail@example-academy.example.sch.uk', notify: false })],
    });
    const { container } = render(
      <AppRoot services={services}>
        <ProgressReportSection pupil={pupil} homeSchool="Example Academy" today="2026-11-20" />
      </AppRoot>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Prepare a progress report' }));
    expect(await screen.findByText('No progress report has been filed for this pupil yet.')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Save in the pupil’s folder' }));
    const filed = within((await screen.findByRole('heading', { name: 'Reports filed' })).closest('section') as HTMLElement);
    expect(await filed.findByText('Not shared yet.')).toBeTruthy();

    fireEvent.click(filed.getByRole('button', { name: 'Share…' }));
    fireEvent.click(filed.getByRole('checkbox', { name: 'The parent or carer' }));
    fireEvent.click(filed.getByRole('checkbox', { name: 'The home school: tell Kit Harrow by e-mail, with the link' }));
    fireEvent.click(filed.getByRole('button', { name: 'Share the report' }));
    expect(await filed.findByText('Choose how the parent or carer had the report.')).toBeTruthy();
    expect(await violations(container)).toEqual([]);
    fireEvent.click(filed.getByRole('combobox', { name: /How they had it/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Given in person' }));
    fireEvent.click(filed.getByRole('button', { name: 'Share the report' }));

    expect(await filed.findByText('Recorded as shared with the parent or carer and the home school (Kit Harrow told by e-mail).')).toBeTruthy();
    expect(
      await filed.findByText(
        'Shared — Parent or carer: 20/11/2026, given in person, by Attendance Officer. Home school: 20/11/2026, by Attendance Officer; told Kit Harrow (k.harrow@example-academy.example.sch.uk).',
      ),
    ).toBeTruthy();
    const [mail] = (services.notifications as FakeNotifications).log;
    expect(mail.recipients).toEqual(['k.harrow@example-academy.example.sch.uk']);
    expect(mail.linkUrl).toBe('https://contoso.example/sites/pathways/PwLetters/PH-0031/PH-0031%20progress%20report%20Autumn%20term%202026-27.docx');
    expect(`${mail.subject} ${mail.message}`).not.toMatch(/FirstPH0031|LastPH0031/);
  });
});
