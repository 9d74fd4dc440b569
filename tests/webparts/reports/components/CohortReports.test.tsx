/**
 * Termly progress reports for a group, on the Reports page (PRU staff): the group chosen, one action, progress
 * naming the pupil in hand, Cancel, a failure named and tried again; each report filed as a Word document with the
 * weekly chart drawn from the chart component. axe over the page while running and when finished.
 */
import * as React from 'react';
import * as axe from 'axe-core';
import { TextEncoder as UtilTextEncoder } from 'util';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { Reports } from '../../../../src/webparts/reports/components/Reports';
import { DataError } from '../../../../src/data/errors';
import type { Saved } from '../../../../src/data/ports';
import type { Pupil } from '../../../../src/domain';
import { createFakeServices } from '../../../support/fakeServices';
import { readDocx } from '../../../support/docxText';
import { settings } from '../../../support/progressReportFixture';
import { pupilRecord } from '../../../support/pupilBuilder';
import { aSchool } from '../../../support/schoolBuilders';

setIconOptions({ disableWarnings: true });
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder: UtilTextEncoder });

/** jsdom draws no pictures: the picture stands for the chart the component drew out of sight (its title is checked). */
const drawn: string[] = [];
jest.mock('../../../../src/ui/charts/svgToPng', () => ({
  chartPictureIn: async (element: Element | null) => {
    drawn.push(element?.querySelector('svg[role="img"] > title')?.textContent ?? 'no chart');
    return { png: Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')), width: 400, height: 200 };
  },
}));

async function violations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const pupil = (id: number, ref: string, lastName: string, homeSchoolId?: number): Saved<Pupil> => ({ ...pupilRecord(ref, { lastName, homeSchoolId }), id, etag: '"1"' });

function renderPage() {
  const services = createFakeServices({
    settings,
    pruStaff: true,
    permissions: [],
    pupils: [pupil(1, 'CH-001', 'Adams', 5), pupil(2, 'CH-002', 'Brook', 6), pupil(3, 'CH-003', 'Carter', 5), { ...pupil(4, 'CH-004', 'Dunn', 5), leavingDate: '2026-07-17' }],
    schools: [aSchool({ id: 5, name: 'Example Academy' }), aSchool({ id: 6, name: 'Sample High School' })],
  });
  const view = render(
    <AppRoot services={services}>
      <Reports />
    </AppRoot>,
  );
  return { services, ...view };
}

describe('Termly progress reports for a group', () => {
  beforeEach(() => drawn.splice(0));

  it('files a report for each pupil of the group chosen, the weekly chart drawn; a failure is named and tried again', async () => {
    const { services, container } = renderPage();
    const section = within((await screen.findByRole('heading', { name: 'Termly progress reports for a group' })).closest('section') as HTMLElement);
    expect(await section.findByText(/^3 pupils on roll in the Autumn term 2026\/27/)).toBeTruthy();
    // The group's choices are native selects (the section is on Reports' first screen, so without Fluent).
    const homeSchool = section.getByRole('combobox', { name: /^Home school/ });
    expect(within(homeSchool).getAllByRole('option').map((o) => o.textContent)).toEqual(['All home schools', 'Example Academy', 'Sample High School']);
    fireEvent.change(homeSchool, { target: { value: '5' } });
    expect(section.getByText(/^2 pupils on roll/)).toBeTruthy();

    const realFile = services.letters.file.bind(services.letters);
    const file = jest.spyOn(services.letters, 'file').mockImplementationOnce(() => Promise.reject(new DataError('throttled', 'SharePoint is busy: try again in a few minutes.', 503)));
    fireEvent.click(section.getByRole('button', { name: 'Generate 2 reports' }));
    // While they are made, the group cannot be changed under them.
    expect((section.getByRole('combobox', { name: /^Home school/ }) as HTMLSelectElement).disabled).toBe(true);
    expect(await section.findByText('Autumn term 2026/27: 1 of 2 reports filed; 1 failed.', {}, { timeout: 20000 })).toBeTruthy();
    expect((section.getByRole('combobox', { name: /^Home school/ }) as HTMLSelectElement).disabled).toBe(false);
    expect(section.getByRole('listitem').textContent).toBe('FirstCH001 Adams: SharePoint is busy: try again in a few minutes.');
    expect(await violations(container)).toEqual([]);

    file.mockImplementation(realFile);
    fireEvent.click(section.getByRole('button', { name: 'Try the 1 again' }));
    expect(await section.findByText('Autumn term 2026/27: 2 of 2 reports filed.', {}, { timeout: 20000 })).toBeTruthy();
    expect(section.queryByRole('listitem')).toBeNull();
    const [adams] = (await services.letters.forPupil(1)).items;
    expect([adams.kind, adams.fileName]).toEqual(['Termly progress report', 'CH-001 progress report Autumn term 2026-27.docx']);
    const doc = readDocx(await services.letters.content(adams.url));
    expect(doc.paragraphs).toContain('Termly progress report: Autumn term 2026/27');
    expect(doc.files.some((f) => f.startsWith('word/media/'))).toBe(true);
    expect(drawn).toContain('Attendance by school week, FirstCH001 Adams');
    expect((await services.letters.forPupil(2)).items).toEqual([]);
  });

  it('shows the pupil in hand and stops before the next one when cancelled', async () => {
    const { services, container } = renderPage();
    const section = within((await screen.findByRole('heading', { name: 'Termly progress reports for a group' })).closest('section') as HTMLElement);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const realFile = services.letters.file.bind(services.letters);
    jest.spyOn(services.letters, 'file').mockImplementation(async (...args) => {
      await gate;
      return realFile(...args);
    });
    fireEvent.click(await section.findByRole('button', { name: 'Generate 3 reports' }));
    expect(await section.findByText('Generating 1 of 3: FirstCH001 Adams…', {}, { timeout: 20000 })).toBeTruthy();
    expect(await violations(container)).toEqual([]);
    fireEvent.click(section.getByRole('button', { name: 'Cancel' }));
    expect(await section.findByText(/Cancelling: the report in hand is finished first/)).toBeTruthy();
    release();
    expect(await section.findByText('Autumn term 2026/27: 1 of 3 reports filed; 2 not made (cancelled).', {}, { timeout: 20000 })).toBeTruthy();
    expect(section.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['FirstCH002 Brook: not made (cancelled)', 'FirstCH003 Carter: not made (cancelled)']);
  });
});
