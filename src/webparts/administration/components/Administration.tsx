import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { WRAPPING_PIVOT_STYLES } from '../../../ui/fluent/pivotStyles';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import { useAsync } from '../../../ui/useAsync';
import { useServices } from '../../../ui/ServicesContext';
import { SettingsEditor } from './settings/SettingsEditor';
import { FirstSettingsContext, startFirstSettings } from './firstReads';
import { onDemand } from '../../../ui/onDemand';

const SchoolsAdmin = onDemand('Loading the schools…', () => import(/* webpackChunkName: 'administration-schools' */ './schools/SchoolsAdmin').then((m) => m.SchoolsAdmin));

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
        <>
          <Pivot
            styles={WRAPPING_PIVOT_STYLES}
            aria-label="Administration"
            selectedKey={tab ?? (access.value.settings ? 'settings' : 'schools')}
            onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey)}
            headersOnly
          >
            {access.value.settings && <PivotItem itemKey="settings" headerText="Settings" />}
            {access.value.schools && <PivotItem itemKey="schools" headerText="Schools and staff" />}
          </Pivot>
          <div style={{ marginTop: 12 }}>
            {(tab ?? (access.value.settings ? 'settings' : 'schools')) === 'settings' ? (
              <FirstSettingsContext.Provider value={access.value.first}>
                <SettingsEditor />
              </FirstSettingsContext.Provider>
            ) : (
              <SchoolsAdmin />
            )}
          </div>
        </>
      )}
    </section>
  );
};
