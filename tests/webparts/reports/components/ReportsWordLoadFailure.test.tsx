/**
 * On Reports, what only a click needs loads on that click: the cohort's runner (records, Word maker, chart, comments)
 * with the first "Generate", the leaders' report's Word maker with the first "Download". When that code cannot be
 * loaded (the network dropped, a new version deployed), the person is told in words where they clicked, nothing is
 * filed, and the page goes on working.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { Reports } from '../../../../src/webparts/reports/components/Reports';
import type { Saved } from '../../../../src/data/ports';
import type { Pupil } from '../../../../src/domain';
import { createFakeServices } from '../../../support/fakeServices';
import { settings } from '../../../support/progressReportFixture';
import { leadersInput, leadersSettings } from '../../../support/leadersReportFixture';
import { pupilRecord } from '../../../support/pupilBuilder';
import { aSchool } from '../../../support/schoolBuilders';

setIconOptions({ disableWarnings: true });

// As webpack answers an import() whose chunk cannot be fetched.
jest.mock('../../../../src/webparts/reports/components/cohort/cohortRun', () => {
  throw Object.assign(new Error('Loading chunk ondemand-word-cohort-reports failed.'), { name: 'ChunkLoadError' });
});
jest.mock('../../../../src/webparts/reports/components/leaders/leadersReportWord', () => {
  throw Object.assign(new Error('Loading chunk ondemand-word-leaders-report failed.'), { name: 'ChunkLoadError' });
});

const pupil = (id: number, ref: string, lastName: string): Saved<Pupil> => ({ ...pupilRecord(ref, { lastName, homeSchoolId: 5 }), id, etag: '"1"' });

describe('Reports when the code a click needs cannot be loaded', () => {
  it('says the progress reports could not be made, files none, and lets the group be changed again', async () => {
    const services = createFakeServices({ settings, pruStaff: true, permissions: [], pupils: [pupil(1, 'CH-001', 'Adams'), pupil(2, 'CH-002', 'Brook')], schools: [aSchool({ id: 5, name: 'Example Academy' })] });
    const file = jest.spyOn(services.letters, 'file');
    render(
      <AppRoot services={services}>
        <Reports />
      </AppRoot>,
    );
    const section = within((await screen.findByRole('heading', { name: 'Termly progress reports for a group' })).closest('section') as HTMLElement);
    fireEvent.click(await section.findByRole('button', { name: 'Generate 2 reports' }));
    expect(await section.findByText('The reports could not be made: Loading chunk ondemand-word-cohort-reports failed.')).toBeTruthy();
    expect(file).not.toHaveBeenCalled();
    expect((section.getByRole('combobox', { name: /^Home school/ }) as HTMLSelectElement).disabled).toBe(false);
    expect((section.getByRole('button', { name: 'Generate 2 reports' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('says the leaders’ report could not be made, and the report stays on screen', async () => {
    const input = leadersInput();
    const services = createFakeServices({ settings: leadersSettings, permissions: ['edit-settings'], pupils: input.pupils.map((p) => ({ ...p })), schools: [aSchool({ id: 5, name: 'Example Academy' })] });
    const file = jest.spyOn(services.leadershipReports, 'file');
    render(
      <AppRoot services={services}>
        <Reports />
      </AppRoot>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Build the report for this period' }, { timeout: 20000 }));
    fireEvent.click(await screen.findByRole('button', { name: 'Download the leaders’ report (Word)' }, { timeout: 20000 }));
    expect(await screen.findByText('The report could not be made: Loading chunk ondemand-word-leaders-report failed.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'File the leaders’ report for leadership' }));
    expect(await screen.findByText('The report was not filed: Loading chunk ondemand-word-leaders-report failed.')).toBeTruthy();
    expect(file).not.toHaveBeenCalled();
    expect(screen.getByRole('table', { name: 'Absence here and nationally' })).toBeTruthy();
  });
});
