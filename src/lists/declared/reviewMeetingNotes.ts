import { lookup, note, pupilLookup, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';

export const reviewMeetingNotesList: ListDefinition = {
  key: 'reviewMeetingNotes',
  title: 'Pathways Review Meeting Notes',
  url: 'Lists/PwReviewMeetingNotes',
  description:
    'The staff’s own notes of a review meeting, never shared with a home school whatever the sharing settings (docs/sharing.md): the outcomes, actions, views and target outcomes the school is told stay on the meeting. One item per meeting.',
  fields: [
    pupilLookup(),
    lookup('PwMeeting', 'Review meeting', 'reviewMeetings', { required: true, indexed: true }),
    text('PwMeetingKey', 'Meeting item id', {
      required: true,
      indexed: true,
      unique: true,
      maxLength: 12,
      description: 'The meeting’s item id in Pathways Review Meetings: at most one notes item per meeting.',
    }),
    note('PwNotes', 'Notes', { sensitive: true }),
  ],
  versioning: { enabled: true, majorVersionLimit: 50 },
  security: 'staff-only',
  confidentialPartOf: { list: 'reviewMeetings', lookup: 'PwMeeting', key: 'PwMeetingKey' },
};
