import { REPORT_HANDOVER_WAYS } from '../../domain/vocabulary';
import { choice, date, lookup, note, pupilLookup, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';
import { pupilRecordRetention } from '../retentionRules';

export const lettersList: ListDefinition = {
  key: 'letters',
  title: 'Pathways Letters',
  url: 'PwLetters',
  template: 'documentLibrary',
  description:
    'Letters to parents and carers as Word documents, in each pupil’s folder: PIP timetable letters (attendance policy Appendix 2) and termly progress reports (Appendix 3); and the common transfer files and attendance transfers (XML) made for leavers and main schools.',
  fields: [
    pupilLookup(),
    lookup('PwPip', 'PIP', 'pips', { indexed: true }),
    choice('PwLetterKind', 'Letter', ['PIP timetable', 'Other', 'Common transfer file', 'Attendance transfer', 'Termly progress report', 'PIP agreement'], { required: true }),
    date('PwLetterDate', 'Letter date', { required: true }),
    text('PwSentBy', 'Written by'),
    date('PwSentOn', 'Sent on'),
    date('PwParentSharedOn', 'Shared with the parent on'),
    text('PwParentSharedBy', 'Shared with the parent by'),
    choice('PwParentSharedHow', 'How the parent had it', REPORT_HANDOVER_WAYS),
    date('PwSchoolSharedOn', 'Shared with the home school on'),
    text('PwSchoolSharedBy', 'Shared with the home school by'),
    note('PwSchoolSharedTo', 'Home-school staff told'),
    note('PwShareHistory', 'Sharing history (JSON)'),
  ],
  versioning: { enabled: true, majorVersionLimit: 50 },
  security: 'pupil-folder',
  pruOnlyFolder: 'PRU only',
  retention: pupilRecordRetention('Correspondence about the pupil is part of the pupil record: until the 25th birthday (IRMS toolkit).'),
};
