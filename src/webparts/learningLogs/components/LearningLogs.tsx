import * as React from 'react';
import { PupilPage } from '../../../ui/PupilPage';
import { onDemand } from '../../../ui/onDemand';
import { PlainTabs } from '../../../ui/plain/PlainTabs';
import { PupilLearningLog } from './PupilLearningLog';
import { useEntrySending, type EntriesOffline } from './offline/useEntrySending';

const BehaviourLogView = onDemand('Loading the behaviour and engagement log…', () =>
  import(/* webpackChunkName: 'learning-logs-behaviour' */ './behaviour/BehaviourLogView').then((m) => m.BehaviourLogView),
);
const SemhProfilesView = onDemand('Loading the SEMH focus profiles…', () =>
  import(/* webpackChunkName: 'learning-logs-semh' */ './behaviour/SemhProfilesView').then((m) => m.SemhProfilesView),
);

/**
 * Learning logs (Appendix 3), and beside them the behaviour and engagement log and the SEMH focus profiles (SEND
 * policy: lesson and behaviour logs live to the home school). On a pupil's page (?pupil=<id>) it opens that pupil.
 */
export const LearningLogs: React.FC = () => {
  // Entries written on this device with no connection: sent as soon as the web part opens, whichever pupil is chosen
  // (their sending loads when some are kept here, or with the entry form, which may keep one).
  const { offline, banner } = useEntrySending();
  return (
    <>
      {banner}
      <LearningLogPages offline={offline} />
    </>
  );
};

const LearningLogPages: React.FC<{ readonly offline: EntriesOffline }> = ({ offline }) => (
  <PupilPage title="Learning logs" headingId="learning-logs-heading" what="learning log">
    {(pupil, canEdit) => (
      <PlainTabs
        label={`Logs of ${pupil.firstName} ${pupil.lastName}`}
        tabs={[
          { key: 'learning', title: 'Learning log', render: () => <PupilLearningLog pupil={pupil} canEdit={canEdit} offline={offline} /> },
          { key: 'behaviour', title: 'Behaviour', render: () => <BehaviourLogView pupil={pupil} canEdit={canEdit} /> },
          { key: 'semh', title: 'SEMH focus', render: () => <SemhProfilesView pupil={pupil} canEdit={canEdit} /> },
        ]}
      />
    )}
  </PupilPage>
);
