import * as React from 'react';
import { DefaultButton } from '../../../ui/plain/buttons';
import { londonToday, type Pupil } from '../../../domain';
import type { Session } from '../../../domain/vocabulary';
import type { Saved } from '../../../data/ports';
import { LeaveGuard, useConfirmLeave } from '../../../ui/leaveGuard';
import { onDemand } from '../../../ui/onDemand';
import { useServices } from '../../../ui/ServicesContext';

/** Where an item is done: opened in place, its code loaded on demand, with a way back to Today. */
export type Place = { kind: 'register'; session: Session } | { kind: 'fire'; session: Session } | { kind: 'reviews' } | { kind: 'la-return' };

// Each place loads the chunk its own web part opens on (`view-…`, one file each: gulpfile.js), so a page with Today and
// that web part loads the code once; the fire register is Attendance's own on-demand chunk too.
const TakeRegister = onDemand('Loading the register…', () =>
  import(/* webpackChunkName: 'view-attendance' */ '../../attendance/components/register/TakeRegister').then((m) => m.TakeRegister),
);
const ReviewMeetings = onDemand('Loading the review meetings…', () =>
  import(/* webpackChunkName: 'view-review-due' */ '../../reviewMeeting/components/dueFirstScreen').then(({ ReviewMeetings, DueView }) => {
    const DueFirst: React.FC = () => <ReviewMeetings first={{ DueView }} />;
    return DueFirst;
  }),
);
const FireRegisterView = onDemand('Loading the fire register…', () =>
  import(/* webpackChunkName: 'attendance-fire-register' */ '../../attendance/components/register/FireRegisterView').then((m) => m.FireRegisterView),
);
const Pips = onDemand('Loading the PIPs…', () => import(/* webpackChunkName: 'view-pips' */ '../../pips/components/Pips').then((m) => m.Pips));

export interface TodayPlaceProps {
  readonly place: Place;
  /** Today's pupils, once read (the fire register lists them). */
  readonly pupils?: readonly Saved<Pupil>[];
  /** Back to Today, which is then read again. */
  readonly onBack: () => void;
  /** Closed from inside (the fire register's own close): back to Today as it was. */
  readonly onClose: () => void;
}

/**
 * The place an item on Today is done (the register, the fire register, the Due view, the LA return), with the way
 * back: loaded on demand from Today (its own chunk), as nothing here is on Today's first screen. Back asks first while
 * the register opened here has unsaved marks.
 */
export const TodayPlace: React.FC<TodayPlaceProps> = ({ place, pupils, onBack, onClose }) => {
  const { now } = useServices();
  return (
    <section aria-label="Where it is done">
      <LeaveGuard>
        <BackToToday onBack={onBack} />
        {place.kind === 'register' && <TakeRegister initialSession={place.session} />}
        {place.kind === 'fire' && pupils && <FireRegisterView date={londonToday(now())} session={place.session} pupils={pupils} onClose={onClose} />}
        {place.kind === 'reviews' && <ReviewMeetings />}
        {place.kind === 'la-return' && <Pips initialView="return" />}
      </LeaveGuard>
    </section>
  );
};

const BackToToday: React.FC<{ onBack: () => void }> = ({ onBack }) => {
  const confirmLeave = useConfirmLeave();
  return (
    <DefaultButton iconProps={{ iconName: 'Back' }} onClick={() => confirmLeave(onBack)}>
      Back to Today
    </DefaultButton>
  );
};
