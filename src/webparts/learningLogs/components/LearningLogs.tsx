import * as React from 'react';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { WRAPPING_PIVOT_STYLES } from '../../../ui/fluent/pivotStyles';
import { PupilPage } from '../../../ui/PupilPage';
import { onDemand } from '../../../ui/onDemand';
import { PupilLearningLog } from './PupilLearningLog';
import { OfflineEntriesBanner } from './offline/OfflineEntriesBanner';
import { useOfflineEntries, type OfflineEntries } from './offline/useOfflineEntries';

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
  // Entries written on this device with no connection: sent as soon as the web part opens, whichever pupil is chosen.
  const offline = useOfflineEntries();
  return (
    <>
      <OfflineEntriesBanner queue={offline} />
      <LearningLogPages offline={offline} />
    </>
  );
};

const LearningLogPages: React.FC<{ readonly offline: OfflineEntries }> = ({ offline }) => (
  <PupilPage title="Learning logs" headingId="learning-logs-heading" what="learning log">
    {(pupil, canEdit) => (
      <Pivot styles={WRAPPING_PIVOT_STYLES} aria-label={`Logs of ${pupil.firstName} ${pupil.lastName}`}>
        <PivotItem headerText="Learning log" itemKey="learning">
          <PupilLearningLog pupil={pupil} canEdit={canEdit} offline={offline} />
        </PivotItem>
        <PivotItem headerText="Behaviour" itemKey="behaviour">
          <BehaviourLogView pupil={pupil} canEdit={canEdit} />
        </PivotItem>
        <PivotItem headerText="SEMH focus" itemKey="semh">
          <SemhProfilesView pupil={pupil} canEdit={canEdit} />
        </PivotItem>
      </Pivot>
    )}
  </PupilPage>
);
