import { strFromU8, unzipSync } from 'fflate';
import { trackerWorkbook } from '../../../../../src/webparts/pips/components/tracker/trackerWorkbook';
import { sheet2, type TrackerSheet } from '../../../../../src/domain';

describe('The tracker as an Excel workbook', () => {
  it('has one worksheet per sheet, with dates, hours and percentages as numbers', async () => {
    const two = sheet2([
      { weekBeginning: '2021-09-06', pips: 4, totalHours: 45, averageHours: 11.3, onRoll: 35, percentOnPips: 11.4 },
      { weekBeginning: '2021-09-13', pips: 0, totalHours: 0, averageHours: null, onRoll: 36, percentOnPips: 0 },
    ]);
    const one: TrackerSheet = { name: 'PIP Pupils', columns: [{ header: 'Pupil First Name', kind: 'text' }], rows: [['Kit']] };
    const blob = await trackerWorkbook([one, two]);
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const workbook = strFromU8(files['xl/workbook.xml']);
    expect(workbook).toContain('name="PIP Pupils"');
    expect(workbook).toContain('name="Total PIPs"');
    const sheet = strFromU8(files['xl/worksheets/sheet2.xml']);
    const shared = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(shared).toContain('TOTAL Weekly Hours');
    expect(sheet).toContain('<v>44445</v>'); // 06/09/2021 as an Excel date serial
    expect(sheet).toContain('<v>11.3</v>');
    expect(sheet).toContain('<v>0.114</v>'); // 11.4% as a fraction, shown as 0.0%
    const styles = strFromU8(files['xl/styles.xml']);
    expect(styles).toContain('formatCode="0.0%"');
    expect(styles).toContain('formatCode="dd/mm/yyyy"');
  });
});
