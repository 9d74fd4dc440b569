import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import {
  academicYearBounds,
  academicYearOf,
  formatTrackerCell,
  londonToday,
  sheet1,
  sheet2,
  trackerPupilRows,
  trackerUntil,
  trackerSheetCsv,
  trackerWeeks,
  type TrackerSheet,
} from '../../../../domain';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { downloadBlob, downloadText } from '../../../../ui/download';
import { errorText } from '../../../../ui/errorText';
import { DataTable } from '../../../../ui/DataTable';
import { PupilNameLink } from '../../../../ui/pupilRecord/PupilNameLink';
import { usePipContext } from '../usePipData';
import { loadTrackerWorkbook } from './loadTrackerWorkbook';

/** One sheet as a table; with pupilIds (Sheet 1, a pupil a row), the first name opens the pupil's record. */
const SheetTable: React.FC<{ sheet: TrackerSheet; caption: string; newestFirst?: boolean; pupilIds?: readonly number[] }> = ({ sheet, caption, newestFirst, pupilIds }) => {
  const rows = sheet.rows.map((cells, i) => ({ cells, i }));
  return (
    <DataTable
      caption={caption}
      rows={newestFirst ? [...rows].reverse() : rows}
      getKey={(r) => String(r.i)}
      empty="No rows."
      columns={sheet.columns.map((c, j) => ({
        key: String(j),
        header: c.header,
        rowHeader: j === 0,
        numeric: c.kind === 'hours' || c.kind === 'percent' || c.kind === 'integer',
        render: (r: { cells: readonly (string | number | null)[]; i: number }) => {
          const text = formatTrackerCell(r.cells[j], c.kind);
          const pupilId = j === 0 ? pupilIds?.[r.i] : undefined;
          return pupilId === undefined ? (
            text
          ) : (
            <PupilNameLink pupilId={pupilId} label={`${text} ${formatTrackerCell(r.cells[1], 'text')}`}>
              {text}
            </PupilNameLink>
          );
        },
      }))}
    />
  );
};

/**
 * The PIP tracker (Appendix 5), computed from the PIPs' timetable history, the roll and the attendance
 * marks: Sheet 1 (one row per pupil on a PIP this academic year) and Sheet 2 (one row per school week),
 * downloadable as CSV or as one Excel workbook.
 */
export const TrackerView: React.FC = () => {
  const services = useServices();
  const { data } = usePipContext();
  const today = londonToday(services.now());
  const years = Array.from(new Set([...data.settings.terms.map((t) => t.academicYear), academicYearOf(today)])).sort();
  const [year, setYear] = React.useState(academicYearOf(today));
  const [status, setStatus] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [marks] = useAsync(() => services.attendance.marksForYear(year), [services, year]);
  const { start } = academicYearBounds(year);
  // Both sheets run to the end of next week: the hours already agreed for it (a review's new timetable) show.
  const weeksUntil = trackerUntil(today, year);

  const sheets = React.useMemo(() => {
    if (marks.status !== 'ready') return undefined;
    const rows = trackerPupilRows({
      academicYear: year,
      today,
      until: weeksUntil,
      pips: data.pips,
      pupils: data.pupils,
      schoolNames: new Map(data.schools.map((s) => [s.id, s.name])),
      marks: marks.value,
      settings: data.settings,
    });
    return { one: sheet1(rows, year), pupilIds: rows.map((r) => r.pupilId), two: sheet2(trackerWeeks(start, weeksUntil, data.pips, data.pupils, data.settings)) };
  }, [marks, year, today, data, start, weeksUntil]);

  const excel = async (): Promise<void> => {
    if (!sheets) return;
    setBusy(true);
    setStatus(undefined);
    try {
      const trackerWorkbook = await loadTrackerWorkbook();
      downloadBlob(`PIP tracker ${year.replace('/', '-')}.xlsx`, await trackerWorkbook([sheets.one, sheets.two]));
      setStatus('The workbook was made: see your downloads.');
    } catch (e) {
      setStatus(`The workbook could not be made: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { marginTop: 12 } }}>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
        <Dropdown label="Academic year" selectedKey={year} options={years.map((y) => ({ key: y, text: y }))} onChange={(_e, o) => o && setYear(String(o.key))} styles={{ root: { width: 160 } }} />
        <DefaultButton text="Sheet 1 as CSV" disabled={!sheets} onClick={() => sheets && downloadText(`PIP tracker ${year.replace('/', '-')} pupils.csv`, trackerSheetCsv(sheets.one))} />
        <DefaultButton text="Sheet 2 as CSV" disabled={!sheets} onClick={() => sheets && downloadText(`PIP tracker ${year.replace('/', '-')} weeks.csv`, trackerSheetCsv(sheets.two))} />
        <DefaultButton text="Both sheets as Excel" disabled={!sheets || busy} onClick={() => void excel()} />
      </Stack>
      <div role="status">
        {busy && <Spinner label="Making the workbook…" labelPosition="right" />}
        {status && <Text>{status}</Text>}
      </div>
      {marks.status === 'loading' && <Spinner label="Loading the year's attendance…" />}
      {marks.status === 'error' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          The attendance for {year} could not be loaded, so the tracker cannot be shown: {marks.message}
        </MessageBar>
      )}
      {sheets && (
        <>
          <Text as="h3" variant="large">
            Sheet 1: pupils on a PIP in {year}
          </Text>
          <SheetTable sheet={sheets.one} caption={`PIP pupils, ${year}`} pupilIds={sheets.pupilIds} />
          <Text as="h3" variant="large">
            Sheet 2: total PIPs by week
          </Text>
          <Text block>Newest first; the first row is next week, with the hours already agreed for it.</Text>
          <SheetTable sheet={sheets.two} caption={`Total PIPs by week, ${year} (newest first)`} newestFirst />
        </>
      )}
    </Stack>
  );
};
