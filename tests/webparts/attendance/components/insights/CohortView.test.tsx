import { fireEvent, screen } from '@testing-library/react';
import { downloadText } from '../../../../../src/ui/download';
import { openView, renderInsights, tableRows } from './renderInsights';

jest.mock('../../../../../src/ui/download', () => ({ downloadText: jest.fn() }));
const download = downloadText as jest.MockedFunction<typeof downloadText>;

describe('cohort view', () => {
  beforeEach(() => download.mockClear());

  it('a date range: the groups and every pupil on roll in it, a bad range is said at the field', async () => {
    renderInsights();
    await openView('Cohort');
    await screen.findByRole('table', { name: /^Every pupil on roll, 01\/08\/2026 to 20\/11\/2026 \(4\)/ });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-16' } });
    await screen.findByRole('table', { name: /^Every pupil on roll, 16\/11\/2026 to 20\/11\/2026 \(4\)/ });
    expect(screen.getByRole('heading', { name: 'Cohort attendance, 16/11/2026 to 20/11/2026' })).toBeTruthy();
    // The week of 16/11 only: Tamsin 8 of 10, Kit 7 of 10.
    expect(tableRows(/^Every pupil on roll/).map((r) => [r[0], r[3], r[4]])).toEqual([
      ['Ashdown, Tamsin', '10', '80%'],
      ['Marlow, Kit', '10', '70%'],
      ['Pellew, Rowan', '10', '100%'],
      ['Quayle, Juniper', '10', '100%'],
    ]);
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-27' } });
    expect(await screen.findByText(/Choose a date up to today \(20\/11\/2026\)/, { selector: '[role="alert"] *, [role="alert"]' })).toBeTruthy();
    expect(screen.getByRole('table', { name: /^Every pupil on roll, 16\/11\/2026 to 20\/11\/2026/ })).toBeTruthy();
  });

  it('loads the year with one repository call and groups by home school', async () => {
    const { services } = renderInsights();
    const marksForYear = jest.spyOn(services.attendance, 'marksForYear');
    await openView('Cohort');
    await screen.findByRole('table', { name: /Attendance by home school/ });
    expect(marksForYear).toHaveBeenCalledTimes(1);
    expect(marksForYear).toHaveBeenCalledWith('2026/27');
    // Riverside: Tamsin 27/30 and Rowan 30/60 (30 I sessions) → 57/90 = 63.3%. Hillview: Kit 17/30 = 56.7%.
    expect(tableRows(/Attendance by home school/)).toEqual([
      ['Hillview Primary', '1', '30', '56.7%', '1', '100%', '0'],
      ['Riverside Academy', '2', '90', '63.3%', '2', '100%', '1'],
      ['No home school', '1', '30', '100%', '0', '0%', '0'],
    ]);
    expect(screen.getByRole('img', { name: /Attendance by home school/ }).textContent).toContain('63.3%');
    // Switching views does not load the year again.
    await openView('Prize draw');
    await openView('Cohort');
    await screen.findByRole('table', { name: /Attendance by home school/ });
    expect(marksForYear).toHaveBeenCalledTimes(1);
  });

  it('regroups by SEN provision and lists persistent absentees with their percentage', async () => {
    renderInsights();
    await openView('Cohort');
    fireEvent.click(await screen.findByRole('combobox', { name: 'Group by' }));
    fireEvent.click(await screen.findByRole('option', { name: 'SEN provision' }));
    expect(tableRows(/Attendance by sen provision/).map((r) => r.slice(0, 4))).toEqual([
      ['E: EHC plan', '1', '60', '50%'],
      ['K: SEN support', '1', '30', '90%'],
      ['N: No SEN', '2', '60', '78.3%'],
    ]);
    expect(tableRows(/Persistent absentees/).map((r) => [r[0], r[4]])).toEqual([
      ['Pellew, Rowan', '50%'],
      ['Marlow, Kit', '56.7%'],
      ['Ashdown, Tamsin', '90%'],
    ]);
    expect(tableRows(/Severely absent/).map((r) => r[0])).toEqual(['Pellew, Rowan']);
  });

  it('exports the pupils’ figures as CSV with a header row and dd/mm/yyyy dates', async () => {
    renderInsights();
    await openView('Cohort');
    fireEvent.click(await screen.findByRole('button', { name: 'Download pupil figures (CSV)' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [fileName, csv] = download.mock.calls[0];
    expect(fileName).toBe('attendance-pupils-20261120.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0].startsWith('Pupil reference,Last name,First name,Year group,Home school')).toBe(true);
    expect(lines).toContain('PH-0001,Ashdown,Tamsin,9,Riverside Academy,K,SEMH,Universal,02/09/2026,,01/08/2026,20/11/2026,30,27,0,3,90,10,Yes,No');
    expect(screen.getByRole('status').textContent).toBe('Downloaded the figures of 4 pupils as a CSV file.');
  });

  it('exports the current grouping', async () => {
    renderInsights();
    await openView('Cohort');
    fireEvent.click(await screen.findByRole('button', { name: 'Download this grouping (CSV)' }));
    const [fileName, csv] = download.mock.calls[0];
    expect(fileName).toBe('attendance-by-homeSchool-20261120.csv');
    expect(csv).toContain('\r\nRiverside Academy,01/08/2026,20/11/2026,2,90,63.3,2,100,1\r\n');
  });
});
