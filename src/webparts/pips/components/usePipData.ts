import * as React from 'react';
import type { Pip, PipReview, Pupil, School, SchoolSettings } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { useServices } from '../../../ui/ServicesContext';
import type { AsyncState } from '../../../ui/useAsync';
import { errorText } from '../../../ui/errorText';

/** Everything the PIP screens share: pupils, schools, settings, every visible PIP and review. */
export interface PipData {
  readonly pupils: readonly Saved<Pupil>[];
  readonly schools: readonly Saved<School>[];
  readonly settings: SchoolSettings;
  readonly pips: readonly Saved<Pip>[];
  readonly reviews: readonly Saved<PipReview>[];
  /** Records that could not be read (named, never dropped silently). */
  readonly problems: readonly string[];
}

/** Refreshes the PIP data; resolves once the refreshed data (or the failure to refresh) is on screen. */
export type PipReload = () => Promise<void>;

/**
 * Loads the PIP data; reload() refreshes it in place, keeping what is on screen (a form or a PIP stays open)
 * and saying so if the refresh fails. What reload() returns settles once the refresh has answered, so a screen
 * can say "saved" only beside data that holds what was saved.
 */
export function usePipData(): [AsyncState<PipData>, PipReload] {
  const services = useServices();
  const [state, setState] = React.useState<AsyncState<PipData>>({ status: 'loading' });
  const [round, setRound] = React.useState(0);
  // Callers of reload() waiting for a refresh: the newest load to answer settles them all (it started after each call).
  const waiting = React.useRef<(() => void)[]>([]);
  React.useEffect(() => {
    const settle = (): void => {
      const done = waiting.current;
      waiting.current = [];
      done.forEach((resolve) => resolve());
    };
    let live = true;
    const load = async (): Promise<PipData> => {
      const [pupils, schools, settings, pips, reviews] = await Promise.all([
        services.pupils.list(),
        services.schools.list(),
        services.settings.get(),
        services.pips.list(),
        services.pips.allReviews(),
      ]);
      return {
        pupils: pupils.items,
        schools: schools.items,
        settings,
        pips: pips.items,
        reviews: reviews.items,
        problems: [...pupils.problems, ...pips.problems, ...reviews.problems].map((p) => p.message),
      };
    };
    load().then(
      (value) => {
        if (!live) return;
        setState({ status: 'ready', value });
        settle();
      },
      (e: unknown) => {
        if (!live) return;
        const message = errorText(e);
        setState((prev) =>
          prev.status === 'ready'
            ? { status: 'ready', value: { ...prev.value, problems: [...prev.value.problems, `The list could not be refreshed (${message}): what is shown may be out of date.`] } }
            : { status: 'error', message },
        );
        settle();
      },
    );
    return () => {
      live = false;
    };
  }, [services, round]);
  const reload = React.useCallback<PipReload>(
    () =>
      new Promise<void>((resolve) => {
        waiting.current.push(resolve);
        setRound((r) => r + 1);
      }),
    [],
  );
  return [state, reload];
}

export const pupilName = (p: Pick<Pupil, 'firstName' | 'lastName'>): string => `${p.firstName} ${p.lastName}`;

/** The context every PIP screen receives once loaded. */
export const PipDataContext = React.createContext<{ data: PipData; reload: PipReload } | undefined>(undefined);

export function usePipContext(): { data: PipData; reload: PipReload } {
  const ctx = React.useContext(PipDataContext);
  if (!ctx) throw new Error('usePipContext is used outside the PIP screens.');
  return ctx;
}
