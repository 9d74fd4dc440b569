import * as React from 'react';
import { PupilPage } from '../../../ui/PupilPage';
import { PupilLearningLog } from './PupilLearningLog';

/** Learning logs (Appendix 3). On a pupil's page (?pupil=<id>) it opens that pupil's log. */
export const LearningLogs: React.FC = () => (
  <PupilPage title="Learning logs" headingId="learning-logs-heading" what="learning log">
    {(pupil, canEdit) => <PupilLearningLog pupil={pupil} canEdit={canEdit} />}
  </PupilPage>
);
