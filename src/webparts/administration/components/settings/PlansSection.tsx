import * as React from 'react';
import { LinesSetting, NumberSetting, TextSetting } from './SettingsFields';
import { Row, SettingsSection } from './SettingsSection';

/** PIP review interval and the full-time week; the statutory and policy periods behind due dates and reminders. */
export const PlansSection: React.FC = () => (
  <SettingsSection id="plans" description="Due dates and reminders are worked out from these periods.">
    <Row>
      <NumberSetting path={['pipReviewIntervalWeeks']} label="PIP review every" suffix="weeks" />
      <NumberSetting path={['fullTimeHours']} label="Full-time week" suffix="hours" description="A PIP's reduced hours are compared with this." />
      <NumberSetting path={['statutory', 'placementReviewWeeks']} label="Placement review every" suffix="weeks" />
    </Row>
    <Row>
      <NumberSetting path={['statutory', 'baselineAssessmentWeeks']} label="Baseline assessment within" suffix="weeks" description="From the start of the placement." />
      <NumberSetting path={['statutory', 'pepReviewsPerYear']} label="PEP reviews each year" suffix="reviews" description="Termly is 3." />
    </Row>
    <Row>
      <NumberSetting path={['statutory', 'ehcpAnnualReviewMonths']} label="EHC plan review every" suffix="months" />
      <NumberSetting path={['statutory', 'ehcpReviewInvitationWeeks']} label="EHC review invitations sent" suffix="weeks before" />
      <NumberSetting path={['statutory', 'ehcpReviewPapersWeeks']} label="EHC review papers sent" suffix="weeks before" />
    </Row>
    <Row>
      <NumberSetting path={['statutory', 'ehcpReviewReportWeeks']} label="EHC review report within" suffix="weeks after" />
      <NumberSetting path={['statutory', 'ehcpLaDecisionWeeks']} label="LA decision within" suffix="weeks after" />
      <NumberSetting path={['statutory', 'draftPlanCommentDays']} label="Comments on a draft plan within" suffix="days" />
    </Row>
    <Row>
      <NumberSetting
        path={['statutory', 'ehcAssessDecisionWeeks']}
        label="LA decides whether to assess within"
        suffix="weeks"
        description="EHC needs assessment: from the LA's receipt of the request."
      />
      <NumberSetting path={['statutory', 'ehcAfterAssessmentWeeks']} label="Draft plan, or no plan, within" suffix="weeks" description="From the LA's receipt of the request." />
      <NumberSetting path={['statutory', 'ehcFinalPlanWeeks']} label="Final EHC plan within" suffix="weeks" description="From the LA's receipt of the request." />
    </Row>
    <Row>
      <NumberSetting path={['statutory', 'laInformationRequestWeeks']} label="Answer an LA request within" suffix="weeks" />
      <TextSetting path={['statutory', 'phaseTransferDeadline']} label="Phase transfer review deadline (MM-DD)" description="15 February is 02-15." />
      <TextSetting path={['statutory', 'post16TransferDeadline']} label="Post-16 transfer deadline (MM-DD)" description="31 March is 03-31." />
    </Row>
    <Row>
      <NumberSetting
        path={['behaviourLog', 'focusProfileWeeks']}
        label="SEMH focus profile reviewed after"
        suffix="weeks"
        description="SEND policy: a group learner's own profile of needs over a 6-week period."
      />
      <LinesSetting
        path={['behaviourLog', 'semhIndicators']}
        label="SEMH indicators staff tick in a lesson"
        description="One a line, in the order staff see them. The policy names none: agree them with the SEMH lead."
      />
    </Row>
    <NumberSetting
      path={['learningLogEntriesPerHalfTerm']}
      label="Learning log entries expected"
      suffix="per subject each half-term"
      description="A half-term that ends with fewer is flagged on the pupil's learning log. 0 turns the check off."
    />
    <NumberSetting path={['highNeedsThreshold']} label="High-needs cost threshold" suffix="£ a year" description="Element 2: the first £6,000 of additional support." />
  </SettingsSection>
);
