/**
 * The termly progress report on the pupil record: choose the term, write the comments, check the preview, file the
 * Word document in the pupil's folder; read back, it holds the figures the preview shows. axe over the open panel.
 */
import * as React from 'react';
import * as axe from 'axe-core';
import { TextEncoder as UtilTextEncoder } from 'util';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { ProgressReportSection } from '../../../../src/webparts/reports/components/progress/ProgressReportSection';
import type { Saved } from '../../../../src/data/ports';
import type { AttendanceMark, Pupil } from '../../../../src/domain';
import { createFakeServices } from '../../../support/fakeServices';
import { readDocx } from '../../../support/docxText';
import { progressInput, PUPIL, settings } from '../../../support/progressReportFixture';
import { pupilRecord } from '../../../support/pupilBuilder';

setIconOptions({ disableWarnings: true });
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder: UtilTextEncoder });
// jsdom draws no pictures: the document is made without the chart (its table of weeks is always there).
jest.mock('../../../../src/ui/charts/svgToPng', () => ({ chartPictureIn: async () => undefined }));
beforeAll(() => {
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

async function violations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function renderSection() {
  const input = progressInput();
  const pupil = { ...pupilRecord('PH-0007', { preferredName: 'Jo' }), id: PUPIL, etag: '"1"' } as Saved<Pupil>;
  const marks: AttendanceMark[] = input.marks.map((m) => ({ ...m, recordedBy: 'staff@example.org', recordedAt: `${m.date}T09:05:00Z` }) as AttendanceMark);
  const services = createFakeServices({
    pupils: [pupil],
    settings,
    marks,
    pips: input.pips.map((p) => ({ ...p })),
    targets: input.targets.map((t) => ({ ...t })),
    assessments: input.assessments.map((a, i) => ({ ...a, id: i + 1 })),
    learningLogEntries: input.entries.map((e, i) => ({ ...e, id: i + 1 })),
  });
  const view = render(
    <AppRoot services={services}>
      <ProgressReportSection pupil={pupil} homeSchool="Example Academy" today="2026-11-20" />
    </AppRoot>,
  );
  return { services, ...view };
}

describe('Termly progress report on the pupil record', () => {
  it('previews the current term, takes the comments and files the Word document in the pupil’s folder', async () => {
    const { services, container } = renderSection();
    fireEvent.click(screen.getByRole('button', { name: 'Prepare a progress report' }));
    expect(await screen.findByRole('heading', { name: 'Termly progress report: Autumn term 2026/27' })).toBeTruthy();
    expect(screen.getByText('Attendance 70.0% (Stage 3): 7 of 10 possible sessions attended; 2 authorised and 1 unauthorised absences.')).toBeTruthy();
    expect(screen.getByRole('img', { name: /Attendance by school week, Jo LastPH0007/ })).toBeTruthy();
    expect(screen.getByRole('table', { name: /Against the Phased Integration Plan/ })).toBeTruthy();
    expect(screen.getByText('No engagement ratings or incidents were recorded this term.')).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: /Lead tutor’s comment/ }), { target: { value: 'Jo has settled well this term.' } });
    expect(screen.getAllByText('Jo has settled well this term.').length).toBeGreaterThan(0);
    expect(await violations(container)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Save in the pupil’s folder' }));
    expect(await screen.findByText(/Saved "PH-0007 progress report Autumn term 2026-27.docx" in the Letters library/)).toBeTruthy();
    const [filed] = (await services.letters.forPupil(PUPIL)).items;
    expect([filed.kind, filed.letterDate]).toEqual(['Termly progress report', '2026-11-20']);
    const doc = readDocx(await services.letters.content(filed.url));
    expect(doc.paragraphs).toEqual(expect.arrayContaining(['Jo has settled well this term.', 'Attendance 70.0% (Stage 3): 7 of 10 possible sessions attended; 2 authorised and 1 unauthorised absences.']));
  });

  it('offers the terms already started, and reports a past term to its last day', async () => {
    renderSection();
    fireEvent.click(screen.getByRole('button', { name: 'Prepare a progress report' }));
    fireEvent.click(await screen.findByRole('combobox', { name: 'Term' }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options[0]).toBe('Autumn term 2026/27');
    expect(options).not.toContain('Spring term 2026/27');
    fireEvent.click(screen.getByRole('option', { name: 'Summer term 2025/26' }));
    expect(await screen.findByRole('heading', { name: 'Termly progress report: Summer term 2025/26' })).toBeTruthy();
    // The only mark of that term: an unauthorised absence on 01/07/2026.
    expect(await screen.findByText('Attendance 0.0% (Stage 3): 0 of 1 possible sessions attended; 0 authorised and 1 unauthorised absences.')).toBeTruthy();
  });

  it('keeps the comments apart from the document: saved with the term’s learning log, they are there when the report is made again', async () => {
    const { services, unmount } = renderSection();
    fireEvent.click(screen.getByRole('button', { name: 'Prepare a progress report' }));
    fireEvent.change(await screen.findByRole('textbox', { name: /The pupil’s own words/ }, { timeout: 20000 }), { target: { value: 'I enjoy maths now.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the comments only' }));
    expect(await screen.findByText(/The comments were saved with PH-0007's learning log for the Autumn term 2026\/27/)).toBeTruthy();
    const [log] = (await services.learningLogs.forPupil(PUPIL)).items.filter((l) => l.term === 'Autumn' && l.academicYear === '2026/27');
    expect(log.reportComments).toEqual({ leadTutor: '', pupilVoice: 'I enjoy maths now.', nextSteps: '' });
    unmount();

    render(
      <AppRoot services={services}>
        <ProgressReportSection pupil={{ ...pupilRecord('PH-0007', { preferredName: 'Jo' }), id: PUPIL, etag: '"1"' } as Saved<Pupil>} homeSchool="Example Academy" today="2026-11-20" />
      </AppRoot>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Prepare a progress report' }));
    await screen.findByRole('heading', { name: 'Termly progress report: Autumn term 2026/27' }, { timeout: 20000 });
    await waitFor(() => expect((screen.getByRole('textbox', { name: /The pupil’s own words/ }) as HTMLTextAreaElement).value).toBe('I enjoy maths now.'));
    expect(screen.getAllByText('I enjoy maths now.').length).toBeGreaterThan(0);
  });
});
