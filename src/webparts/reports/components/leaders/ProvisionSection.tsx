import * as React from 'react';
import { Text } from '../../../../ui/plain/Text';
import { attendanceChangeText, formatUkDate, moneyText, percentText, targetsText, type LeadersReport, type ProvisionImpactRow } from '../../../../domain';
import { DataTable } from '../../../../ui/DataTable';
import { ProvisionCostChart } from './ProvisionCostChart';

const ImpactTable: React.FC<{ title: string; rows: readonly ProvisionImpactRow[] }> = ({ title, rows }) => (
  <DataTable
    caption={`Cost against impact by ${title.toLowerCase()}`}
    rows={rows}
    getKey={(r) => r.key}
    empty="None."
    columns={[
      { key: 'label', header: title, rowHeader: true, render: (r) => r.label },
      { key: 'plans', header: 'Plans', numeric: true, render: (r) => r.plans },
      { key: 'pupils', header: 'Pupils', numeric: true, render: (r) => r.pupils },
      { key: 'cost', header: 'Cost in the period', numeric: true, render: (r) => moneyText(r.cost) },
      { key: 'targets', header: 'Targets at review', render: (r) => targetsText(r.targets) },
      { key: 'assessments', header: 'Assessments against baseline', render: (r) => `${r.assessments.rose} rose, ${r.assessments.same} same, ${r.assessments.fell} fell` },
      { key: 'attendance', header: 'Attendance change', render: (r) => attendanceChangeText(r.attendance) },
    ]}
  />
);

/** "Provision cost against impact": a chart of each provision's cost with its targets met, and the figures by provision, need and tier. */
export const ProvisionSection: React.FC<{ provision: LeadersReport['provision'] }> = ({ provision: p }) => {
  if ('unread' in p) return <Text block>The support plans could not be read ({p.unread}): this section is left out.</Text>;
  return (
    <div>
      <Text block>
        {p.total.plans} support {p.total.plans === 1 ? 'plan' : 'plans'} for {p.total.pupils} {p.total.pupils === 1 ? 'pupil' : 'pupils'} in force in the period, costing{' '}
        {moneyText(p.total.cost)}. Targets at review: {targetsText(p.total.targets)}. Attendance: {attendanceChangeText(p.total.attendance)}.
      </Text>
      <ProvisionCostChart id="leaders-provision" rows={p.byProvision} />
      <ImpactTable title="Provision" rows={p.byProvision} />
      <ImpactTable title="Primary need" rows={p.byNeed} />
      <ImpactTable title="Support tier" rows={p.byTier} />
      {p.lines && (
        <DataTable
          caption="Support plans in the period"
          rows={p.lines}
          getKey={(l, i) => `${i}-${l.cycleStart}`}
          empty="None."
          columns={[
            { key: 'who', header: 'Pupil', rowHeader: true, render: (l) => l.who },
            { key: 'cycle', header: 'Cycle', render: (l) => `${formatUkDate(l.cycleStart)} to ${l.reviewDate ? formatUkDate(l.reviewDate) : 'not reviewed'}` },
            { key: 'provision', header: 'Provision', render: (l) => l.provision.join('; ') },
            { key: 'cost', header: 'Cost in the period', numeric: true, render: (l) => moneyText(l.cost) },
            { key: 'targets', header: 'Targets at review', render: (l) => targetsText(l.targets) },
            { key: 'attendance', header: 'Attendance before, during', render: (l) => `${percentText(l.attendanceBefore)}, ${percentText(l.attendanceDuring)}` },
          ]}
        />
      )}
      <Text block variant="small">
        {p.method.join(' ')}
      </Text>
    </div>
  );
};
