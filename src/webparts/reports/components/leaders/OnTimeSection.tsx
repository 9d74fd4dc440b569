import * as React from 'react';
import { Text } from '../../../../ui/plain/Text';
import { onTimeSummary, type MeetingsOnTime } from '../../../../domain';
import { DataTable } from '../../../../ui/DataTable';

/** "Meetings and notifications on time": counts only, so both versions show the same (no pupil is ever named). */
export const OnTimeSection: React.FC<{ onTime: MeetingsOnTime }> = ({ onTime }) => (
  <div>
    <Text block>{onTimeSummary(onTime)}</Text>
    <DataTable
      caption="Review meetings due in the period"
      rows={onTime.reviews}
      getKey={(x) => x.kind}
      columns={[
        { key: 'kind', header: 'Review', rowHeader: true, render: (x) => x.label },
        { key: 'due', header: 'Due', numeric: true, render: (x) => x.due },
        { key: 'onTime', header: 'Held on time', numeric: true, render: (x) => x.heldOnTime },
        { key: 'late', header: 'Held late', numeric: true, render: (x) => x.heldLate },
        { key: 'overdue', header: 'Not yet held, overdue', numeric: true, render: (x) => x.overdue },
      ]}
    />
    <DataTable
      caption="Notifications in the period"
      rows={onTime.notifications}
      getKey={(x) => x.kind}
      empty="No notification was sent or tried in the period."
      columns={[
        { key: 'kind', header: 'Notification', rowHeader: true, render: (x) => x.kind },
        { key: 'sent', header: 'Sent', numeric: true, render: (x) => x.sent },
        { key: 'failed', header: 'Failed', numeric: true, render: (x) => x.failed },
        { key: 'pending', header: 'Still pending', numeric: true, render: (x) => x.pending },
      ]}
    />
    <Text block variant="small">
      Not recorded: {onTime.notRecorded.join(' ')}
    </Text>
  </div>
);
