import * as React from 'react';
import { GOVERNOR_PUPIL_DETAIL } from '../../../../domain';
import { ChoiceSetting, NumberSetting, TextSetting } from './SettingsFields';
import { Row, SettingsSection } from './SettingsSection';

/** The report to leaders and governors: the national figures it compares with (and their source), the PIP length flagged, what governors see. */
export const ReportsSection: React.FC = () => (
  <SettingsSection
    id="reports"
    description="National figures change every year: enter those the DfE publishes (Pupil absence in schools in England) with their source. Leave a figure blank to show none."
  >
    <Row>
      <TextSetting path={['reports', 'national', 'academicYear']} label="National figures for the year" description="For example 2023/24." width={140} />
      <NumberSetting path={['reports', 'national', 'overallAbsencePercent']} label="Overall absence" suffix="%" optional />
      <NumberSetting path={['reports', 'national', 'authorisedAbsencePercent']} label="Authorised absence" suffix="%" optional />
      <NumberSetting path={['reports', 'national', 'unauthorisedAbsencePercent']} label="Unauthorised absence" suffix="%" optional />
    </Row>
    <Row>
      <NumberSetting path={['reports', 'national', 'persistentAbsencePercent']} label="Persistently absent pupils" suffix="%" optional />
      <NumberSetting path={['reports', 'national', 'severeAbsencePercent']} label="Severely absent pupils" suffix="%" optional />
    </Row>
    <TextSetting path={['reports', 'national', 'source']} label="Source of the national figures" description="The publication, the table and its address." multiline />
    <Row>
      <NumberSetting path={['reports', 'longPipWeeks']} label="Flag a PIP running longer than" suffix="weeks" description="Local authorities commonly expect a review at 6 to 8 weeks." />
      <ChoiceSetting path={['reports', 'governorPupilDetail']} label="The governors’ report shows pupils as" options={GOVERNOR_PUPIL_DETAIL} />
    </Row>
  </SettingsSection>
);
