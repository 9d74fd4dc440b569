import * as React from 'react';
import { DefaultButton } from '../plain/buttons';
import { onDemand } from '../onDemand';
import { INSIDE_RECORD, PUPIL_LINK_ATTRIBUTE, PupilRecordContext, type PupilRecordOpener } from './pupilRecordContext';

/** The pupil record (the Pupil register's ?pupil= view), loaded the first time a name is opened (its own chunk). */
const PupilRecord = onDemand('Loading the pupil’s record…', () =>
  import(/* webpackChunkName: 'pupil-record' */ '../../webparts/pupilRegister/components/record/PupilRecord').then((m) => m.PupilRecord),
);

export interface PupilRecordHostProps {
  /** The way back, named for where it goes: 'Back to Attendance'. */
  readonly backLabel: string;
  /** Called after the record saved a change (the web part reloads what it shows). */
  readonly onChanged?: () => void;
  readonly children: React.ReactNode;
}

interface Opened {
  readonly pupilId: number;
  readonly from: HTMLElement | null;
}

/**
 * Where a web part's pupil names (PupilNameLink) open the pupil's record: in place of the web part's content, which
 * stays mounted but hidden (a half-taken register, the tab and the scroll position are kept), with one button back
 * that returns focus to the name that opened it. Inside another host it adds nothing (Today showing the register
 * opens records in Today's place), and names inside the record are plain text.
 *
 * In place rather than a link to the Pupil register page: home-school staff may open only the home-school page
 * (src/lists/sitePages.ts), and in a Teams tab a page link would leave the tab.
 */
export const PupilRecordHost: React.FC<PupilRecordHostProps> = ({ backLabel, onChanged, children }) => {
  const outer = React.useContext(PupilRecordContext);
  const [opened, setOpened] = React.useState<Opened | undefined>();
  const content = React.useRef<HTMLDivElement>(null);
  const back = React.useRef<HTMLButtonElement>(null);
  const returnTo = React.useRef<Opened | undefined>();
  const opener = React.useMemo<PupilRecordOpener>(() => ({ open: (pupilId, from) => setOpened({ pupilId, from }) }), []);

  React.useEffect(() => {
    if (opened) {
      returnTo.current = opened;
      back.current?.focus();
      return;
    }
    const was = returnTo.current;
    returnTo.current = undefined;
    if (!was) return;
    // The name that opened the record; if the list was redrawn meanwhile, a link to the same pupil; else the content.
    const target =
      (was.from?.isConnected ? was.from : null) ??
      content.current?.querySelector<HTMLElement>(`[${PUPIL_LINK_ATTRIBUTE}="${was.pupilId}"]`) ??
      content.current;
    target?.focus();
  }, [opened]);

  if (outer) return <>{children}</>;
  return (
    <PupilRecordContext.Provider value={opener}>
      <div ref={content} tabIndex={-1} hidden={opened !== undefined} style={opened ? { display: 'none' } : { outline: 'none' }}>
        {children}
      </div>
      {opened && (
        <PupilRecordContext.Provider value={INSIDE_RECORD}>
          <section aria-label="Pupil record" className="pw-pupil-record-host">
            <DefaultButton elementRef={back} iconProps={{ iconName: 'Back' }} className="pw-no-print" onClick={() => setOpened(undefined)}>
              {backLabel}
            </DefaultButton>
            <PupilRecord key={opened.pupilId} pupilId={opened.pupilId} focusOnLoad onChanged={() => onChanged?.()} />
          </section>
        </PupilRecordContext.Provider>
      )}
    </PupilRecordContext.Provider>
  );
};
