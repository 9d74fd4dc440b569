import * as React from 'react';
import { DefaultButton } from '../../../../ui/plain/buttons';
import { Text } from '../../../../ui/plain/Text';
import { DateSetting, TextSetting } from './SettingsFields';
import { useSettingsForm } from './SettingsFormContext';
import { Row, SettingsSection } from './SettingsSection';

/** Days in a term the service is closed to pupils (INSET days, bank holidays, polling days), with their reasons. */
export const ClosuresSection: React.FC = () => {
  const { draft, update } = useSettingsForm();
  return (
    <SettingsSection
      id="closures"
      description="A closure is a weekday inside a term when the service is closed to pupils. It is not a school day: the register shows it as # (planned whole-school closure)."
    >
      {draft.closures.length === 0 && <Text block>No closures entered.</Text>}
      {draft.closures.map((_c, i) => (
        <Row key={i}>
          <DateSetting path={['closures', i, 'date']} label={`Closure ${i + 1}: date`} />
          <TextSetting path={['closures', i, 'reason']} label={`Closure ${i + 1}: reason`} required width={320} />
          <DefaultButton
            text={`Remove closure ${i + 1}`}
            style={{ marginTop: 29 }}
            onClick={() => update((d) => ({ ...d, closures: d.closures.filter((_x, k) => k !== i) }))}
          />
        </Row>
      ))}
      <DefaultButton
        text="Add a closure"
        iconProps={{ iconName: 'Add' }}
        style={{ marginTop: 8 }}
        onClick={() => update((d) => ({ ...d, closures: [...d.closures, { date: '', reason: '' }] }))}
      />
    </SettingsSection>
  );
};
