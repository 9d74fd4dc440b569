import * as React from 'react';
import { MessageBar, MessageBarType } from '../../../ui/plain/MessageBar';
import { Spinner } from '../../../ui/plain/Spinner';
import { Text } from '../../../ui/plain/Text';
import { useAsync } from '../../../ui/useAsync';
import { useServices } from '../../../ui/ServicesContext';
import { londonToday } from '../../../domain';
import { earlyPupilsRead, ReportsPupilsContext } from './reportsPupils';
// The leaders' report's choices and the version filed for the period are the first screen of the people this web
// part is for (ReportsWebPart's firstData names what it reads); the report is built, its code loaded, when asked for.
import { LeadersReportView } from './leaders/LeadersReportView';
// So are the termly progress reports for a group, shown below it to PRU staff without a click (plain controls; what
// making them needs loads with the first "Generate").
import { CohortReports } from './cohort/CohortReports';

/**
 * Reports to leaders and governors. Offered to the service's leadership: those SharePoint lets change the Settings
 * list (the Leadership group and site owners). The figures come from records every PRU member of staff can read; the
 * report itself stores nothing. Below it, for PRU staff, termly progress reports for every pupil on roll or a group.
 */
export const Reports: React.FC = () => {
  const { userAccess, settings, pupils, schools, leadershipReports, now } = useServices();
  // The settings (term dates), which every report starts from, and the schools (the progress reports' home school
  // choice), asked beside what the person may see: the page's shared reads (composition/pageCache), so the sections'
  // own requests for them are answered from them, a round trip saved.
  React.useEffect(() => {
    settings.get().catch(() => undefined); // a failure shows where the report reads them
    schools.list().catch(() => undefined); // likewise, where the progress reports read them
  }, [settings, schools]);
  // The versions filed in the leadership library too, which the leaders' report opens on. Anyone else has no grant
  // on the library: SharePoint answers it as not there, read as nothing filed, and nothing of it is shown to them.
  const filedRead = React.useMemo(() => {
    const read = leadershipReports.list();
    read.catch(() => undefined); // a failure shows where the filed version is shown
    return read;
  }, [leadershipReports]);
  // The pupils too, which both sections start from (reportsPupils). The sections open once they are in as well, so
  // every read of both sections is sent at once: one round trip after this one.
  const pupilsRead = React.useMemo(() => earlyPupilsRead(pupils.list()), [pupils]);
  const [pupilsIn] = useAsync(() => (pupilsRead() ?? Promise.resolve()).then(() => true, () => true), [pupilsRead]);
  const [rights] = useAsync(() => userAccess.can('edit-settings'), [userAccess]);
  const [pruRights] = useAsync(() => userAccess.isPruStaff(), [userAccess]);
  const access = rights.status === 'ready' && rights.value && pupilsIn.status === 'loading' ? pupilsIn : rights;
  const pru = pruRights.status === 'ready' && pruRights.value && pupilsIn.status === 'loading' ? pupilsIn : pruRights;
  return (
    <ReportsPupilsContext.Provider value={pupilsRead}>
      <section aria-labelledby="reports-heading" style={{ maxWidth: 1100 }}>
        <Text as="h2" id="reports-heading" variant="xLarge" block styles={{ root: { margin: '0 0 8px' } }}>
          Reports to leaders and governors
        </Text>
        {access.status === 'loading' && <Spinner label="Checking what you may see…" />}
        {access.status === 'error' && <MessageBar messageBarType={MessageBarType.error}>{access.message}</MessageBar>}
        {access.status === 'ready' && !access.value && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline>
            These reports are for the service’s leadership (the Leadership group and site owners). Ask the headteacher for a copy.
          </MessageBar>
        )}
        {access.status === 'ready' && access.value && <LeadersReportView filedFirst={filedRead} />}
      </section>
      {pru.status === 'ready' && pru.value && (
        <section aria-labelledby="cohort-reports-heading" style={{ maxWidth: 1100, marginTop: 32 }}>
          <Text as="h2" id="cohort-reports-heading" variant="xLarge" block styles={{ root: { margin: '0 0 8px' } }}>
            Termly progress reports for a group
          </Text>
          <CohortReports today={londonToday(now())} />
        </section>
      )}
    </ReportsPupilsContext.Provider>
  );
};
