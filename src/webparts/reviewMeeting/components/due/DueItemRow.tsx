import * as React from 'react';
import { DefaultButton, PrimaryButton } from '../../../../ui/plain/buttons';
import { PlainIcon } from '../../../../ui/plain/icons';
import { Text } from '../../../../ui/plain/Text';
import { DUE_STATUS_LABELS, formatUkDate, type DueRow } from '../../../../domain';
import { formatDay, formatInstant } from '../shared';
import { PupilNameLink } from '../../../../ui/pupilRecord/PupilNameLink';

/** What staff can do from a row; each is offered only where it applies. */
export interface DueRowActions {
  readonly arrange?: (row: DueRow) => void;
  readonly open?: (meetingId: number) => void;
  readonly markDone?: (row: DueRow) => Promise<void>;
  /** The form that records the review as held outside Pathways Hub (reviews recorded on a PIP are not offered it). */
  readonly recordHeld?: (row: DueRow, close: () => void) => React.ReactNode;
  /** The form that records an item done where it is listed: a transition plan's review, an EHC needs assessment's step. */
  readonly record?: (row: DueRow, close: () => void) => React.ReactNode;
}

const STATUS_ICON = { overdue: 'ErrorBadge', 'due-soon': 'Warning', upcoming: 'Calendar' } as const;
const STATUS_COLOUR = { overdue: '#a4262c', 'due-soon': '#8a6100', upcoming: '#323130' } as const;

/** The words on the button that records a task as done today. */
export const DONE_LABELS: Partial<Record<DueRow['item']['kind'], string>> = {
  'ehcp-papers': 'Papers circulated today',
  'ehcp-report': 'Report sent today',
  'ehcp-la-decision': 'LA decision received today',
  'la-information-request': 'Replied today',
  'draft-plan-comments': 'Comments sent today',
};

/** The words on the button that opens the form recording the item (the forms DueView opens). */
export const RECORD_LABELS: Partial<Record<DueRow['item']['kind'], string>> = {
  'transition-plan-review': 'Record the review',
  'ehc-assessment-decision': 'Record the LA’s decision',
  'ehc-assessment-draft': 'Record the draft plan or notice',
  'ehc-assessment-final': 'Record the final plan',
};

/** One item of the Due view: what, for whom, by when and why, its status in words (not colour alone), and what to do. */
export const DueItemRow: React.FC<{ row: DueRow; pupil: string; showPupil: boolean; actions: DueRowActions; canAct: boolean }> = ({
  row,
  pupil,
  showPupil,
  actions,
  canAct,
}) => {
  const { item, status } = row;
  const [busy, setBusy] = React.useState(false);
  const [recordingHeld, setRecordingHeld] = React.useState(false);
  const [recording, setRecording] = React.useState(false);
  const recordLabel = RECORD_LABELS[item.kind];
  const title = showPupil ? (
    <>
      {item.label}: <PupilNameLink pupilId={item.pupilId}>{pupil}</PupilNameLink>
    </>
  ) : (
    item.label
  );
  const when =
    item.actBy === item.dueDate ? `Due by ${formatDay(item.dueDate)}` : `Act by ${formatDay(item.actBy)} (the period ends ${formatUkDate(item.dueDate)})`;
  const done = DONE_LABELS[item.kind];
  const doneNeedsMeeting = item.kind === 'ehcp-papers';
  return (
    <li className="pw-due-row" data-due-kind={item.kind} style={{ borderLeft: `4px solid ${STATUS_COLOUR[status]}`, padding: '8px 12px', marginBottom: 8, listStyle: 'none' }}>
      <Text as="h5" variant="mediumPlus" block style={{ margin: 0, fontWeight: 600 }}>
        {title}
      </Text>
      <Text block>
        <span aria-hidden="true" style={{ color: STATUS_COLOUR[status], marginRight: 6, display: 'inline-block', verticalAlign: 'text-bottom' }}>
          <PlainIcon name={STATUS_ICON[status]} />
        </span>
        <strong>{DUE_STATUS_LABELS[status]}.</strong> {when}.
      </Text>
      <Text block variant="small">
        Worked out as {item.basis}.
      </Text>
      {item.notes.map((n) => (
        <Text key={n} block variant="small">
          {n}
        </Text>
      ))}
      {item.planned && (
        <Text block variant="small">
          {item.planned.status === 'Draft' ? 'Draft meeting' : 'Meeting arranged'} for {formatInstant(item.planned.start)}:{' '}
          {item.planned.invited ? 'the invitation has been sent.' : 'no invitation has been sent yet.'}
        </Text>
      )}
      {canAct && (
        <div style={{ display: 'flex', gap: 8, marginTop: 6, flexWrap: 'wrap' }}>
          {item.meetingKind && !item.planned && actions.arrange && (
            <PrimaryButton onClick={() => actions.arrange?.(row)} ariaLabel={`Arrange the meeting: ${item.meetingKind.toLowerCase()} for ${pupil}`}>
              Arrange the meeting
            </PrimaryButton>
          )}
          {item.planned && !item.planned.invited && actions.arrange && (
            <PrimaryButton onClick={() => actions.arrange?.(row)} ariaLabel={`Send the invitation: ${item.label.toLowerCase()} for ${pupil}`}>
              Send the invitation
            </PrimaryButton>
          )}
          {item.planned && actions.open && (
            <DefaultButton onClick={() => item.planned && actions.open?.(item.planned.id)} ariaLabel={`Open the meeting: ${item.label.toLowerCase()} for ${pupil}`}>
              Open the meeting
            </DefaultButton>
          )}
          {done && actions.markDone && (!doneNeedsMeeting || item.planned) && (
            <DefaultButton
              disabled={busy}
              ariaLabel={`${done}: ${item.label}, ${pupil}`}
              onClick={() => {
                setBusy(true);
                void actions.markDone?.(row).finally(() => setBusy(false));
              }}
            >
              {done}
            </DefaultButton>
          )}
          {item.meetingKind && item.kind !== 'pip-review' && !item.planned && actions.recordHeld && !recordingHeld && (
            <DefaultButton onClick={() => setRecordingHeld(true)} ariaLabel={`Record as held: ${item.meetingKind.toLowerCase()} for ${pupil}`}>
              Record as held
            </DefaultButton>
          )}
          {recordLabel && actions.record && !recording && (
            <DefaultButton onClick={() => setRecording(true)} ariaLabel={`${recordLabel}: ${item.label}, ${pupil}`}>
              {recordLabel}
            </DefaultButton>
          )}
        </div>
      )}
      {canAct && recordingHeld && actions.recordHeld?.(row, () => setRecordingHeld(false))}
      {canAct && recording && actions.record?.(row, () => setRecording(false))}
    </li>
  );
};
