import * as React from 'react';
import { DefaultButton } from '../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../ui/plain/MessageBar';
import { PlainTabs } from '../../../ui/plain/PlainTabs';
import { Spinner } from '../../../ui/plain/Spinner';
import { Text } from '../../../ui/plain/Text';
import type { Pip } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { pupilIdFromPage } from '../../../ui/pupilFromPage';
import { onDemand } from '../../../ui/onDemand';
import { PupilRecordHost } from '../../../ui/pupilRecord/PupilRecordHost';
import { PipList } from './plans/PipList';
import { PipDataContext, usePipContext, usePipData, type PipReload } from './usePipData';
import { useMounted } from '../../../ui/useMounted';

// Not on the first screen (the list): each loads (its own chunk) when opened.
const PipDetail = onDemand('Loading the PIP…', () => import(/* webpackChunkName: 'pips-detail' */ './plans/PipDetail').then((m) => m.PipDetail));
const PipForm = onDemand('Loading the form…', () => import(/* webpackChunkName: 'pips-form' */ './plans/PipForm').then((m) => m.PipForm));
const LetterPanel = onDemand('Loading the letter…', () => import(/* webpackChunkName: 'pips-letter' */ './letter/LetterPanel').then((m) => m.LetterPanel));
const ReviewForm = onDemand('Loading the review…', () => import(/* webpackChunkName: 'pips-review' */ './review/ReviewForm').then((m) => m.ReviewForm));
const TrackerView = onDemand('Loading the tracker…', () => import(/* webpackChunkName: 'pips-tracker' */ './tracker/TrackerView').then((m) => m.TrackerView));
const LaReturnView = onDemand('Loading the LA return…', () => import(/* webpackChunkName: 'pips-la-return' */ './laReturn/LaReturnView').then((m) => m.LaReturnView));

type View =
  | { kind: 'list' }
  | { kind: 'new'; pupilId?: number }
  | { kind: 'saving' }
  | { kind: 'detail' | 'edit' | 'letter' | 'review'; id: number };

/** The Plans tab: the list, one PIP, its form, letter and review. */
const Plans: React.FC = () => {
  const { data, reload } = usePipContext();
  const [view, setView] = React.useState<View>({ kind: 'list' });
  const [saved, setSaved] = React.useState<string | undefined>();
  // The PIP as the save returned it: shown only if the refreshed list does not have it (the refresh failed, and says so).
  const [justSaved, setJustSaved] = React.useState<Saved<Pip> | undefined>();
  const mounted = useMounted();
  const show = (v: View, message?: string): void => {
    setSaved(message);
    setView(v);
  };
  // "Saved" is said once the PIPs are read again, beside the PIP, its reviews and the tracker as they now are
  // (CI once saw '4.5 of the full-time 25' beside 'The review was recorded' when it was said before the refresh).
  const afterSave = (p: Saved<Pip>, message: string): void => {
    setJustSaved(p);
    show({ kind: 'saving' });
    void reload().then(() => mounted() && show({ kind: 'detail', id: p.id }, message));
  };
  if (view.kind === 'saving') return <Spinner label="Saved. Bringing the PIP up to date…" />;
  if (view.kind === 'list') return <PipList onOpen={(id) => show({ kind: 'detail', id })} onNew={() => show({ kind: 'new', pupilId: pupilIdFromPage() })} />;
  if (view.kind === 'new')
    return <PipForm pupilId={view.pupilId} onSaved={(p) => afterSave(p, 'The PIP was saved.')} onCancel={() => show({ kind: 'list' })} />;
  const pip = data.pips.find((p) => p.id === view.id) ?? (justSaved?.id === view.id ? justSaved : undefined);
  const pupil = pip && data.pupils.find((p) => p.id === pip.pupilId);
  if (!pip || !pupil)
    return (
      <MessageBar messageBarType={MessageBarType.warning} actions={<DefaultButton text="Back to all PIPs" onClick={() => show({ kind: 'list' })} />}>
        This PIP is not available (it may have been removed, or you cannot see it).
      </MessageBar>
    );
  switch (view.kind) {
    case 'edit':
      return <PipForm existing={pip} onSaved={(p) => afterSave(p, 'The changes were saved.')} onCancel={() => show({ kind: 'detail', id: pip.id })} />;
    case 'letter':
      return <LetterPanel pip={pip} pupil={pupil} settings={data.settings} onBack={() => show({ kind: 'detail', id: pip.id })} />;
    case 'review':
      return (
        <ReviewForm
          pip={pip}
          pupil={pupil}
          settings={data.settings}
          onSaved={(p, meetingNote) => afterSave(p, `The review was recorded and its decision applied to the PIP.${meetingNote ? ` ${meetingNote}` : ''}`)}
          onCancel={() => show({ kind: 'detail', id: pip.id })}
        />
      );
    default:
      return (
        <>
          <div role="status">{saved && <MessageBar messageBarType={MessageBarType.success}>{saved}</MessageBar>}</div>
          <PipDetail
            pip={pip}
            pupil={pupil}
            onEdit={() => show({ kind: 'edit', id: pip.id })}
            onLetter={() => show({ kind: 'letter', id: pip.id })}
            onReview={() => show({ kind: 'review', id: pip.id })}
            onBack={() => show({ kind: 'list' })}
          />
        </>
      );
  }
};

/**
 * The Phased Integration Plans web part: plans (Appendix 1, 2, 4), the tracker (Appendix 5) and the LA return
 * (`initialView` opens on one, as Today does). A pupil's name opens their record in place.
 */
export const Pips: React.FC<{ initialView?: 'plans' | 'tracker' | 'return' }> = ({ initialView }) => {
  const [state, reload] = usePipData();
  return (
    <PupilRecordHost backLabel="Back to Phased Integration Plans" onChanged={() => void reload()}>
      <PipsContent state={state} reload={reload} initialView={initialView} />
    </PupilRecordHost>
  );
};

const PipsContent: React.FC<{ state: ReturnType<typeof usePipData>[0]; reload: PipReload; initialView?: 'plans' | 'tracker' | 'return' }> = ({ state, reload, initialView }) => {
  return (
    <section aria-labelledby="pips-heading">
      <Text as="h2" variant="xLarge" id="pips-heading">
        Phased Integration Plans
      </Text>
      {state.status === 'loading' && <Spinner label="Loading the PIPs…" />}
      {state.status === 'error' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text="Try again" onClick={() => void reload()} />}>
          The PIPs could not be loaded: {state.message}
        </MessageBar>
      )}
      {state.status === 'ready' && (
        <PipDataContext.Provider value={{ data: state.value, reload }}>
          {state.value.problems.length > 0 && (
            <MessageBar messageBarType={MessageBarType.warning} isMultiline>
              {state.value.problems.length} record{state.value.problems.length === 1 ? '' : 's'} could not be read and {state.value.problems.length === 1 ? 'is' : 'are'} not
              shown: {state.value.problems.join(' ')}
            </MessageBar>
          )}
          <PlainTabs
            label="Phased Integration Plan views"
            defaultKey={initialView}
            tabs={[
              { key: 'plans', title: 'Plans', render: () => <Plans /> },
              { key: 'tracker', title: 'Tracker', render: () => <TrackerView /> },
              { key: 'return', title: 'LA return', render: () => <LaReturnView /> },
            ]}
          />
        </PipDataContext.Provider>
      )}
    </section>
  );
};
