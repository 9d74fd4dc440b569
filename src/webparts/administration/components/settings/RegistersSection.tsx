import * as React from 'react';
import { Text } from '../../../../ui/plain/Text';
import { MAX_REGISTER_WINDOW_MINUTES, SESSIONS } from '../../../../domain';
import { TimeSetting } from './SettingsFields';
import { Row, SettingsSection } from './SettingsSection';

const SESSION_NAME = { AM: 'Morning', PM: 'Afternoon' } as const;

/** Register open and close times per session, and the school day PIP timetables must fit in. */
export const RegistersSection: React.FC = () => (
  <SettingsSection
    id="registers"
    description={`Times use the 24-hour clock (HH:MM). A pupil arriving after the register opens and before it closes is late (L); at or after it closes, U. The register may stay open for at most ${MAX_REGISTER_WINDOW_MINUTES} minutes, the same in both sessions.`}
  >
    {SESSIONS.map((s) => (
      <div key={s}>
        <Text as="h4" block styles={{ root: { fontWeight: 600, margin: '12px 0 0' } }}>
          {SESSION_NAME[s]} session
        </Text>
        <Row>
          <TimeSetting path={['sessions', s, 'startsAt']} label={`${SESSION_NAME[s]}: session starts`} />
          <TimeSetting path={['sessions', s, 'registerOpens']} label={`${SESSION_NAME[s]}: register opens`} />
          <TimeSetting path={['sessions', s, 'registerCloses']} label={`${SESSION_NAME[s]}: register closes`} />
          <TimeSetting path={['sessions', s, 'endsAt']} label={`${SESSION_NAME[s]}: session ends`} />
        </Row>
      </div>
    ))}
    <Text as="h4" block styles={{ root: { fontWeight: 600, margin: '12px 0 0' } }}>
      School day
    </Text>
    <Row>
      <TimeSetting path={['schoolDay', 'start']} label="School day starts" description="PIP timetables fit inside the school day." />
      <TimeSetting path={['schoolDay', 'end']} label="School day ends" />
    </Row>
  </SettingsSection>
);
