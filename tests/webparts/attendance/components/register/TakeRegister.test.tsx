import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { AppRoot } from '../../../../../src/ui/AppRoot';
import { TakeRegister } from '../../../../../src/webparts/attendance/components/register/TakeRegister';
import type { RegisterSaveRequest, RegisterSaveResult } from '../../../../../src/data/ports';
import { DataError } from '../../../../../src/data/errors';
import { createFakeServices, type FakeData } from '../../../../support/fakeServices';
import axe from 'axe-core';
import { draftKey } from '../../../../../src/webparts/attendance/components/register/useRegisterDraft';
import { AMARA, DATE, LEO, NEWCOMER, STAFF, ZAK, mark } from './fixtures';

setIconOptions({ disableWarnings: true });

/** Friday 20/11/2026 at 09:05 in London (GMT): the morning register is open. */
const MORNING = new Date('2026-11-20T09:05:00Z');

function setup(data: FakeData = {}, prepare?: (services: ReturnType<typeof createFakeServices>) => void) {
  const services = createFakeServices({ pupils: [AMARA, LEO, ZAK, NEWCOMER], now: MORNING, ...data });
  prepare?.(services);
  const view = render(
    <AppRoot services={services}>
      <TakeRegister />
    </AppRoot>,
  );
  return { services, ...view };
}

const findRegister = () => screen.findByRole('table', { name: /Register for Friday 20\/11\/2026, morning \(AM\)/ });
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');
const typeArrival = (pupil: string, time: string) => {
  const input = screen.getByRole('textbox', { name: `Arrival time, ${pupil}` });
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: time } });
  fireEvent.blur(input);
};

beforeEach(() => window.localStorage.clear());

