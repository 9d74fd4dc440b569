import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { REFERRAL_ROUTES } from '../../../../domain';
import { Section } from '../../../../ui/form/FormBits';
import { DraftChoice, DraftDate, DraftText, type SectionProps } from './formKit';

/** How the pupil was referred and what the commissioning documents say. */
export const ReferralFields: React.FC<SectionProps> = (props) => (
  <Section title="Referral and commissioning">
    <Stack tokens={{ childrenGap: 8 }}>
      <DraftChoice {...props} k="referralRoute" label="Referral route" noneText="Not recorded" options={REFERRAL_ROUTES.map((r) => ({ key: r, text: r }))} />
      <DraftDate {...props} k="referralDate" label="Referral date" />
      <DraftText {...props} k="commissioningRef" label="Commissioning document reference" description="The agreement or panel minute." />
      <DraftText {...props} k="commissioningNotes" label="Commissioning details" multiline description="Hours, funding, length of placement, review arrangements." />
    </Stack>
  </Section>
);
