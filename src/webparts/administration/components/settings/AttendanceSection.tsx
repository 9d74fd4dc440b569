import * as React from 'react';
import { ALWAYS_NOT_POSSIBLE_CODES, ATTENDANCE_CODES, SWITCHABLE_NOT_POSSIBLE_CODES } from '../../../../domain';
import { CodesSetting, ManySetting, NumberSetting } from './SettingsFields';
import { Row, SettingsSection } from './SettingsSection';

const meaning: Record<string, string> = Object.fromEntries(ATTENDANCE_CODES.map((c) => [c.code, `${c.code}: ${c.meaning}`]));

/** Stage boundaries, persistent and severe absence, the penalty-notice threshold, illness and N follow-up. */
export const AttendanceSection: React.FC = () => (
  <SettingsSection id="attendance" description="Attendance figures, stages and alerts use these numbers as soon as they are saved.">
    <Row>
      <NumberSetting path={['stageBoundaries', 'stage1AbovePercent']} label="Stage 1: attendance above" suffix="%" description="Default 90: 90.5% is Stage 1, 90% is Stage 2." />
      <NumberSetting path={['stageBoundaries', 'stage3AtOrBelowPercent']} label="Stage 3: attendance at or below" suffix="%" description="Default 80." />
      <NumberSetting path={['prizeDrawTicketAbovePercent']} label="Prize draw ticket: a week above" suffix="%" />
    </Row>
    <Row>
      <NumberSetting path={['persistentAbsencePercent']} label="Persistent absence: absence at or above" suffix="%" description="National measure: 10%." />
      <NumberSetting path={['severeAbsencePercent']} label="Severe absence: absence at or above" suffix="%" description="National measure: 50%." />
    </Row>
    <Row>
      <NumberSetting path={['penaltyThreshold', 'sessions']} label="Penalty notice threshold: sessions" suffix="sessions" description="National threshold: 10 sessions of unauthorised absence." />
      <NumberSetting path={['penaltyThreshold', 'schoolWeeks']} label="Penalty notice threshold: within" suffix="school weeks" description="A rolling period of 10 school weeks." />
      <CodesSetting path={['penaltyThreshold', 'codes']} label="Codes counted towards the threshold" description="Separate codes with commas, like G, N, O, U." />
    </Row>
    <Row>
      <NumberSetting path={['illnessReturnDays']} label="Illness: days before the sickness return" suffix="days" description="Days of code I in the school year, in a row or in all." />
      <NumberSetting path={['nReplacementSchoolDays']} label="Replace an N within" suffix="school days" />
    </Row>
    <ManySetting
      path={['notPossibleCodes']}
      label="Codes that are not possible sessions"
      description="D, X, Z and # are never possible sessions. Whether Q and Y1 to Y7 count is unconfirmed nationally: leave them ticked unless the local authority says otherwise."
      options={[...ALWAYS_NOT_POSSIBLE_CODES, ...SWITCHABLE_NOT_POSSIBLE_CODES]}
      fixed={ALWAYS_NOT_POSSIBLE_CODES}
      labels={meaning}
    />
  </SettingsSection>
);
