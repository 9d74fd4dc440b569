import * as React from 'react';
import { DefaultButton } from '../../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Spinner } from '../../../../ui/plain/Spinner';
import { isAheadOf, londonToday, type Pupil, type SchoolSettings } from '../../../../domain';
import type { Session } from '../../../../domain/vocabulary';
import type { Saved } from '../../../../data/ports';
import { RecordProblemsWhenAny as RecordProblems } from '../../../../ui/RecordProblemsWhenAny';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { RegisterEditor } from './RegisterEditor';
import { prefillFromPips } from './prefill';
import { registerTitle } from './registerTitle';
import { FirstReadsContext } from './firstReads';

export { registerTitle };

export interface SessionRegisterProps {
  readonly date: string;
  readonly session: Session;
  readonly settings: SchoolSettings;
  readonly pupils: readonly Saved<Pupil>[];
}

/** The rules of a register ahead of today (what can be known ahead, with its reason): loaded only for such a date. */
const loadAdvanceRules = (): Promise<typeof import('../../../../domain/attendance/advanceMarks')> =>
  import(/* webpackChunkName: 'attendance-advance' */ '../../../../domain/attendance/advanceMarks');

/** Loads the register of one date and session, and says so while it does (or why it could not). */
export const SessionRegister: React.FC<SessionRegisterProps> = ({ date, session, settings, pupils }) => {
  const { attendance, pips, now } = useServices();
  const first = React.useContext(FirstReadsContext); // the first register's reads, started beside the settings
  // A register ahead of today holds only what is known ahead: its rules load beside its marks (the same wait).
  const ahead = isAheadOf(date, londonToday(now()));
  const [state, reload] = useAsync(async () => {
    const [snapshot, rules] = await Promise.all([
      first?.('registers', date)?.then((both) => both[session]) ?? attendance.register(date, session),
      ahead ? loadAdvanceRules() : undefined,
    ]);
    return { snapshot, advanceIssue: rules?.advanceMarkIssue };
  }, [attendance, date, session, ahead]);
  // PIPs in force that day: C2 is prefilled outside their timetables. The register works without them.
  const [pipState] = useAsync(() => first?.('pips', date) ?? pips.activeOn(date), [pips, date]);
  const prefill = React.useMemo(
    () => prefillFromPips(pipState.status === 'ready' ? pipState.value.items : [], settings),
    [pipState, settings],
  );
  const pipPupilIds = React.useMemo(() => new Set(pipState.status === 'ready' ? pipState.value.items.map((p) => p.pupilId) : []), [pipState]);
  const title = registerTitle(date, session);
  if (state.status === 'loading' || pipState.status === 'loading') return <Spinner label={`Loading the register for ${title}…`} />;
  if (state.status === 'error')
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text="Try again" onClick={reload} />}>
        The register for {title} could not be loaded: {state.message}
      </MessageBar>
    );
  return (
    <>
      {pipState.status === 'error' && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          Phased Integration Plans could not be loaded, so C2 is not filled in for pupils on part-time timetables: {pipState.message}
        </MessageBar>
      )}
      <RecordProblems problems={state.value.snapshot.problems} effect="their marks are not counted or are shown without their detail" />
      <RegisterEditor snapshot={state.value.snapshot} advanceIssue={state.value.advanceIssue} settings={settings} pupils={pupils} caption={`Register for ${title}`} prefill={prefill} pipPupilIds={pipPupilIds} />
    </>
  );
};
