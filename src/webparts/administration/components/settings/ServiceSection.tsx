import * as React from 'react';
import { DefaultButton } from '../../../../ui/plain/buttons';
import { Text } from '../../../../ui/plain/Text';
import { errorAt } from '../../../../ui/form/fieldErrors';
import { TextControl, TextSetting } from './SettingsFields';
import { useSettingsForm } from './SettingsFormContext';
import { Row, SettingsSection } from './SettingsSection';

/** The service's name and contact details, its designated safeguarding lead and deputies. */
export const ServiceSection: React.FC = () => {
  const { draft, update, errors } = useSettingsForm();
  const signatory = draft.letterSignatory;
  const setSignatory = (change: { name?: string; role?: string }): void =>
    update((d) => {
      const next = { name: d.letterSignatory?.name ?? '', role: d.letterSignatory?.role ?? '', ...change };
      return { ...d, letterSignatory: next.name.trim() === '' && next.role.trim() === '' ? undefined : next };
    });
  return (
    <SettingsSection id="service" description="Shown on letters, forms and messages to schools and parents.">
      <TextSetting path={['service', 'name']} label="Name of the service" required />
      <TextSetting path={['service', 'address']} label="Address" multiline required />
      <Row>
        <TextSetting path={['service', 'phone']} label="Phone" type="tel" />
        <TextSetting path={['service', 'email']} label="E-mail" type="email" required />
      </Row>
      <Row>
        <TextSetting path={['service', 'dfeNumber']} label="DfE number (LA and establishment)" description="7 digits, like 999/1100: names the service on the common transfer files it makes." />
        <TextSetting path={['service', 'urn']} label="URN" description="The service's unique reference number, 6 to 8 digits." />
      </Row>
      <Text as="h4" block variant="mediumPlus" styles={{ root: { margin: '16px 0 4px', fontWeight: 600 } }}>
        Designated safeguarding lead
      </Text>
      <Row>
        <TextSetting path={['designatedSafeguardingLead', 'name']} label="Name of the designated safeguarding lead" required />
        <TextSetting path={['designatedSafeguardingLead', 'email']} label="E-mail of the designated safeguarding lead" type="email" required />
      </Row>
      <Text as="h4" block variant="mediumPlus" styles={{ root: { margin: '16px 0 4px', fontWeight: 600 } }}>
        Deputy designated safeguarding leads
      </Text>
      {draft.deputySafeguardingLeads.length === 0 && <Text block>No deputies entered.</Text>}
      {draft.deputySafeguardingLeads.map((_d, i) => (
        <Row key={i}>
          <TextSetting path={['deputySafeguardingLeads', i, 'name']} label={`Deputy ${i + 1}: name`} required />
          <TextSetting path={['deputySafeguardingLeads', i, 'email']} label={`Deputy ${i + 1}: e-mail`} type="email" required />
          <DefaultButton
            text={`Remove deputy ${i + 1}`}
            style={{ marginTop: 29 }}
            onClick={() => update((d) => ({ ...d, deputySafeguardingLeads: d.deputySafeguardingLeads.filter((_x, k) => k !== i) }))}
          />
        </Row>
      ))}
      <DefaultButton
        text="Add a deputy"
        style={{ marginTop: 8 }}
        onClick={() => update((d) => ({ ...d, deputySafeguardingLeads: [...d.deputySafeguardingLeads, { name: '', email: '' }] }))}
      />
      <Text as="h4" block variant="mediumPlus" style={{ margin: '16px 0 4px', fontWeight: 600 }}>
        Letters to parents and carers
      </Text>
      <Text block>Leave both blank for the member of staff writing a letter to sign it.</Text>
      <Row>
        <TextControl
          id="settings-letterSignatory-name"
          label="Letters are signed by"
          value={signatory?.name ?? ''}
          onText={(v) => setSignatory({ name: v })}
          error={errorAt(errors, 'letterSignatory.name')}
        />
        <TextControl
          id="settings-letterSignatory-role"
          label="Their role"
          placeholder="Headteacher"
          value={signatory?.role ?? ''}
          onText={(v) => setSignatory({ role: v })}
          error={errorAt(errors, 'letterSignatory.role')}
        />
      </Row>
    </SettingsSection>
  );
};
