import * as React from 'react';
import { Text } from '../../../../ui/plain/Text';
import { HOME_SCHOOL_SHARING_OPTIONS, HOME_SCHOOL_SHARING_WORDS, LETTER_SHARING_KEYS, LETTER_SHARING_ORDER, LETTER_SHARING_WORDS } from '../../../../domain';
import { NumberSetting, YesNoSetting } from './SettingsFields';
import { SettingsSection } from './SettingsSection';

/** What the named staff of a pupil's home school can read, and for how long after the pupil leaves (docs/sharing.md). */
export const HomeSchoolsSection: React.FC = () => (
  <SettingsSection id="homeSchools">
    <Text block styles={{ root: { marginBottom: 8 } }}>
      The named staff of a pupil&apos;s home school always read that pupil&apos;s details (never the safeguarding, health or family contact
      details), attendance, behaviour and engagement logs and learning logs, and nothing about any other pupil. They read the records ticked
      below as well. SharePoint&apos;s permissions enforce it, not the page: after changing these, open Site setup, where “Check this site” lists
      each pupil whose records do not follow them yet, with a Repair (a pupil&apos;s “Share with home school” does the same).
    </Text>
    <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
      <legend>
        <Text variant="mediumPlus">The home school also reads</Text>
      </legend>
      {HOME_SCHOOL_SHARING_OPTIONS.map((key) => (
        <YesNoSetting key={key} path={['homeSchoolSharing', key]} label={HOME_SCHOOL_SHARING_WORDS[key]} />
      ))}
    </fieldset>
    <fieldset style={{ border: 'none', margin: '12px 0 0', padding: 0 }}>
      <legend>
        <Text variant="mediumPlus">Letters and documents the home school reads</Text>
      </legend>
      <Text block styles={{ root: { marginTop: 4 } }}>
        Only while “Letters and documents” is ticked above. A kind not ticked is filed in the pupil&apos;s “PRU only” folder, which no school can
        read. Changing these moves each pupil&apos;s letters already filed when their sharing is next applied (“Apply to all pupils now”).
      </Text>
      {LETTER_SHARING_ORDER.map((kind) => (
        <YesNoSetting key={kind} path={['homeSchoolSharing', 'letterKinds', LETTER_SHARING_KEYS[kind]]} label={LETTER_SHARING_WORDS[kind]} />
      ))}
    </fieldset>
    <NumberSetting
      path={['leaverAccessDays']}
      label="After a pupil leaves, the home school can still read their records for"
      suffix="days"
      description="0 ends their access on the leaving day. Not set in law: agree it with the schools."
    />
  </SettingsSection>
);
