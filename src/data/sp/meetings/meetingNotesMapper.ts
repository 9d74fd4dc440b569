/**
 * The staff's own notes of a review meeting, stored apart from the meeting item (docs/sharing.md): the meeting is
 * shared with the home school when the PRU switches review meetings on, and SharePoint has no column-level security,
 * so the notes cannot live on it. Pathways Review Meeting Notes has one item per meeting (PwMeetingKey, unique: the
 * meeting's item id) and is never shared with a home school. What the school is told (outcomes, actions, views,
 * target outcomes) stays on the meeting. The column keeps the internal name it had on the meeting item (PwNotes).
 */
import { z } from 'zod';
import { itemIdSchema, optionalText, type ReviewMeeting } from '../../../domain';
import { listByKey } from '../../../lists';
import { confidentialKey } from '../confidential/confidentialKey';
import { createRecordMapper } from '../recordMapper';

/** The meeting's confidential part. */
export type MeetingNotes = Pick<ReviewMeeting, 'notes'>;

export interface MeetingNotesRecord extends MeetingNotes {
  readonly pupilId: number;
  readonly meetingId: number;
  readonly meetingKey: string;
}

const schema = z.object({ notes: optionalText(), pupilId: itemIdSchema, meetingId: itemIdSchema, meetingKey: z.string().min(1) });

export const meetingNotesMapper = createRecordMapper<MeetingNotesRecord>({
  list: listByKey('reviewMeetingNotes'),
  schema: schema as unknown as z.ZodType<MeetingNotesRecord, z.ZodTypeDef, unknown>,
  fields: { pupilId: 'PwPupil', meetingId: 'PwMeeting', meetingKey: 'PwMeetingKey', notes: 'PwNotes' },
});

export const meetingNotesRecord = (meetingId: number, part: MeetingNotes & { readonly pupilId: number }): MeetingNotesRecord => ({
  notes: part.notes,
  pupilId: part.pupilId,
  meetingId,
  meetingKey: confidentialKey(meetingId),
});
