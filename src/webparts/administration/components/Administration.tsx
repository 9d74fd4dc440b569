import * as React from 'react';
import { MessageBar, MessageBarType } from '../../../ui/plain/MessageBar';
import { PlainTabs, type PlainTab } from '../../../ui/plain/PlainTabs';
import { Spinner } from '../../../ui/plain/Spinner';
import { Text } from '../../../ui/plain/Text';
import { useAsync } from '../../../ui/useAsync';
import { useServices } from '../../../ui/ServicesContext';
import { SettingsEditor } from './settings/SettingsEditor';
import { FirstSettingsContext, startFirstSettings } from './firstReads';
import { onDemand } from '../../../ui/onDemand';

const SchoolsAdmin = onDemand('Loading the schools…', () => import(/* webpackChunkName: 'administration-schools' */ './schools/SchoolsAdmin').then((m) => m.SchoolsAdmin));

const settingsTab = (first: React.ContextType<typeof FirstSettingsContext>): PlainTab => ({
  key: 'settings',
  title: 'Settings',
  render: () => (
    <FirstSettingsContext.Provider value={first}>
      <SettingsEditor />
    </FirstSettingsContext.Provider>
  ),
});
const SCHOOLS_TAB: PlainTab = { key: 'schools', title: 'Schools and staff', render: () => <SchoolsAdmin /> };

/**
 * Administration: the service's settings (for those SharePoint lets change the Settings list: the headteacher,
 * owners) and the commissioning schools with their named staff (for those who may add to the Schools list).
 * Each part is offered only to whoever SharePoint lets do it; SharePoint refuses anyone who goes round the page.
 */
export const Administration: React.FC = () => {
  const { userAccess, settings: settingsRepository } = useServices();
  const [access] = useAsync(async () => {
    // The editor's settings are asked beside the checks (one round trip): firstReads.ts.
    const first = startFirstSettings(settingsRepository);
    const [settings, schools] = await Promise.all([userAccess.can('edit-settings'), userAccess.can('manage-schools')]);
    return { settings, schools, first };
  }, []);
  const [tab, setTab] = React.useState<string | undefined>();

  return (
    <section aria-labelledby="administration-heading" style={{ maxWidth: 1100 }}>
      <Text as="h2" id="administration-heading" variant="xLarge" block styles={{ root: { margin: '0 0 8px' } }}>
        Administration
      </Text>
      {access.status === 'loading' && <Spinner label="Checking what you may change…" />}
      {access.status === 'error' && <MessageBar messageBarType={MessageBarType.error}>{access.message}</MessageBar>}
      {access.status === 'ready' && !access.value.settings && !access.value.schools && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          {"You do not have permission to change the service’s settings or its schools. The headteacher or a site owner can."}
        </MessageBar>
      )}
      {access.status === 'ready' && (access.value.settings || access.value.schools) && (
        <PlainTabs
          label="Administration"
          selectedKey={tab ?? (access.value.settings ? 'settings' : 'schools')}
          onSelect={setTab}
          tabs={[
            ...(access.value.settings ? [settingsTab(access.value.first)] : []),
            ...(access.value.schools ? [SCHOOLS_TAB] : []),
          ]}
        />
      )}
    </section>
  );
};
