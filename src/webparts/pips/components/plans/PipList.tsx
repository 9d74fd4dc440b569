import * as React from 'react';
import { ActionButton, PrimaryButton } from '../../../../ui/plain/buttons';
import { Stack } from '../../../../ui/plain/Stack';
import { currentTimetable, formatUkDate, londonToday, pipFlags, pipReviewStatus, weeklyHours, type PipStatus } from '../../../../domain';
import { useServices } from '../../../../ui/ServicesContext';
import { DataTable } from '../../../../ui/DataTable';
import { PlainSelect } from '../../../../ui/plain/PlainFields';
import { PupilNameLink } from '../../../../ui/pupilRecord/PupilNameLink';
import { pupilName, usePipContext } from '../usePipData';

type Filter = PipStatus | 'All';

/** Every PIP: who, status, dates, hours against full time, the next review and what needs doing. */
export const PipList: React.FC<{ onOpen: (id: number) => void; onNew: () => void }> = ({ onOpen, onNew }) => {
  const { now } = useServices();
  const { data } = usePipContext();
  const [filter, setFilter] = React.useState<Filter>('Active');
  const today = londonToday(now());
  const byPupil = new Map(data.pupils.map((p) => [p.id, p]));
  const rows = data.pips
    .filter((p) => filter === 'All' || p.status === filter)
    .map((pip) => {
      const pupil = byPupil.get(pip.pupilId);
      const held = data.reviews.filter((r) => r.pipId === pip.id).map((r) => r.reviewDate);
      return {
        pip,
        pupil,
        name: pupil ? pupilName(pupil) : `Pupil ${pip.pupilId}`,
        hours: weeklyHours(currentTimetable(pip.timetables)?.slots ?? []),
        next: pip.status === 'Active' ? pipReviewStatus(pip, held, today, data.settings).actBy : undefined,
        flags: pupil ? pipFlags(pip, pupil, held, today, data.settings) : [],
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
        <PrimaryButton text="New PIP" onClick={onNew} />
        <PlainSelect
          label="Show"
          value={filter}
          options={[
            { key: 'Active', text: 'Active PIPs' },
            { key: 'Draft', text: 'Drafts (being agreed)' },
            { key: 'Ended', text: 'Ended PIPs' },
            { key: 'All', text: 'All PIPs' },
          ]}
          onChange={(key) => setFilter(key as Filter)}
          width={220}
        />
      </Stack>
      <DataTable
        caption={`Phased Integration Plans (${rows.length})`}
        rows={rows}
        getKey={(r) => String(r.pip.id)}
        empty="No PIPs to show."
        columns={[
          { key: 'pupil', header: 'Pupil', rowHeader: true, render: (r) => <PupilNameLink pupilId={r.pip.pupilId}>{r.name}</PupilNameLink> },
          {
            key: 'open',
            header: 'Plan',
            render: (r) => (
              <ActionButton text="Open the PIP" ariaLabel={`Open the PIP for ${r.name}`} onClick={() => onOpen(r.pip.id)} style={{ height: 'auto', minHeight: 24, padding: 0 }} />
            ),
          },
          { key: 'status', header: 'Status', render: (r) => r.pip.status },
          { key: 'start', header: 'Start', render: (r) => formatUkDate(r.pip.startDate) },
          { key: 'end', header: 'Planned end', render: (r) => formatUkDate(r.pip.plannedEndDate) },
          { key: 'hours', header: 'Hours a week', numeric: true, render: (r) => `${r.hours} of ${data.settings.fullTimeHours}` },
          { key: 'next', header: 'Next review', render: (r) => (r.next ? formatUkDate(r.next) : '') },
          { key: 'flags', header: 'To do', render: (r) => r.flags.map((f) => f.message).join('. ') },
        ]}
      />
    </Stack>
  );
};
