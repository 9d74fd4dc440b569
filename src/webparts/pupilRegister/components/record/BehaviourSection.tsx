import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import type { Pupil } from '../../../../domain';
import type { Saved } from '../../../../data/ports';
import { BehaviourLogView } from '../../../learningLogs/components/behaviour/BehaviourLogView';

/**
 * The behaviour and engagement log on the pupil's record, beside attendance and the learning log (SEND policy 000:
 * "attendance and behaviour logs available live to identified staff at home school"): the learning-log web part's
 * view — engagement over time with its figures, the SEMH indicators seen most, every entry, and quick entry for PRU
 * staff. SharePoint shows the entries only to PRU staff and the pupil's home school (pupil-folder access).
 */
export const BehaviourSection: React.FC<{ pupil: Saved<Pupil>; canEdit: boolean }> = ({ pupil, canEdit }) => (
  <section aria-labelledby="record-behaviour" className="pw-record-section" style={{ marginTop: 24 }}>
    <Text as="h3" variant="large" id="record-behaviour" block styles={{ root: { margin: '0 0 8px' } }}>
      Behaviour and engagement
    </Text>
    <BehaviourLogView pupil={pupil} canEdit={canEdit} />
  </section>
);
