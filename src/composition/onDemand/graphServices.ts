/**
 * The Graph services (meetings, e-mail notifications, the attendance notifier): loaded the first time one is used
 * (a meeting scheduled, a register saved, the outbox read), built once. createServices loads this module.
 */
import type { ServiceConnection } from '../connection';
import type { IAttendanceNotifier, IAttendanceRepository, IMeetingService, INotificationLog, INotificationService, IPupilRepository, IReviewMeetingRepository, ISchoolRepository, ISettingsRepository } from '../../data/ports';
import { MeetingService } from '../../data/graph/meetings/MeetingService';
import { NotificationService } from '../../data/graph/notifications/NotificationService';
import { AttendanceNotifier } from '../../data/graph/notifications/AttendanceNotifier';
import { SpNotificationLogBatch } from '../../data/sp/notifications/NotificationLogBatch';

export interface GraphServiceDeps {
  readonly connection: ServiceConnection;
  readonly pupils: IPupilRepository;
  readonly schools: ISchoolRepository;
  readonly attendance: IAttendanceRepository;
  readonly settings: ISettingsRepository;
  readonly meetings: IReviewMeetingRepository;
  /** The notifications log (its own `data-notification-log` chunk, so reading it loads no Graph code). */
  readonly notificationLog: INotificationLog;
  readonly serviceName: () => Promise<string>;
  readonly now: () => Date;
}

export interface GraphServices {
  readonly meetingService: IMeetingService;
  readonly notifications: INotificationService;
  readonly attendanceNotifier: IAttendanceNotifier;
}

export function createGraphServices(d: GraphServiceDeps): GraphServices {
  const { graph, sendOnce, siteUrl, user, sp } = d.connection;
  const { pupils, schools, attendance, settings, meetings, notificationLog, serviceName, now } = d;
  const notifications = new NotificationService({ graph, ...(sendOnce ? { sendOnce } : {}), log: notificationLog, logBatch: new SpNotificationLogBatch(sp), sender: user, serviceName, now });
  return {
    meetingService: new MeetingService({ graph, meetings, siteUrl, serviceName, now }),
    notifications,
    attendanceNotifier: new AttendanceNotifier({ pupils, schools, attendance, settings, notifications, siteUrl, now }),
  };
}
