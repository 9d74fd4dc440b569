import type { IServices } from '../../../../composition/IServices';
import type { RegisterSaveRequest, RegisterSaveResult } from '../../../../data/ports';
import { errorText } from '../../../../ui/errorText';

/**
 * What follows a register save, never holding it up: home schools are told (each message logged) and the attendance
 * stage they see in their list view is brought up to date. What did not work is passed to `note` in plain words.
 */
export function followUpRegisterSave(
  services: Pick<IServices, 'attendanceNotifier' | 'pupilSummaries'>,
  request: RegisterSaveRequest,
  r: RegisterSaveResult,
  note: (text: string) => void,
): void {
  const addNote = (text: string | undefined): void => {
    if (text) note(text);
  };
  const { attendanceNotifier: notifier, pupilSummaries } = services;
  if (notifier && r.saved.length + r.unchanged.length > 0)
    notifier
      .afterRegisterSave(request, r)
      .then((n) => n.failed === 0 ? undefined : `${n.failed} message${n.failed === 1 ? '' : 's'} to home schools could not be sent (${n.problems[0] ?? 'unknown reason'}); staff can send ${n.failed === 1 ? 'it' : 'them'} again from Notifications in Review meetings.`)
      .catch((e: unknown) => `Home schools could not be told about this register (${errorText(e)}).`)
      .then(addNote)
      .catch(() => undefined);
  if (r.saved.length > 0)
    pupilSummaries
      .refresh(r.saved)
      .then((u) => (u.failures.length === 0 ? undefined : `The attendance stage shown to home schools was not updated for ${u.failures.length} pupil(s).`))
      .catch((e: unknown) => `The attendance stage shown to home schools was not updated (${errorText(e)}).`)
      .then(addNote)
      .catch(() => undefined);
}
