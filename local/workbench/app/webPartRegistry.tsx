/**
 * Every web part of the solution, as the workbench hosts it: the same React component the SPFx web part renders,
 * keyed by the web part's manifest alias. tests/local/workbench checks this against config/config.json.
 */
import * as React from 'react';
import { PupilRegister } from '../../../src/webparts/pupilRegister/components/PupilRegister';
import { Attendance } from '../../../src/webparts/attendance/components/Attendance';
import { LearningLogs } from '../../../src/webparts/learningLogs/components/LearningLogs';
import { SendSupport } from '../../../src/webparts/sendSupport/components/SendSupport';
import { Pips } from '../../../src/webparts/pips/components/Pips';
import { ReviewMeetings } from '../../../src/webparts/reviewMeeting/components/ReviewMeetings';
import { meetingHostFromLocation } from '../../../src/webparts/reviewMeeting/components/host';
import { ImportRecords } from '../../../src/webparts/importRecords/components/ImportRecords';
import { Administration } from '../../../src/webparts/administration/components/Administration';
import { SiteSetup } from '../../../src/webparts/siteSetup/components/SiteSetup';
import { Reports } from '../../../src/webparts/reports/components/Reports';

export interface HostedWebPart {
  /** The manifest alias, e.g. 'PupilRegisterWebPart'. */
  readonly alias: string;
  readonly title: string;
  readonly render: () => React.ReactElement;
  /** Opens the page's own site whether or not it holds the Pathways Hub lists (Site setup: openSiteForSetup). */
  readonly opensSiteWithoutLists?: boolean;
}

export const HOSTED_WEB_PARTS: readonly HostedWebPart[] = [
  { alias: 'PupilRegisterWebPart', title: 'Pupil register', render: () => <PupilRegister /> },
  { alias: 'AttendanceWebPart', title: 'Attendance', render: () => <Attendance /> },
  { alias: 'LearningLogsWebPart', title: 'Learning logs', render: () => <LearningLogs /> },
  { alias: 'SendSupportWebPart', title: 'SEND support', render: () => <SendSupport /> },
  { alias: 'PipsWebPart', title: 'Phased Integration Plans', render: () => <Pips /> },
  { alias: 'ReviewMeetingWebPart', title: 'Review meetings', render: () => <ReviewMeetings /> },
  { alias: 'ReviewMeetingPanelWebPart', title: 'In a Teams meeting', render: () => <ReviewMeetings host={meetingHostFromLocation()} /> },
  { alias: 'ImportRecordsWebPart', title: 'Import records', render: () => <ImportRecords /> },
  { alias: 'AdministrationWebPart', title: 'Administration', render: () => <Administration /> },
  { alias: 'SiteSetupWebPart', title: 'Site setup', render: () => <SiteSetup />, opensSiteWithoutLists: true },
  { alias: 'ReportsWebPart', title: 'Reports to leaders and governors', render: () => <Reports /> },
];
