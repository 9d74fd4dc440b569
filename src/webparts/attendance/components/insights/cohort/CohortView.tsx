import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import {
  COHORT_DIMENSIONS,
  COHORT_DIMENSION_LABELS,
  cohortBreakdown,
  cohortGroupsCsv,
  cohortPupilsCsv,
  formatUkDate,
  type AttendanceMark,
  type CohortDimension,
} from '../../../../../domain';
import { GroupBarChart } from '../charts/GroupBarChart';
import { DataTable } from '../../../../../ui/DataTable';
import type { InsightsBase } from '../shared/insightsData';
import { formatPercent } from '../shared/format';
import { AbsenteeTable } from './AbsenteeTable';
import { buildCohortModel } from './cohortModel';
import { DateRangeFields, rangeError } from '../shared/DateRangeFields';
import { downloadText } from '../../../../../ui/download';

const dimensionOptions: IDropdownOption[] = COHORT_DIMENSIONS.map((d) => ({ key: d, text: COHORT_DIMENSION_LABELS[d] }));

/** The cohort over a date range of this school year (to date at first): by group (chart and table), every pupil, the PA and SA lists, and CSV exports. */
export const CohortView: React.FC<{ base: InsightsBase; marks: readonly AttendanceMark[] }> = ({ base, marks }) => {
  const [from, setFrom] = React.useState(base.yearStart);
  const [to, setTo] = React.useState(base.today);
  const errors = rangeError(from, to, base);
  const ok = errors.from === undefined && errors.to === undefined;
  // A range being typed that is not yet valid keeps the last good one on screen (said at the field).
  const [range, setRange] = React.useState({ from, to });
  React.useEffect(() => {
    if (ok) setRange({ from, to });
  }, [ok, from, to]);
  const [dimension, setDimension] = React.useState<CohortDimension>('homeSchool');
  const [announcement, setAnnouncement] = React.useState('');
  const model = React.useMemo(() => buildCohortModel(base, marks, range), [base, marks, range]);
  const groups = React.useMemo(
    () => cohortBreakdown(model.pupils, model.stats, dimension, { schoolNames: base.schoolNames }),
    [model, dimension, base.schoolNames],
  );
  const pupilsById = React.useMemo(() => new Map(model.pupils.map((p) => [p.id, p])), [model.pupils]);
  const period = range;
  // Every pupil on roll at some point in the range, by name, each opening their record.
  const everyPupil = React.useMemo(() => {
    const onRoll = new Set(model.pupils.filter((p) => p.enrolmentDate <= range.to && (p.leavingDate ?? '9999-12-31') >= range.from).map((p) => p.id));
    const name = (id: number): string => {
      const p = pupilsById.get(id);
      return p ? `${p.lastName}, ${p.firstName}` : '';
    };
    return model.stats.filter((st) => onRoll.has(st.pupilId)).sort((a, b) => name(a.pupilId).localeCompare(name(b.pupilId), 'en-GB'));
  }, [model, range, pupilsById]);
  const periodText = `${formatUkDate(period.from)} to ${formatUkDate(period.to)}`;
  const dimensionLabel = COHORT_DIMENSION_LABELS[dimension];
  const stamp = base.today.replace(/-/g, '');

  const exportPupils = (): void => {
    const rows = model.pupils.map((p) => ({ ...p, homeSchool: model.homeSchoolOf(p) }));
    downloadText(`attendance-pupils-${stamp}.csv`, cohortPupilsCsv(rows, model.stats, period));
    setAnnouncement(`Downloaded the figures of ${rows.length} pupils as a CSV file.`);
  };
  const exportGroups = (): void => {
    downloadText(`attendance-by-${dimension}-${stamp}.csv`, cohortGroupsCsv(dimensionLabel, groups, period));
    setAnnouncement(`Downloaded attendance by ${dimensionLabel.toLowerCase()} as a CSV file.`);
  };

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Text as="h3" variant="large">
        Cohort attendance, {periodText}
      </Text>
      <Text as="p" block>
        {model.pupils.length} pupils; attendance {formatPercent(model.group.attendancePercent)}; {model.persistent.length} persistent absentees (
        {formatPercent(model.group.persistentAbsenceRate, 'no possible sessions')}); {model.severe.length} severely absent.
      </Text>
      <DateRangeFields from={from} to={to} errors={errors} onFrom={setFrom} onTo={setTo} />
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }}>
        <Dropdown
          label="Group by"
          options={dimensionOptions}
          selectedKey={dimension}
          onChange={(_e, o) => o && setDimension(o.key as CohortDimension)}
          styles={{ root: { width: 220 } }}
        />
        <DefaultButton onClick={exportGroups}>Download this grouping (CSV)</DefaultButton>
        <DefaultButton onClick={exportPupils}>Download pupil figures (CSV)</DefaultButton>
      </Stack>
      <div role="status" aria-live="polite">
        {announcement}
      </div>
      <GroupBarChart
        id={`cohort-${dimension}`}
        title={`Attendance by ${dimensionLabel.toLowerCase()}, ${periodText}`}
        bars={groups.map((g) => ({ key: g.key, label: g.label, percent: g.attendancePercent, detail: `${g.pupils} pupils, ${g.persistentAbsentees} persistent absentees` }))}
        boundaries={base.settings.stageBoundaries}
      />
      <DataTable
        caption={`Attendance by ${dimensionLabel.toLowerCase()}`}
        rows={groups}
        getKey={(g) => g.key}
        empty="No pupils this year."
        columns={[
          { key: 'group', header: dimensionLabel, rowHeader: true, render: (g) => g.label },
          { key: 'pupils', header: 'Pupils', numeric: true, render: (g) => g.pupils },
          { key: 'possible', header: 'Possible sessions', numeric: true, render: (g) => g.possible },
          { key: 'attendance', header: 'Attendance', numeric: true, render: (g) => formatPercent(g.attendancePercent) },
          { key: 'pa', header: 'Persistent absentees', numeric: true, render: (g) => g.persistentAbsentees },
          { key: 'paRate', header: 'Persistent absence rate', numeric: true, render: (g) => formatPercent(g.persistentAbsenceRate, 'n/a') },
          { key: 'sa', header: 'Severely absent', numeric: true, render: (g) => g.severeAbsentees },
        ]}
      />
      <AbsenteeTable
        caption={`Every pupil on roll, ${periodText} (${everyPupil.length})`}
        rows={everyPupil}
        pupilsById={pupilsById}
        homeSchoolOf={model.homeSchoolOf}
        empty="No pupil was on roll in these dates."
      />
      <AbsenteeTable
        caption={`Persistent absentees: absence of ${base.settings.persistentAbsencePercent}% or more (${model.persistent.length})`}
        rows={model.persistent}
        pupilsById={pupilsById}
        homeSchoolOf={model.homeSchoolOf}
        empty="No persistent absentees."
      />
      <AbsenteeTable
        caption={`Severely absent: absence of ${base.settings.severeAbsencePercent}% or more (${model.severe.length})`}
        rows={model.severe}
        pupilsById={pupilsById}
        homeSchoolOf={model.homeSchoolOf}
        empty="No severely absent pupils."
      />
    </Stack>
  );
};
