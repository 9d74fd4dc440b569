import { fireEvent, screen } from '@testing-library/react';
import { downloadText } from '../../../../../src/ui/download';
import { openView, renderInsights, tableRows } from './renderInsights';

jest.mock('../../../../../src/ui/download', () => ({ downloadText: jest.fn() }));
const download = downloadText as jest.MockedFunction<typeof downloadText>;

describe('cohort view', () => {
  beforeEach(() => download.mockClear());

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
