import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { RecordValidationError } from '../../../../../src/data/errors';
import { renderInsights, tableRows } from './renderInsights';

async function choosePupil(text: RegExp): Promise<void> {
  const combo = await screen.findByRole('combobox', { name: 'Pupil' });
  fireEvent.click(combo);
  fireEvent.click(await screen.findByRole('option', { name: text }));
}

describe('pupil attendance view', () => {
  it('shows the statutory percentage, the figures and PA status for the chosen pupil', async () => {
    const { services } = renderInsights();
    const marksForPupil = jest.spyOn(services.attendance, 'marksForPupil');
    await choosePupil(/Ashdown, Tamsin/);
    await screen.findByRole('heading', { name: 'Ashdown, Tamsin: attendance this school year' });
    expect(screen.getByText(/^Attendance from 01\/08\/2026 to 20\/11\/2026/).textContent).toBe('Attendance from 01/08/2026 to 20/11/2026: 90%');
    expect(marksForPupil).toHaveBeenCalledWith(1, '2026-08-01', '2026-11-20');
    const terms = screen.getAllByRole('term').map((t) => t.textContent);
    const values = screen.getAllByRole('definition').map((d) => d.textContent);
    const figure = (term: string): string | null | undefined => values[terms.indexOf(term)];
    expect(figure('Possible sessions')).toBe('30');
    expect(figure('Unauthorised absence')).toBe('3 sessions (10%)');
    expect(figure('Persistent absence')).toMatch(/^Yes/);
    expect(figure('Stage (year to date)')).toBe('Stage 2: over 80% up to 90%');
  });

  it('draws the weekly chart with an accessible name, a summary and a data table', async () => {
    renderInsights();
    await choosePupil(/Ashdown, Tamsin/);
    const chart = await screen.findByRole('img', { name: /Attendance by school week, Ashdown, Tamsin/ });
    expect(chart.getAttribute('aria-labelledby')).toMatch(/title .*desc/);
    expect(chart.textContent).toContain('Stage 1: over 90%');
    expect(chart.textContent).toContain('Stage 3: 80% or below');
    expect(chart.textContent).toContain('02/11');
    // The school weeks from September: weeks before any register have no possible sessions.
    const rows = tableRows(/Attendance by school week, Ashdown, Tamsin: the chart's figures/);
    expect(rows.slice(-3)).toEqual([
      ['02/11/2026', '10', '10', '100%', 'Stage 1'],
      ['09/11/2026', '10', '9', '90%', 'Stage 2'],
      ['16/11/2026', '10', '8', '80%', 'Stage 3'],
    ]);
    expect(rows[0]).toEqual(['31/08/2026', '0', '0', 'No possible sessions', 'No stage (no possible sessions)']);
    const toggle = screen.getByRole('button', { name: /Show the data table/ });
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: /Hide the data table/ }).getAttribute('aria-expanded')).toBe('true');
  });

  it('lists the code breakdown, the marks with meanings and late minutes, and the amendments (amended by name)', async () => {
    const { services } = renderInsights({ people: [{ email: 'office@pathways.example.org', displayName: 'Orla Office' }] });
    services.attendance.amendments.push({
      pupilId: 4, date: '2026-11-03', session: 'AM', originalCode: 'N', newCode: 'L', reason: 'Arrived with a parent; note received', amendedBy: 'office@pathways.example.org', amendedAt: '2026-11-03T23:30:00Z',
    });
    await choosePupil(/Quayle, Juniper/);
    await screen.findByRole('heading', { name: 'Quayle, Juniper: attendance this school year' });
    expect(screen.getByText(/^Attendance from/).textContent).toMatch(/: 100%$/);
    const codes = tableRows(/Sessions by attendance code/);
    expect(codes.find((r) => r[0] === 'L')).toEqual(['L', 'Arrived late, before the register closed', 'Attendance (present)', '6']);
    const marks = tableRows(/Register marks, Quayle, Juniper/);
    expect(marks[0][0]).toBe('Friday 20/11/2026');
    expect(marks.find((r) => r[2].startsWith('L'))?.[3]).toBe('12');
    const amendments = within(screen.getByRole('table', { name: /Amendments to saved marks/ })).getAllByRole('row');
    // 23:30 UTC on 03/11 is still 03/11 in London (GMT in November).
    expect(amendments[1].textContent).toContain('03/11/2026 AM');
    expect(amendments[1].textContent).toContain('Arrived with a parent; note received');
    await waitFor(() => expect(amendments[1].textContent).toContain('Orla Office, 03/11/2026'));
    expect(amendments[1].textContent).not.toContain('office@pathways.example.org');
  });

  it('names a stored amendment that cannot be read (list, item, column, with a link) and shows the rest', async () => {
    const { services } = renderInsights();
    const problem = new RecordValidationError('Pathways Attendance Amendments', 77, 'PwNewCode', 'the code is not in the 2024 set');
    jest.spyOn(services.attendance, 'amendmentsForPupil').mockResolvedValue(Object.assign([], { problems: [problem] }));
    await choosePupil(/Ashdown, Tamsin/);
    await screen.findByRole('heading', { name: 'Ashdown, Tamsin: attendance this school year' });
    const link = await screen.findByRole('link', { name: 'Pathways Attendance Amendments, item 77' });
    expect(link.getAttribute('href')).toMatch(/DispForm\.aspx\?ID=77$/);
    expect(link.parentElement?.textContent).toContain('column PwNewCode: the code is not in the 2024 set');
    expect(screen.getByText(/^Attendance from/).textContent).toMatch(/: 90%$/);
  });
});
