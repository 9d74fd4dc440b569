import * as React from 'react';
import { MessageBar, MessageBarType } from './plain/MessageBar';
import { Spinner } from './plain/Spinner';
import { sheet } from './plain/sheet';
import { fonts, semanticColors } from './plain/theme';
import type { Pupil } from '../domain';
import type { Saved } from '../data/ports';
import { useServices } from './ServicesContext';
import { useAsync } from './useAsync';
import { PlainCombobox } from './plain/PlainCombobox';
import type { PlainOption } from './plain/PlainFields';
import { pupilIdFromPage } from './pupilFromPage';

export interface PupilPageProps {
  /** The heading, e.g. 'Learning logs'. */
  readonly title: string;
  /** The id of the heading element that labels the section. */
  readonly headingId: string;
  /** What the page shows, for "Choose a pupil to see their …". */
  readonly what: string;
  /** The chosen pupil's content; canEdit is true for PRU staff (SharePoint lets them add pupils). */
  readonly children: (pupil: Saved<Pupil>, canEdit: boolean) => React.ReactElement;
}

const classes = sheet('pupil-page', {
  page: { display: 'flex', flexDirection: 'column', gap: 12 },
  heading: { ...fonts.xLarge, color: semanticColors.bodyText, margin: 0 },
  text: { ...fonts.medium, color: semanticColors.bodyText, margin: 0 },
});

/**
 * A web part about one pupil at a time: loads the pupils the user may see, offers a picker, and opens the pupil named
 * in the page address (?pupil=<id>) on a pupil's page. Plain markup (src/ui/plain) styled with Fluent's theme: the first
 * screen of learning logs and SEND support carries no Fluent ComboBox, Stack or Text.
 */
export const PupilPage: React.FC<PupilPageProps> = ({ title, headingId, what, children }) => {
  const { pupils, userAccess } = useServices();
  const [pupilId, setPupilId] = React.useState<number | undefined>(() => pupilIdFromPage());
  const [state, reload] = useAsync(async () => {
    const [p, pru] = await Promise.all([pupils.list(), userAccess.isPruStaff()]);
    return { pupils: p.items, pru };
  }, [pupils, userAccess]);
  const pupil = state.status === 'ready' ? state.value.pupils.find((p) => p.id === pupilId) : undefined;
  const options: PlainOption[] = React.useMemo(
    () => (state.status === 'ready' ? state.value.pupils.map((p) => ({ key: String(p.id), text: `${p.lastName}, ${p.firstName} (${p.pupilRef})` })) : []),
    [state],
  );
  return (
    <section aria-labelledby={headingId}>
      <div className={classes.page}>
        <h2 className={classes.heading} id={headingId}>
          {title}
        </h2>
        {state.status === 'loading' && <Spinner label="Loading pupils…" />}
        {state.status === 'error' && (
          <MessageBar messageBarType={MessageBarType.error} actions={<button onClick={reload}>Try again</button>}>
            {state.message}
          </MessageBar>
        )}
        {state.status === 'ready' && (
          <>
            <PlainCombobox
              label="Pupil"
              placeholder="Type a name or reference"
              noMatch="No pupil matches"
              options={options}
              value={pupilId === undefined ? undefined : String(pupilId)}
              onChange={(key) => setPupilId(key === undefined ? undefined : Number(key))}
            />
            {pupil ? <React.Fragment key={pupil.id}>{children(pupil, state.value.pru)}</React.Fragment> : <p className={classes.text}>Choose a pupil to see their {what}.</p>}
          </>
        )}
      </div>
    </section>
  );
};
