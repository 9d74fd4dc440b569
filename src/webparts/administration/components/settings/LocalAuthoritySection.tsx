import * as React from 'react';
import { LA_RETURN_FIELDS, LA_RETURN_FORMATS, LA_RETURN_TIMINGS } from '../../../../domain';
import { ChoiceSetting, ManySetting, NumberSetting, TextSetting } from './SettingsFields';
import { useSettingsForm } from './SettingsFormContext';
import { Row, SettingsSection } from './SettingsSection';

/** The local authority, its SEND team and Virtual School, and the part-time timetable return. */
export const LocalAuthoritySection: React.FC = () => {
  const { draft } = useSettingsForm();
  return (
    <SettingsSection id="la" description="Where returns and requests go. Leave an address blank if the local authority does not use one.">
      <TextSetting path={['localAuthorityName']} label="Local authority" />
      <Row>
        <TextSetting path={['laSendTeamEmail']} label="LA SEND team e-mail" type="email" />
        <TextSetting path={['virtualSchoolEmail']} label="Virtual School e-mail" type="email" description="For looked-after pupils' PEPs and part-time timetables." />
      </Row>
      <Row>
        <TextSetting path={['laPartTimeReturn', 'sendTo']} label="Part-time timetable return: send to" type="email" />
        <ChoiceSetting path={['laPartTimeReturn', 'format']} label="Format of the return" options={LA_RETURN_FORMATS} />
        <ChoiceSetting path={['laPartTimeReturn', 'timing']} label="When the return is due" options={LA_RETURN_TIMINGS} />
        {draft.laPartTimeReturn.timing === 'Within days of agreement' && (
          <NumberSetting path={['laPartTimeReturn', 'deadlineDays']} label="Days the LA allows" suffix="days" optional />
        )}
      </Row>
      <ManySetting path={['laPartTimeReturn', 'fields']} label="What the return includes" options={LA_RETURN_FIELDS} />
    </SettingsSection>
  );
};
