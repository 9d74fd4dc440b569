import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import axe from 'axe-core';
import { AppRoot } from '../../../../src/ui/AppRoot';
import { LearningLogs } from '../../../../src/webparts/learningLogs/components/LearningLogs';
import { createFakeServices, type FakeData } from '../../../support/fakeServices';
import { DEFAULT_SETTINGS, type Pupil } from '../../../../src/domain';

setIconOptions({ disableWarnings: true });

const pupil: Pupil = {
  id: 7, pupilRef: 'PH-7', firstName: 'Nia', lastName: 'Rowe', dateOfBirth: '2012-01-01', yearGroup: '9', enrolmentDate: '2026-09-02',
  registration: 'Dual', homeSchoolId: 1, namedContactIds: [3], leadTutorEmail: 'lead.tutor@pathways.example.org', supportTier: 'Universal',
  senProvision: 'N', monitoring: false, fsm: false, pp: false, lac: false, cin: false, cp: false, yos: false, medical: false,
};
const data: FakeData = {
  pupils: [pupil],
  schools: [{ id: 1, name: 'Oakfield Academy', urn: '990001', phase: 'Secondary', active: true, email: 'office@oakfield.example.sch.uk' }],
  contacts: [{ id: 3, schoolId: 1, fullName: 'Jo Marr', role: 'SENCO', email: 'jo.marr@oakfield.example.sch.uk', notify: true }],
  learningLogs: [{ id: 1, pupilId: 7, academicYear: '2026/27', term: 'Autumn', subjects: [{ subject: 'Maths', teacher: 'Rowan Hale' }] }],
  learningLogEntries: [{ id: 1, logId: 1, pupilId: 7, subject: 'Maths', entryDate: '2026-11-10', teacher: 'rowan@pathways.example.org', entry: 'Fractions of amounts', highlight: false }],
  settings: DEFAULT_SETTINGS,
};

function renderLogs(extra: FakeData = {}) {
  const services = createFakeServices({ ...data, ...extra });
  window.history.replaceState({}, '', '/?pupil=7');
  render(
    <AppRoot services={services}>
      <LearningLogs />
    </AppRoot>,
  );
  return services;
}

describe('Learning logs', () => {
  it('opens the pupil of the page with the Appendix 3 header from the pupil, school and settings', async () => {
    renderLogs();
    const header = await screen.findByRole('table', { name: 'Pupil and contacts' });
    const text = header.textContent ?? '';
    expect(text).toContain('Oakfield Academy');
    expect(text).toContain('Jo Marr');
    // Not in the site's user list: the address stands in.
    expect(text).toContain('lead.tutor@pathways.example.org');
    expect(text).toContain(DEFAULT_SETTINGS.designatedSafeguardingLead.name);
    expect(within(screen.getByRole('table', { name: 'Entries, Autumn Term 2 2026/27' })).getByText('Fractions of amounts')).toBeTruthy();
  });

  it('shows the lead tutor by name from the site’s user list, not by e-mail address', async () => {
    renderLogs({ people: [{ email: 'Lead.Tutor@pathways.example.org', displayName: 'Lee Tutor' }, { email: 'rowan@pathways.example.org', displayName: 'Rowan Hale' }] });
    const header = await screen.findByRole('table', { name: 'Pupil and contacts' });
    await waitFor(() => expect(within(header).getByRole('rowheader', { name: 'Lead tutor' }).nextElementSibling?.textContent).toBe('Lee Tutor'));
    expect(header.textContent).not.toContain('lead.tutor@');
    // The entries' "By" too.
    const entries = screen.getByRole('table', { name: 'Entries, Autumn Term 2 2026/27' });
    await waitFor(() => expect(entries.textContent).toContain('Rowan Hale'));
    expect(entries.textContent).not.toContain('rowan@');
  });

  it('adds an entry in one step, refusing an empty one at the field', async () => {
    const services = renderLogs();
    const add = await screen.findByRole('button', { name: 'Add entry' });
    fireEvent.click(add);
    expect(await screen.findByText('Enter what the pupil did')).toBeTruthy();
    expect(services.learningLogs.addedEntries).toEqual([]);
    fireEvent.change(screen.getByRole('textbox', { name: 'What the pupil did' }), { target: { value: 'Ratio problems, worked alone' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Highlight for the next review' }));
    fireEvent.click(add);
    await waitFor(() => expect(services.learningLogs.addedEntries).toHaveLength(1));
    expect(services.learningLogs.addedEntries[0]).toMatchObject({ pupilRef: 'PH-7', entry: { subject: 'Maths', entryDate: '2026-11-20', entry: 'Ratio problems, worked alone', highlight: true } });
    expect(await screen.findByText('Entry added for Maths on 20/11/2026.')).toBeTruthy();
  });

  it('groups the term’s entries by half-term from the term dates, and flags a half-term that ended without the expected entries', async () => {
    renderLogs({ settings: { ...DEFAULT_SETTINGS, learningLogEntriesPerHalfTerm: 2 } });
    const container = document.body;
    const second = await screen.findByRole('heading', { name: 'Autumn Term 2 2026/27 (02/11/2026 to 18/12/2026): 1 entry, this half-term' });
    const first = screen.getByRole('heading', { name: 'Autumn Term 1 2026/27 (02/09/2026 to 23/10/2026): 0 entries, ended' });
    // Newest half-term first.
    expect(second.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Fluent's MessageBar renders its words a tick after the bar (DelayedRender, for the live region): awaited.
    expect(await screen.findByText('Autumn Term 1 2026/27 (02/09/2026 to 23/10/2026) ended without the expected 2 entries per subject: Maths (0)')).toBeTruthy();
    expect(screen.getByText('Still to log by 18/12/2026: Maths (1 of 2).')).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Entries, Autumn Term 1 2026/27' })).getByText('No entries in this half-term.')).toBeTruthy();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('is read only for home-school staff', async () => {
    renderLogs({ pruStaff: false });
    expect(await screen.findByText(/Read only/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add entry' })).toBeNull();
  });
});