describe('Take the register', () => {
  it('defaults to today and the morning, and lists the pupils on roll by surname with year group', async () => {
    setup();
    const table = await findRegister();
    expect(screen.getByRole('combobox', { name: /Date of the register/ })).toHaveProperty('value', '20/11/2026');
    expect(screen.getByRole('radio', { name: 'Morning (AM)' })).toHaveProperty('checked', true);
    const names = within(table).getAllByRole('rowheader').map((h) => h.textContent ?? '');
    expect(names.map((n) => n.split('Saved')[0])).toEqual(['Adeyemi, Zak', 'Brennan, Leo', 'Okafor, Amara']);
    expect(within(table).queryByText(/Fairweather/)).toBeNull();
    expect(within(table).getAllByRole('row')[1].textContent).toContain('11');
  });

  it('records a code in one click, with aria-pressed', async () => {
    setup();
    await findRegister();
    expect(pressed('Present, Amara Okafor')).toBe('false');
    press('Present, Amara Okafor');
    expect(pressed('Present, Amara Okafor')).toBe('true');
    press('Illness (I), Amara Okafor');
    expect(pressed('Present, Amara Okafor')).toBe('false');
    expect(pressed('Illness (I), Amara Okafor')).toBe('true');
    expect((screen.getByRole('combobox', { name: 'Code, Amara Okafor' }) as HTMLSelectElement).selectedOptions[0].text).toBe('I – Illness (not a medical or dental appointment)');
  });

  it('codes an arrival before 09:30 as L and at 09:30 as U, and explains a time outside the session', async () => {
    setup();
    await findRegister();
    typeArrival('Leo Brennan', '09:29');
    expect(pressed('Late (L), Leo Brennan')).toBe('true');
    expect(screen.getByText('29 min late')).toBeTruthy();
    typeArrival('Leo Brennan', '9.30');
    expect(pressed('Late after the register closed (U), Leo Brennan')).toBe('true');
    expect(screen.getByRole('textbox', { name: 'Arrival time, Leo Brennan' })).toHaveProperty('value', '09:30');
    typeArrival('Zak Adeyemi', '12:40');
    expect(await screen.findByText(/^12:40 is after the morning session ended at 12:15, so the morning was missed: .* on the afternoon register, where it is on time/)).toBeTruthy();
  });

  it('saves the whole register in one call and says how many marks were saved', async () => {
    const { services } = setup();
    await findRegister();
    const spy = jest.spyOn(services.attendance, 'saveRegister');
    press('Illness (I), Amara Okafor');
    press('Mark all unmarked present (2)');
    press('Save register');
    expect(await screen.findByText('Saved 3 marks.')).toBeTruthy();
    expect(spy).toHaveBeenCalledTimes(1);
    const request = spy.mock.calls[0][0];
    expect(request.marks.map((m) => [m.pupilId, m.code])).toEqual([
      [3, '/'],
      [2, '/'],
      [1, 'I'],
    ]);
    expect(request.takenBy).toBe('attendance.officer@pathways.example.org');
    expect(screen.getByRole('status').textContent).toContain('Saved 3 marks.');
    expect(window.localStorage.length).toBe(0);
  });

  it('keeps the draft when the save fails, and restores it after a reload', async () => {
    const { services, unmount } = setup();
    await findRegister();
    const failing = jest.spyOn(services.attendance, 'saveRegister').mockRejectedValue(new Error('The network is not available.'));
    press('Medical appointment (M), Leo Brennan');
    press('Save register');
    expect(await screen.findByText(/The register was not saved \(The network is not available\)/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(failing).toHaveBeenCalledTimes(1);
    unmount();

    setup();
    await findRegister();
    expect(await screen.findByText(/Restored 1 unsaved mark from your last visit/)).toBeTruthy();
    expect(pressed('Medical appointment (M), Leo Brennan')).toBe('true');
  });

  it('keeps a register the connection lost on this device through a reload, says so, and sends it once when the browser is back online', async () => {
    const offline = new DataError('network', 'Could not save the register: SharePoint could not be reached.');
    const { services, unmount } = setup();
    await findRegister();
    jest.spyOn(services.attendance, 'saveRegister').mockRejectedValue(offline);
    press('Medical appointment (M), Leo Brennan');
    press('Save register');
    expect(await screen.findByText(/No connection: this register is kept on this device/)).toBeTruthy();
    expect(await screen.findByText('1 register waiting to be saved — it will be sent again shortly.')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Registers waiting to be saved' }).textContent).toContain('Friday 20/11/2026, morning (AM): 1 mark, taken by');
    unmount();

    // Reopened (a reload) with the connection still down: tried, still waiting, nothing lost.
    let failing: jest.SpyInstance | undefined;
    const { services: reopened } = setup({}, (s) => (failing = jest.spyOn(s.attendance, 'saveRegister').mockRejectedValue(offline)));
    await findRegister();
    expect(await screen.findByText(/1 register still waiting to be saved \(SharePoint cannot be reached yet\)/)).toBeTruthy();
    expect(failing).toHaveBeenCalledTimes(1);

    // The browser says it is back online: sent once, and the register shows the mark as saved.
    failing?.mockRestore();
    const sent = jest.spyOn(reopened.attendance, 'saveRegister');
    window.dispatchEvent(new Event('online'));
    expect(await screen.findByText(/Sent the register for Friday 20\/11\/2026, morning \(AM\), taken on this device on 20\/11\/2026 at 09:05: 1 mark saved\./)).toBeTruthy();
    expect(sent).toHaveBeenCalledTimes(1);
    expect(window.localStorage.getItem('pathwaysHub.offlineQueue.v2')).toBeNull();
    expect(await screen.findByText(/Saved: M/)).toBeTruthy();
  });

  it('asks for a reason before changing a saved mark, and the repository records the amendment', async () => {
    const { services } = setup({ marks: [mark(1, 'O')] });
    await findRegister();
    press('Illness (I), Amara Okafor');
    const reason = screen.getByRole('textbox', { name: /Reason for changing O to I/ });
    expect(await screen.findByText('Give a reason for changing the saved mark from O to I')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    press('Save register');
    expect(await screen.findByText(/1 mark not sent: correct the message at each pupil/)).toBeTruthy();
    expect(services.attendance.amendments).toHaveLength(0);

    fireEvent.change(reason, { target: { value: 'Parent phoned: illness' } });
    press('Save register');
    expect(await screen.findByText(/^Saved 1 mark\./)).toBeTruthy();
    expect(services.attendance.amendments).toEqual([
      expect.objectContaining({ pupilId: 1, originalCode: 'O', newCode: 'I', reason: 'Parent phoned: illness' }),
    ]);
  });

  it('shows a conflict and resaves with overwrite when the user keeps their mark', async () => {
    const { services } = setup();
    await findRegister();
    const theirs = mark(2, 'I', { recordedBy: 'sam.patel@pathways.example.org', recordedAt: '2026-11-20T09:41:00Z' });
    const afterConflict = { date: DATE, session: 'AM' as const, entries: [{ pupilId: 2, mark: theirs }] };
    const requests: RegisterSaveRequest[] = [];
    jest.spyOn(services.attendance, 'saveRegister').mockImplementation(async (request): Promise<RegisterSaveResult> => {
      requests.push(request);
      if (requests.length === 1) {
        const mine = request.marks.find((m) => m.pupilId === 2) ?? mark(2, 'O');
        return { saved: [], unchanged: [], conflicts: [{ pupilId: 2, mine, theirs }], failures: [], snapshot: afterConflict };
      }
      return { saved: [2], unchanged: [], conflicts: [], failures: [], snapshot: { ...afterConflict, entries: [{ pupilId: 2, mark: request.marks[0] }] } };
    });
    press('Other unauthorised absence (O), Leo Brennan');
    press('Save register');
    expect(await screen.findByText("Leo Brennan: you entered O, Sam Patel's save says I at 09:41")).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Keep theirs (I)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save my choices' })).toHaveProperty('disabled', true);

    fireEvent.click(screen.getByRole('radio', { name: 'Keep mine (O)' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Reason for replacing I with O, Leo Brennan/ }), {
      target: { value: 'Seen in the corridor, not ill' },
    });
    press('Save my choices');
    expect(await screen.findByText(/^Saved 1 mark\./)).toBeTruthy();
    expect(requests).toHaveLength(2);
    expect(requests[1].overwrite && [...requests[1].overwrite]).toEqual([2]);
    expect(requests[1].baseline).toBe(afterConflict);
    expect(requests[1].reasons.get(2)).toBe('Seen in the corridor, not ill');
    expect(requests[1].marks).toEqual([expect.objectContaining({ pupilId: 2, code: 'O' })]);
    expect(screen.queryByText(/Changed while you were working/)).toBeNull();
  });

  it('keeps their mark without resaving over it', async () => {
    const { services } = setup();
    await findRegister();
    const theirs = mark(2, 'I', { recordedAt: '2026-11-20T09:41:00Z' });
    const snapshot = { date: DATE, session: 'AM' as const, entries: [{ pupilId: 2, mark: theirs }] };
    const spy = jest
      .spyOn(services.attendance, 'saveRegister')
      .mockResolvedValueOnce({ saved: [], unchanged: [], conflicts: [{ pupilId: 2, mine: mark(2, 'O'), theirs }], failures: [], snapshot });
    press('Other unauthorised absence (O), Leo Brennan');
    press('Save register');
    fireEvent.click(await screen.findByRole('radio', { name: 'Keep theirs (I)' }));
    press('Save my choices');
    expect(await screen.findByText('Nothing to save: every mark shown is already saved.')).toBeTruthy();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(pressed('Illness (I), Leo Brennan')).toBe('true');
  });

  it('lists failures at the pupil, and the rest still saves', async () => {
    const { services } = setup();
    await findRegister();
    jest.spyOn(services.attendance, 'saveRegister').mockImplementation(async (request) => ({
      saved: request.marks.filter((m) => m.pupilId !== 3).map((m) => m.pupilId),
      unchanged: [],
      conflicts: [],
      failures: [{ pupilId: 3, message: 'The week item is locked.' }],
      snapshot: { date: DATE, session: 'AM', entries: request.marks.filter((m) => m.pupilId !== 3).map((m) => ({ pupilId: m.pupilId, mark: m })) },
    }));
    press('Mark all unmarked present (3)');
    press('Save register');
    expect(await screen.findByText('Not saved: The week item is locked.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Saved 2 marks. 1 mark not saved');
    expect(JSON.parse(window.localStorage.getItem(window.localStorage.key(0) ?? '') ?? '{}')).toEqual({ '3': { code: '/' } });
  });

  it('says why there is no register on a closure day', async () => {
    setup({ now: new Date('2027-01-04T08:30:00Z') });
    expect(await screen.findByText('The service is closed on 04/01/2027 (INSET day: Staff training day (INSET)): no register is taken')).toBeTruthy();
    // MessageBar renders its words one tick after the bar (DelayedRender, so a screen reader announces them).
    expect(await screen.findByText(/No register for this date \(INSET day/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says so for a Saturday typed into the date field', async () => {
    setup();
    await findRegister();
    const date = screen.getByRole('combobox', { name: /Date of the register/ });
    fireEvent.change(date, { target: { value: '21/11/2026' } });
    fireEvent.blur(date);
    expect(await screen.findByText('21/11/2026 is a Saturday: registers are taken on school days only')).toBeTruthy();
  });

  it('shows first-day calling with parent contacts once the register has closed', async () => {
    setup({ now: new Date('2026-11-20T09:45:00Z'), marks: [mark(2, 'I'), mark(3, 'N')] }, (services) => {
      const load = services.attendance.register.bind(services.attendance);
      jest.spyOn(services.attendance, 'register').mockImplementation(async (date, session) => ({
        ...(await load(date, session)),
        takenBy: 'sam.patel@pathways.example.org',
        takenAt: '2026-11-20T09:05:00Z',
      }));
    });
    const panel = await screen.findByRole('region', { name: 'First-day calling' });
    expect(within(panel).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Adeyemi, Zak', 'Okafor, Amara']);
    expect(within(panel).getByRole('link', { name: '07700 900123' }).getAttribute('href')).toBe('tel:07700900123');
    expect(within(panel).getByText('Grace Okafor')).toBeTruthy();
    expect(screen.getByText('Register taken by Sam Patel on 20/11/2026 at 09:05.')).toBeTruthy();
  });

  it('does not show first-day calling while the register is open', async () => {
    setup();
    await findRegister();
    expect(screen.queryByRole('region', { name: 'First-day calling' })).toBeNull();
  });

  it('says why when the register cannot be loaded, and tries again', async () => {
    const { services } = setup({}, (s) => {
      jest.spyOn(s.attendance, 'register').mockRejectedValueOnce(new Error('SharePoint did not answer.'));
    });
    expect(await screen.findByText(/The register for Friday 20\/11\/2026, morning \(AM\) could not be loaded: SharePoint did not answer\./)).toBeTruthy();
    press('Try again');
    await findRegister();
    // The first read asked for both of the day's registers (one round trip with the settings); the retry reads the morning's again.
    expect(services.attendance.register).toHaveBeenCalledTimes(3);
    expect(services.attendance.register).toHaveBeenLastCalledWith(DATE, 'AM');
  });

  it('shows a spinner with a label while loading', async () => {
    setup();
    expect(screen.getByText('Loading pupils and settings…')).toBeTruthy();
    await findRegister();
  });
  it('shows progress while saving', async () => {
    const { services } = setup();
    await findRegister();
    let finish: (r: RegisterSaveResult) => void = () => undefined;
    const saving = jest.spyOn(services.attendance, 'saveRegister').mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    press('Mark all unmarked present (3)');
    press('Save register');
    expect(screen.getByRole('status').textContent).toContain('Saving 3 marks…');
    expect(screen.getByRole('button', { name: 'Present, Amara Okafor' })).toHaveProperty('disabled', true);
    // The save's code (chunk attendance-save) is awaited first, then SharePoint is called.
    await waitFor(() => expect(saving).toHaveBeenCalled());
    finish({ saved: [1, 2, 3], unchanged: [], conflicts: [], failures: [], snapshot: { date: DATE, session: 'AM', entries: [] } });
    expect(await screen.findByText('Saved 3 marks.')).toBeTruthy();
  });

  it('explains an unknown code and a pupil not on roll at their rows, and saves the rest', async () => {
    window.localStorage.setItem(draftKey(STAFF, DATE, 'AM'), JSON.stringify({ '1': { code: 'Q9' }, '2': { code: 'I' }, '4': { code: '/' } }));
    const { services } = setup();
    await findRegister();
    expect(await screen.findByText("'Q9' is not an attendance code: choose one from the list")).toBeTruthy();
    expect(screen.getByText('Nia Fairweather is not on roll on 20/11/2026 (enrols on 30/11/2026): no mark can be recorded')).toBeTruthy();
    const spy = jest.spyOn(services.attendance, 'saveRegister');
    press('Save register');
    expect(await screen.findByText(/Saved 1 mark\. 2 marks not sent: correct the message at each pupil/)).toBeTruthy();
    expect(spy.mock.calls[0][0].marks.map((m) => m.pupilId)).toEqual([2]);
    expect(Object.keys(JSON.parse(window.localStorage.getItem(draftKey(STAFF, DATE, 'AM')) ?? '{}'))).toEqual(['1', '4']);
  });

  it('has no axe violations in the register (colour contrast is not checked in jsdom)', async () => {
    const { container } = setup({ now: new Date('2026-11-20T09:45:00Z'), marks: [mark(2, 'O')] });
    await findRegister();
    press('Illness (I), Leo Brennan');
    await screen.findByText('Give a reason for changing the saved mark from O to I');
    const results = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: { 'color-contrast': { enabled: false }, 'label-content-name-mismatch': { enabled: false } },
    });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0]?.html.slice(0, 120)})`)).toEqual([]);
  });
});
