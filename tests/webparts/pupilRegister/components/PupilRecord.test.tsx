/**
 * The pupil record (?pupil=<id>): details and flags read-only, a PIP's risk assessment, interventions and
 * communication and a saved review's narrative and notes, printable; a section SharePoint does not let the reader
 * see says nothing rather than erroring; what falls due first comes from the placement start.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { PupilRegister } from '../../../../src/webparts/pupilRegister/components/PupilRegister';
import { DataError } from '../../../../src/data/errors';
import { createFakeServices, type FakeData } from '../../../support/fakeServices';
import type { FakeHomeSchoolAccess } from '../../../support/fakeHomeSchoolAccess';
import { FULL_DETAILS, pupilRecord } from '../../../support/pupilBuilder';
import { pipRecord, pipReviewRecord } from '../../../support/pipBuilder';

setIconOptions({ disableWarnings: true });

const pupil = pupilRecord('PH-0007', { ...FULL_DETAILS, id: 7, firstName: 'Jordan', lastName: 'Hale', placementStart: '2026-11-02', enrolmentDate: '2026-11-02' });
const pip = pipRecord(7, {
  id: 40,
  riskSafeguarding: 'Walks home alone on Tuesdays; agreed pick-up with the foster carer.',
  interventions: [{ intervention: 'Lead tutor calls', inPlace: true, completedOn: '2026-09-14' }],
  communication: { method: 'Phone', date: '2026-09-04', staff: 'Rowan Ash' },
});
const review = pipReviewRecord(40, 7, {
  id: 41,
  targetOutcomes: [{ target: 'Attend every timetabled session for three weeks', outcome: 'Partially met', narrative: 'Missed two Monday sessions after a family event.' }],
  meetingNotes: 'Carer asked for a later start on Mondays.',
});

function renderRecord(data: FakeData = {}) {
  window.history.replaceState(null, '', '/?pupil=7');
  const services = createFakeServices({ pupils: [pupil], pips: [pip], pipReviews: [review], ...data });
  render(
    <AppRoot services={services}>
      <PupilRegister />
    </AppRoot>,
  );
  return services;
}

describe('The pupil record', () => {
  it('names who made each change in the history, from the site’s user list', async () => {
    const services = renderRecord({ people: [{ email: 'senco@pathways.example.org', displayName: 'Sasha Senco' }] });
    await services.pupilHistory.add({ pupilId: 7, kind: 'Support tier', from: 'Universal', to: 'Specialist offer', effective: '2026-11-16', reason: 'APDR review', changedBy: 'senco@pathways.example.org' });
    const history = await screen.findByRole('table', { name: /Changes to Jordan Hale’s record/ });
    await waitFor(() => expect(history.textContent).toContain('Sasha Senco'));
    expect(history.textContent).not.toContain('senco@pathways.example.org');
  });

  it('shows the details and flags, and what falls due first from the placement start', async () => {
    renderRecord();
    expect(await screen.findByText('Hale, Jordan (known as Jojo)', { selector: 'h2 span' })).toBeTruthy();
    expect(screen.getByText('Marlvale City Council')).toBeTruthy();
    expect(screen.getByText('1. Jamie Hale')).toBeTruthy();
    expect(screen.getByText('Aunt · 07700 900003')).toBeTruthy();
    expect(screen.getByText('LA panel (ESNAP)')).toBeTruthy();
    expect(await screen.findByText('Baseline assessment')).toBeTruthy();
    expect(screen.getByText(/within 4 weeks of starting on 02\/11\/2026/)).toBeTruthy();
  });

  it('shows a PIP’s risk assessment, interventions and communication, and a saved review’s narrative and notes, each printable', async () => {
    renderRecord();
    await screen.findByText(/PIP from 07\/09\/2026 to 18\/12\/2026 \(Active, 1 review\)/);
    expect(screen.getByText('Walks home alone on Tuesdays; agreed pick-up with the foster carer.')).toBeTruthy();
    expect(screen.getByText('Yes: Phone on 04/09/2026 by Rowan Ash')).toBeTruthy();
    expect(screen.getByText('14/09/2026')).toBeTruthy();
    expect(screen.getByText('Missed two Monday sessions after a family event.')).toBeTruthy();
    expect(screen.getByText('Carer asked for a later start on Mondays.')).toBeTruthy();
    expect(screen.getByText('Print the PIP and agreement')).toBeTruthy();
    expect(screen.getByText('Print the review of 16/10/2026')).toBeTruthy();
  });

  it('says which letters are kept by the PRU (a kind not shared with the home school), beside how each was shared', async () => {
    const services = renderRecord();
    const letters = services.letters as unknown as { letters: unknown[] };
    letters.letters.push(
      { id: 1, etag: '"1"', pupilId: 7, kind: 'PIP timetable', letterDate: '2026-11-20', fileName: 'PH-0007 PIP timetable.docx', url: '/sites/pathways/PwLetters/PH-0007/PRU only/PH-0007 PIP timetable.docx', keptByPru: true },
      { id: 2, etag: '"1"', pupilId: 7, kind: 'Termly progress report', letterDate: '2026-11-21', fileName: 'PH-0007 report.docx', url: '/sites/pathways/PwLetters/PH-0007/PH-0007 report.docx', schoolSharedOn: '2026-11-22' },
    );
    const table = await screen.findByRole('table', { name: 'Letters and documents' });
    await waitFor(() => expect(table.textContent).toContain('PH-0007 PIP timetable.docx'));
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((r) => r.textContent ?? '');
    expect(rows.find((r) => r.includes('PIP timetable.docx'))).toContain('Kept by the PRU: no home school reads it');
    expect(rows.find((r) => r.includes('report.docx'))).not.toContain('Kept by the PRU');
  });

  it('says nothing for a section SharePoint does not let the reader see, and offers no Edit to a home-school reader', async () => {
    const services = renderRecord({ pruStaff: false, pupilRights: { canAdd: false, canEdit: false } });
    services.letters.forPupil = () => Promise.reject(new DataError('access-denied', 'Access denied.', 403));
    services.meetings.forPupil = () => Promise.reject(new DataError('network', 'The network is down.'));
    await screen.findByText('Hale, Jordan (known as Jojo)', { selector: 'h2 span' });
    await waitFor(() => expect(screen.getAllByText('The network is down.').length).toBeGreaterThan(0));
    expect(screen.queryByText('Letters and documents')).toBeNull();
    expect(screen.queryByText('Access denied.')).toBeNull();
    expect(screen.queryByText('Edit details')).toBeNull();
  });

  it('says plainly when the records are not yet shared and who must act, and shares them on request', async () => {
    const services = renderRecord();
    const access = services.pupilAccess as FakeHomeSchoolAccess;
    access.states.set(7, { state: 'not-yet-shared', reason: 'needs-leadership', message: 'Jordan’s records are not yet shared with Oakfield Academy: Pathways Hub Leadership or a site owner must share them.' });
    expect(await screen.findByText(/Not yet shared: Jordan’s records are not yet shared with Oakfield Academy: Pathways Hub Leadership or a site owner must share them\./)).toBeTruthy();
    fireEvent.click(screen.getByText('Share with home school'));
    expect(await screen.findByText('The records are now shared with the home school.')).toBeTruthy();
    expect(access.repaired).toEqual([7]);
  });
});
