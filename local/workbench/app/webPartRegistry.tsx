/**
 * Every web part of the solution, as the workbench hosts it: the same React component the SPFx web part renders,
 * keyed by the web part's manifest alias. tests/local/workbench checks this against config/config.json.
 */
import * as React from 'react';
import { Today } from '../../../src/webparts/today/components/Today';
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
import { WEB_PARTS } from '../../../src/lists';

export interface HostedWebPart {
  /** The manifest alias, e.g. 'PupilRegisterWebPart'. */
  readonly alias: string;
  /** The manifest id (lower case): what a site page's canvas names the web part by. */
  readonly id: string;
  readonly title: string;
  readonly render: () => React.ReactElement;
  /** Opens the page's own site whether or not it holds the Pathways Hub lists (Site setup: openSiteForSetup). */
  readonly opensSiteWithoutLists?: boolean;
}

export const HOSTED_WEB_PARTS: readonly HostedWebPart[] = [
  { alias: 'TodayWebPart', id: '972a708c-6994-4562-b2a6-a2a479fd5201', title: 'Today', render: () => <Today /> },
  { alias: 'PupilRegisterWebPart', id: WEB_PARTS.pupilRegister.id, title: 'Pupil register', render: () => <PupilRegister /> },
  { alias: 'AttendanceWebPart', id: WEB_PARTS.attendance.id, title: 'Attendance', render: () => <Attendance /> },
  { alias: 'LearningLogsWebPart', id: WEB_PARTS.learningLogs.id, title: 'Learning logs', render: () => <LearningLogs /> },
  { alias: 'SendSupportWebPart', id: WEB_PARTS.sendSupport.id, title: 'SEND support', render: () => <SendSupport /> },
  { alias: 'PipsWebPart', id: WEB_PARTS.pips.id, title: 'Phased Integration Plans', render: () => <Pips /> },
  { alias: 'ReviewMeetingWebPart', id: WEB_PARTS.reviewMeetings.id, title: 'Review meetings', render: () => <ReviewMeetings /> },
  { alias: 'ReviewMeetingPanelWebPart', id: '7d0102fe-14e9-4efd-80c2-16cf8e68ad60', title: 'In a Teams meeting', render: () => <ReviewMeetings host={meetingHostFromLocation()} /> },
  { alias: 'ImportRecordsWebPart', id: WEB_PARTS.importRecords.id, title: 'Import records', render: () => <ImportRecords /> },
  { alias: 'AdministrationWebPart', id: WEB_PARTS.administration.id, title: 'Administration', render: () => <Administration /> },
  { alias: 'SiteSetupWebPart', id: WEB_PARTS.siteSetup.id, title: 'Site setup', render: () => <SiteSetup />, opensSiteWithoutLists: true },
  { alias: 'ReportsWebPart', id: WEB_PARTS.reports.id, title: 'Reports to leaders and governors', render: () => <Reports /> },
];
