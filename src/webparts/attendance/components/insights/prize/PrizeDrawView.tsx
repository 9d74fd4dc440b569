import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { mondayOf, prizeDrawForWeek, schoolWeeksBetween, termOfWeek, type AttendanceMark } from '../../../../../domain';
import { DataTable } from '../../../../../ui/DataTable';
import type { InsightsBase } from '../shared/insightsData';
import { formatPercent, pupilName, weekLabel } from '../shared/format';
import { PupilNameLink } from '../../../../../ui/pupilRecord/PupilNameLink';

/** Termly prize draw: tickets per pupil for a week (this week by default), and the term's running total. */
export const PrizeDrawView: React.FC<{ base: InsightsBase; marks: readonly AttendanceMark[] }> = ({ base, marks }) => {
  const thisWeek = mondayOf(base.today);
  const term = termOfWeek(base.today, base.settings);
  const weeks = React.useMemo(() => {
    const list = term ? schoolWeeksBetween(term.start, term.end, base.settings).filter((w) => w <= thisWeek) : [];
    return list.indexOf(thisWeek) >= 0 ? list : [...list, thisWeek];
  }, [term, base.settings, thisWeek]);
  const [week, setWeek] = React.useState(thisWeek);
  const rows = React.useMemo(() => prizeDrawForWeek(marks, week, base.settings), [marks, week, base.settings]);
  const pupilsById = React.useMemo(() => new Map(base.pupils.map((p) => [p.id, p])), [base.pupils]);
  const options: IDropdownOption[] = [...weeks].reverse().map((w) => ({ key: w, text: w === thisWeek ? `${weekLabel(w)} (this week)` : weekLabel(w) }));
  const total = rows.reduce((sum, r) => sum + r.tickets, 0);
  const { prizeDrawTicketAbovePercent: above } = base.settings;

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text as="h3" variant="large">
        Termly attendance prize draw{term ? `: ${term.term} term ${term.academicYear}` : ''}
      </Text>
      <Text as="p" block>
        One ticket for a week with attendance over {above}%, and one more for 100%.
      </Text>
      <Dropdown label="Week" options={options} selectedKey={week} onChange={(_e, o) => o && setWeek(String(o.key))} styles={{ root: { width: 260 } }} />
      <Text as="p" block role="status">
        {total} tickets in the {weekLabel(week)} for {rows.filter((r) => r.tickets > 0).length} pupils.
      </Text>
      <DataTable
        caption={`Prize draw tickets, ${weekLabel(week)}`}
        rows={rows}
        getKey={(r) => String(r.pupilId)}
        empty="No registers that week yet."
        columns={[
          { key: 'name', header: 'Pupil', rowHeader: true, render: (r) => { const p = pupilsById.get(r.pupilId); return <PupilNameLink pupilId={r.pupilId}>{p ? pupilName(p) : `Pupil ${r.pupilId}`}</PupilNameLink>; } },
          { key: 'percent', header: 'Attendance that week', numeric: true, render: (r) => formatPercent(r.percent) },
          { key: 'tickets', header: 'Tickets that week', numeric: true, render: (r) => r.tickets },
          { key: 'term', header: 'Tickets this term so far', numeric: true, render: (r) => r.termTickets },
        ]}
      />
    </Stack>
  );
};
