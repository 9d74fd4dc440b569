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

/**
 * Loads the PIP data; reload() refreshes it in place, keeping what is on screen (a form or a PIP stays open)
 * and saying so if the refresh fails.
 */
export function usePipData(): [AsyncState<PipData>, () => void] {
  const services = useServices();
  const [state, setState] = React.useState<AsyncState<PipData>>({ status: 'loading' });
  const [round, setRound] = React.useState(0);
  React.useEffect(() => {
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
      (value) => live && setState({ status: 'ready', value }),
      (e: unknown) => {
        if (!live) return;
        const message = errorText(e);
        setState((prev) =>
          prev.status === 'ready'
            ? { status: 'ready', value: { ...prev.value, problems: [...prev.value.problems, `The list could not be refreshed (${message}): what is shown may be out of date.`] } }
            : { status: 'error', message },
        );
      },
    );
    return () => {
      live = false;
    };
  }, [services, round]);
  return [state, () => setRound((r) => r + 1)];
}

export const pupilName = (p: Pick<Pupil, 'firstName' | 'lastName'>): string => `${p.firstName} ${p.lastName}`;

/** The context every PIP screen receives once loaded. */
export const PipDataContext = React.createContext<{ data: PipData; reload: () => void } | undefined>(undefined);

export function usePipContext(): { data: PipData; reload: () => void } {
  const ctx = React.useContext(PipDataContext);
  if (!ctx) throw new Error('usePipContext is used outside the PIP screens.');
  return ctx;
}
