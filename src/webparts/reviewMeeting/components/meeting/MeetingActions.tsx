import * as React from 'react';
import { DefaultButton, PrimaryButton } from '../../../../ui/plain/buttons';
import type { Saved } from '../../../../data/ports';
import { formatUkDate, londonParts, londonWallTimeToIso, parseUkDate, isClockTime, type ReviewMeeting } from '../../../../domain';
import { useServices } from '../../../../ui/ServicesContext';
import { PlainTextField } from '../../../../ui/plain/PlainFields';
import { errorText, type Notice } from '../shared';

export interface MeetingActionsProps {
  readonly meeting: Saved<ReviewMeeting>;
  /** What the person pressed in the meeting (MeetingView): "Move the meeting" or "Cancel the meeting". */
  readonly mode: 'move' | 'cancel';
  readonly onChanged: (notice: Notice) => void;
  /** "Keep it as it is". */
  readonly onClose: () => void;
}

/**
 * Moving or cancelling a meeting: the Outlook invitation is updated (or cancelled) first, then the record. Loaded
 * (chunk `review-meeting-actions`) when the person presses "Move the meeting" or "Cancel the meeting".
 */
export const MeetingActions: React.FC<MeetingActionsProps> = ({ meeting, mode, onChanged, onClose }) => {
  const { meetingService } = useServices();
  const [date, setDate] = React.useState(formatUkDate(londonParts(meeting.start).date));
  const [time, setTime] = React.useState(londonParts(meeting.start).time);
  const [comment, setComment] = React.useState('');
  const [error, setError] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);

  const run = async (work: () => Promise<Saved<ReviewMeeting>>, done: string): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(`${errorText(e)} Nothing was changed.`);
      setBusy(false);
      return;
    }
    // Done: the meeting closes this form (no state of it to set any more).
    onChanged({ ok: true, text: done });
  };

  const move = (): void => {
    const day = parseUkDate(date);
    if (day === null) return setError('Enter the date as dd/mm/yyyy');
    if (!isClockTime(time)) return setError('Enter the start time as HH:MM');
    const start = londonWallTimeToIso(day, time);
    const end = new Date(Date.parse(start) + Date.parse(meeting.end) - Date.parse(meeting.start)).toISOString();
    void run(() => meetingService.reschedule(meeting, { start, end }), meeting.eventId ? 'The meeting is moved and the attendees have been sent the new time.' : 'The meeting is moved.');
  };

  return (
    <div style={{ border: '1px solid #c8c6c4', padding: 8, margin: '8px 0', maxWidth: 560 }}>
      {mode === 'move' ? (
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <PlainTextField label="New date (dd/mm/yyyy)" value={date} onChange={setDate} />
          <PlainTextField label="New start time (HH:MM)" value={time} onChange={setTime} />
        </div>
      ) : (
        <PlainTextField label="Message to the attendees (optional)" value={comment} onChange={setComment} />
      )}
      {error && <div role="alert">{error}</div>}
      <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
        <PrimaryButton disabled={busy} onClick={() => (mode === 'move' ? move() : void run(() => meetingService.cancel(meeting, comment), 'The meeting is cancelled and the attendees have been told.'))}>
          {mode === 'move' ? 'Move and tell the attendees' : 'Cancel the meeting and tell the attendees'}
        </PrimaryButton>
        <DefaultButton disabled={busy} onClick={onClose}>
          Keep it as it is
        </DefaultButton>
      </div>
    </div>
  );
};
