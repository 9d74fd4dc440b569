import * as React from 'react';
import { DefaultButton, PrimaryButton } from './plain/buttons';
import { Text } from './plain/Text';

/**
 * Work on screen that is not saved yet (a register's marks): leaving it asks first. Within the page (another date or
 * session, another tab, "Back to …") through the nearest LeaveGuard, which shows the question where the person is
 * and goes on only if they say so; closing or reloading the page through the browser's own question (beforeunload,
 * which browsers word themselves). A guard tells the guards around it too, so an outer "Back" also asks.
 */
interface GuardContext {
  report(id: number, what: string | undefined): void;
  confirmLeave(leave: () => void): void;
}

const LeaveGuardContext = React.createContext<GuardContext | undefined>(undefined);

let nextId = 1;

/** Says what is unsaved (undefined: nothing), for as long as the component is on screen. */
export function useUnsavedWork(what: string | undefined): void {
  const guard = React.useContext(LeaveGuardContext);
  const [id] = React.useState(() => nextId++);
  React.useEffect(() => {
    guard?.report(id, what);
  }, [guard, id, what]);
  React.useEffect(() => () => guard?.report(id, undefined), [guard, id]);
  React.useEffect(() => {
    if (what === undefined) return undefined;
    const ask = (e: BeforeUnloadEvent): void => {
      e.preventDefault();
      e.returnValue = ''; // Chromium asks only when returnValue is set
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [what]);
}

/** Runs `leave` at once when nothing inside the nearest guard is unsaved; otherwise asks first. */
export function useConfirmLeave(): (leave: () => void) => void {
  const guard = React.useContext(LeaveGuardContext);
  return React.useCallback((leave: () => void) => (guard ? guard.confirmLeave(leave) : leave()), [guard]);
}

export const LeaveGuard: React.FC<{ children: React.ReactNode }> = ({ children }) => {
  const parent = React.useContext(LeaveGuardContext);
  const unsaved = React.useRef(new Map<number, string>());
  const [pending, setPending] = React.useState<{ leave: () => void; what: string } | undefined>();
  const question = React.useRef<HTMLDivElement>(null);
  const [id] = React.useState(() => nextId++);
  const value = React.useMemo<GuardContext>(
    () => ({
      report(id, what) {
        if (what === undefined) unsaved.current.delete(id);
        else unsaved.current.set(id, what);
        if (unsaved.current.size === 0) setPending(undefined);
        parent?.report(id, what);
      },
      confirmLeave(leave) {
        if (unsaved.current.size === 0) leave();
        else setPending({ leave, what: Array.from(unsaved.current.values()).join('; ') });
      },
    }),
    [parent],
  );
  React.useEffect(() => {
    if (pending) question.current?.focus();
  }, [pending]);
  return (
    <LeaveGuardContext.Provider value={value}>
      {pending && (
        <div
          ref={question}
          tabIndex={-1}
          role="alertdialog"
          aria-labelledby={`leave-guard-${id}-title`}
          aria-describedby={`leave-guard-${id}-text`}
          style={{ background: '#fff4ce', border: '1px solid #8a6d00', padding: 12, margin: '8px 0' }}
        >
          <Text as="p" block id={`leave-guard-${id}-title`} styles={{ root: { fontWeight: 600, margin: 0 } }}>
            Leave without saving?
          </Text>
          <Text as="p" block id={`leave-guard-${id}-text`} styles={{ root: { margin: '4px 0 8px' } }}>
            Not saved yet: {pending.what}. Save first, or leave without saving (what is unsaved is kept on this device as a draft for when you come
            back).
          </Text>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            <PrimaryButton onClick={() => setPending(undefined)}>Stay and save</PrimaryButton>
            <DefaultButton
              onClick={() => {
                setPending(undefined);
                pending.leave();
              }}
            >
              Leave without saving
            </DefaultButton>
          </div>
        </div>
      )}
      {children}
    </LeaveGuardContext.Provider>
  );
};
