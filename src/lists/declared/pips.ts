import { CONTACT_METHODS, PIP_AGREEMENT_METHODS, PIP_REASONS, PIP_STATUSES } from '../../domain/vocabulary';
import { boolean, choice, clientKey, date, integer, lookup, multiChoice, note, number, pupilLookup, text } from '../fieldBuilders';
import { signOff, PIP_CONFIDENTIAL_COLUMNS } from './columns';
import type { ListDefinition } from '../types';

export const pipsList: ListDefinition = {
  key: 'pips',
  title: 'Pathways PIPs',
  url: 'Lists/PwPips',
  description: 'Phased Integration Plans (temporary part-time timetables, code C2): Appendix 1.',
  fields: [
    pupilLookup(),
    choice('PwStatus', 'Status', PIP_STATUSES, { required: true, indexed: true }),
    date('PwStartDate', 'Start date', { required: true }),
    date('PwPlannedEndDate', 'Planned end date', { required: true }),
    lookup('PwPreviousPip', 'Previous PIP', 'pips'),
    multiChoice('PwReasons', 'Reasons', PIP_REASONS, { required: true }),
    note('PwInterventions', 'Interventions (JSON)'),
    note('PwTargets', 'Targets (JSON)'),
    note('PwTimetables', 'Timetable history (JSON)'),
    note('PwExitStrategy', 'Exit strategy'),
    ...signOff('Service', 'Service'),
    ...signOff('Parent', 'Parent/carer'),
    text('PwParentRelationship', 'Parent/carer relationship to the pupil', { maxLength: 100 }),
    choice('PwAgreementMethod', 'Written agreement given by', PIP_AGREEMENT_METHODS),
    integer('PwAgreementFileId', 'Signed agreement form (Letters item id)', {
      description: "The signed form's item in Pathways Letters, in the pupil's folder.",
    }),
    text('PwAgreementRecordedBy', 'Agreement recorded by'),
    ...signOff('Student', 'Student'),
    choice('PwCommMethod', 'Communicated by', CONTACT_METHODS),
    date('PwCommDate', 'Communicated on'),
    text('PwCommStaff', 'Communicated by (staff)'),
    boolean('PwBeenOnPipBefore', 'Been on a PIP before'),
    number('PwAttendanceAtStart', 'Overall attendance at the start %'),
    boolean('PwNotBehaviour', 'Confirmed: not a behaviour-management measure'),
    date('PwEndedOn', 'Ended on'),
    date('PwVirtualSchoolToldOn', 'Virtual School told on'),
    date('PwSendTeamToldOn', 'LA SEND team told on'),
    clientKey(),
  ],
  versioning: { enabled: true, majorVersionLimit: 100 },
  security: 'pupil-folder',
  // Moved to Pathways PIP Confidential by the v2-pip-confidential-split migration (docs/sharing.md).
  retiredFields: PIP_CONFIDENTIAL_COLUMNS.map((internalName) => ({ internalName, movedTo: 'pipConfidential' as const })),
};
