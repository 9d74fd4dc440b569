import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { Saved } from '../../../../../data/ports';
import { formatUkDate, type IllnessAlert, type Pupil, type SchoolSettings } from '../../../../../domain';
import { DataTable } from '../../../../../ui/DataTable';
import { pupilName } from '../shared/format';
import { PupilNameLink } from '../../../../../ui/pupilRecord/PupilNameLink';

/** Pupils whose illness (code I) reaches the LA sickness return, and those close to it. */
export const IllnessAlerts: React.FC<{
  alerts: readonly IllnessAlert[];
  pupilsById: ReadonlyMap<number, Saved<Pupil>>;
  settings: SchoolSettings;
  academicYear: string;
}> = ({ alerts, pupilsById, settings, academicYear }) => {
  const days = settings.illnessReturnDays;
  const nameOf = (id: number): string => {
    const p = pupilsById.get(id);
    return p ? pupilName(p) : `Pupil ${id}`;
  };
  const status = (a: IllnessAlert): string =>
    a.level === 'met'
      ? `Tell the local authority (sickness return): reached ${a.result.trigger === 'consecutive' ? 'consecutively' : 'in total'} on ${formatUkDate(a.result.reachedOn as string)}`
      : `Close: tell the LA now if the pupil is expected to be absent for ${days} days`;
  return (
    <section aria-labelledby="illness-heading">
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h3" variant="large" id="illness-heading">
          Illness: LA sickness return ({alerts.filter((a) => a.level === 'met').length})
        </Text>
        <Text as="p" block>
          The school must tell the local authority when a pupil is, or is expected to be, absent through illness (code I) for {days} school
          days, consecutive or in total, in the school year {academicYear}. Two sessions make a day.
        </Text>
        <DataTable
          caption={`Illness of ${days} days or close to it, ${academicYear}`}
          hideCaption
          rows={alerts}
          getKey={(a) => String(a.pupilId)}
          empty="No pupil is at or close to the illness return."
          columns={[
            { key: 'name', header: 'Pupil', rowHeader: true, render: (a) => <PupilNameLink pupilId={a.pupilId}>{nameOf(a.pupilId)}</PupilNameLink> },
            { key: 'days', header: 'Days of illness this year', numeric: true, render: (a) => a.days },
            { key: 'run', header: 'Longest run (days)', numeric: true, render: (a) => a.result.longestRunDays },
            { key: 'status', header: 'What to do', render: status },
          ]}
        />
      </Stack>
    </section>
  );
};
