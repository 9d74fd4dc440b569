import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { NumberSetting } from './SettingsFields';
import { SettingsSection } from './SettingsSection';

/** What the named staff of a pupil's home school can read, and for how long after the pupil leaves. */
export const HomeSchoolsSection: React.FC = () => (
  <SettingsSection id="homeSchools">
    <Text block styles={{ root: { marginBottom: 8 } }}>
      The named staff of a pupil&apos;s home school read that pupil&apos;s records (details, attendance, PIPs, learning logs, support plans and
      targets, meetings) and nothing about any other pupil. SharePoint&apos;s permissions enforce it, not the page.
    </Text>
    <NumberSetting
      path={['leaverAccessDays']}
      label="After a pupil leaves, the home school can still read their records for"
      suffix="days"
      description="0 ends their access on the leaving day. Not set in law: agree it with the schools."
    />
  </SettingsSection>
);
