import * as React from 'react';
import { NumberSetting } from './SettingsFields';
import { Row, SettingsSection } from './SettingsSection';

/** How long records are kept (the lists' retention follows these; see docs/data-protection.md). */
export const RetentionSection: React.FC = () => (
  <SettingsSection id="retention" description="How long records are kept before they are reviewed for deletion. Depart from the IRMS toolkit only with a documented reason.">
    <Row>
      <NumberSetting path={['retention', 'attendanceRegisterYears']} label="Registers: from each entry" suffix="years" description="The law requires 6 years." />
      <NumberSetting path={['retention', 'pupilRecordYearsFromBirth']} label="Pupil record: from date of birth" suffix="years" description="Usually 25." />
    </Row>
    <Row>
      <NumberSetting path={['retention', 'senFileYearsFromBirth']} label="SEN file: from date of birth" suffix="years" description="Usually 31." />
      <NumberSetting path={['retention', 'childProtectionYearsFromBirth']} label="Child protection: from date of birth" suffix="years" />
    </Row>
  </SettingsSection>
);
