import { DEFAULT_SETTINGS } from '../../src/domain';
import { refreshSummariesAfterPipChanges } from '../../src/composition/refreshSummariesAfterPipChanges';
import { FakePips } from '../support/fakePips';
import { SAM_PIP } from '../webparts/pips/components/pipFixtures';

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

test("a saved PIP refreshes its pupil's list-view summary, and a refresh that fails does not fail the save", async () => {
  const refresh = jest.fn(async () => ({ checked: 1, updated: 1, failures: [] as string[] }));
  const pips = refreshSummariesAfterPipChanges(new FakePips([], [], DEFAULT_SETTINGS), { refresh });
  const saved = await pips.create({ ...SAM_PIP, id: undefined }, 'PH-0001');
  await flush();
  expect(refresh).toHaveBeenCalledWith([SAM_PIP.pupilId]);

  refresh.mockRejectedValueOnce(new Error('SharePoint is busy'));
  await expect(pips.update(saved.id, saved.etag, { ...saved, exitStrategy: 'Back to full time at the home school' })).resolves.toMatchObject({ id: saved.id });
  await flush();
  expect(refresh).toHaveBeenCalledTimes(2);
});

test('reading PIPs does not refresh anything', async () => {
  const refresh = jest.fn(async () => ({ checked: 0, updated: 0, failures: [] as string[] }));
  const pips = refreshSummariesAfterPipChanges(new FakePips([SAM_PIP], [], DEFAULT_SETTINGS), { refresh });
  await pips.list();
  await pips.forPupil(SAM_PIP.pupilId);
  expect(refresh).not.toHaveBeenCalled();
});
