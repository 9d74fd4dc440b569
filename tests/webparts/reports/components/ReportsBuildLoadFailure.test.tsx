/**
 * The leaders' report is built when asked for, its code (`reports-leaders-build`) loaded then. When that code cannot
 * be loaded (the network dropped, a new version deployed), the person is told in words where the report would be,
 * and the rest of the page (the period, the version filed, the progress reports for a group) goes on working.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { Reports } from '../../../../src/webparts/reports/components/Reports';
import { createFakeServices } from '../../../support/fakeServices';
import { leadersInput, leadersSettings } from '../../../support/leadersReportFixture';
import { aSchool } from '../../../support/schoolBuilders';

setIconOptions({ disableWarnings: true });

// As webpack answers an import() whose chunk cannot be fetched.
jest.mock('../../../../src/webparts/reports/components/leaders/PeriodReport', () => {
  throw Object.assign(new Error('Loading chunk reports-leaders-build failed.'), { name: 'ChunkLoadError' });
});

describe('Reports when the code that builds the leaders’ report cannot be loaded', () => {
  it('says so where the report would be; the choices, the filed version and the group reports stay usable', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined); // React logs the error the boundary caught
    const input = leadersInput();
    const services = createFakeServices({ settings: leadersSettings, permissions: ['edit-settings'], pruStaff: true, pupils: input.pupils.map((p) => ({ ...p })), schools: [aSchool({ id: 5, name: 'Example Academy' })] });
    const marks = jest.spyOn(services.attendance, 'marksForYear');
    render(
      <AppRoot services={services}>
        <Reports />
      </AppRoot>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Build the report for this period' }, { timeout: 20000 }));
    expect(await screen.findByText(/Something went wrong in this part of the page: Loading chunk reports-leaders-build failed\./)).toBeTruthy();
    expect(marks).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('radio', { name: 'Governors (no names)' }));
    expect(await screen.findByText(/^Not filed yet: this version for this period/)).toBeTruthy();
    const section = within((await screen.findByRole('heading', { name: 'Termly progress reports for a group' })).closest('section') as HTMLElement);
    expect(await section.findByRole('combobox', { name: /^Home school/ })).toBeTruthy();
  });
});
